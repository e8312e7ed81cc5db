#include "templateitemeditor.h"

#include "domain/checklistitem.h"
#include "domain/checklistrole.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>

TemplateItemEditor::TemplateItemEditor(TimeBoxFrom from, QWidget* parent)
    : QWidget(parent), m_form(new QFormLayout(this)), m_phase(new QComboBox), m_role(new QComboBox),
      m_timeBox(new QSpinBox), m_textEn(new QLineEdit), m_textJa(new QLineEdit), m_from(from)
{
    m_phase->setObjectName(QStringLiteral("itemPhase"));
    m_role->setObjectName(QStringLiteral("itemRole"));
    m_timeBox->setObjectName(QStringLiteral("itemTimeBox"));
    m_textEn->setObjectName(QStringLiteral("itemTextEn"));
    m_textJa->setObjectName(QStringLiteral("itemTextJa"));
    m_timeBox->setRange(0, Checklists::maxTimeBoxMinutes);
    m_textEn->setMaxLength(Checklists::maxTextLength);
    m_textJa->setMaxLength(Checklists::maxTextLength);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (QWidget* field : std::initializer_list<QWidget*>{m_phase, m_role, m_timeBox, m_textEn, m_textJa}) {
        m_labels << new QLabel;
        m_form->addRow(m_labels.last(), field);
    }

    auto emitChanged = [this] {
        if (!m_loading)
            emit changed();
    };
    connect(m_phase, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_role, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_timeBox, &QSpinBox::valueChanged, this, emitChanged);
    connect(m_textEn, &QLineEdit::textChanged, this, emitChanged);
    connect(m_textJa, &QLineEdit::textChanged, this, emitChanged);
    retranslateUi();
}

void TemplateItemEditor::setItem(const TemplateItem& item, const QStringList& extraRoleKeys)
{
    m_loading = true;
    m_extraRoles = extraRoleKeys;
    fillCombos();
    m_phase->setCurrentIndex(m_phase->findData(int(item.phase)));
    m_role->setCurrentIndex(qMax(0, m_role->findData(item.roleKey)));
    m_timeBox->setValue(item.timeBoxMinutes);
    m_textEn->setText(item.text.en);
    m_textJa->setText(item.text.ja);
    m_loading = false;
}

TemplateItem TemplateItemEditor::item() const
{
    TemplateItem i;
    i.phase = ChecklistPhase(m_phase->currentData().toInt());
    i.roleKey = m_role->currentData().toString();
    i.timeBoxMinutes = m_timeBox->value();
    i.text = {m_textEn->text(), m_textJa->text()};
    return i;
}

void TemplateItemEditor::fillCombos()
{
    const QSignalBlocker b1(m_phase);
    const QSignalBlocker b2(m_role);
    const int phase = m_phase->currentData().isValid() ? m_phase->currentData().toInt() : 0;
    const QString role = m_role->currentData().toString();
    m_phase->clear();
    for (ChecklistPhase p : ChecklistPhases::all())
        m_phase->addItem(ChecklistPhases::label(p), int(p));
    m_role->clear();
    m_role->addItem(tr("(no owner)"), QString());
    QStringList keys = ChecklistRoles::builtinKeys();
    for (const QString& k : std::as_const(m_extraRoles))
        if (!k.isEmpty() && !keys.contains(k))
            keys << k;
    for (const QString& k : std::as_const(keys))
        m_role->addItem(ChecklistRoles::label(k), k);
    m_phase->setCurrentIndex(qMax(0, m_phase->findData(phase)));
    m_role->setCurrentIndex(qMax(0, m_role->findData(role)));
}

void TemplateItemEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TemplateItemEditor::retranslateUi()
{
    const QStringList labels{tr("Phase:"), tr("Owner role:"), tr("Time box:"), tr("English:"),
                             tr("Japanese:")};
    for (int row = 0; row < labels.size(); ++row)
        m_labels.at(row)->setText(labels.at(row));
    m_timeBox->setSpecialValueText(tr("none"));
    m_timeBox->setSuffix(m_from == TimeBoxFrom::Declaration ? tr(" min after declaring")
                                                            : tr(" min from now"));
    m_textEn->setPlaceholderText(tr("What to do, in English"));
    m_textJa->setPlaceholderText(tr("What to do, in Japanese"));
    const bool loading = m_loading;
    m_loading = true;
    fillCombos();
    m_loading = loading;
}
