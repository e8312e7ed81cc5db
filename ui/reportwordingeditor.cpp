#include "reportwordingeditor.h"

#include "report/reportwording.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ReportWordingEditor::ReportWordingEditor(QWidget* parent) : QWidget(parent), m_form(new QFormLayout), m_hint(new QLabel)
{
    m_hint->setWordWrap(true);
    m_hint->setObjectName(QStringLiteral("wordingHint"));
    m_form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_hint);
    layout->addLayout(m_form, 1);
    retranslateUi();
}

void ReportWordingEditor::setSections(ReportKind kind, const QMap<QString, QString>& saved,
                                      const QMap<QString, QString>& defaults)
{
    m_kind = kind;
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_editors.clear();
    m_labels.clear();
    for (const WordingSection& s : ReportWording::sections(kind)) {
        const QString key = QString::fromLatin1(s.key);
        auto* edit = new QPlainTextEdit;
        edit->setObjectName(QStringLiteral("wording_") + QString(key).replace(QLatin1Char('.'), QLatin1Char('_')));
        edit->setTabChangesFocus(true);
        edit->setPlainText(saved.value(key));
        edit->setPlaceholderText(defaults.value(key));
        edit->setMinimumHeight(60);
        connect(edit, &QPlainTextEdit::textChanged, this, [this] {
            m_modified = true;
            emit edited();
        });
        auto* label = new QLabel;
        m_labels.insert(key, label);
        m_editors.insert(key, edit);
        m_form->addRow(label, edit);
    }
    m_modified = false;
    retranslateUi();
}

QMap<QString, QString> ReportWordingEditor::values() const
{
    QMap<QString, QString> out;
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it)
        out.insert(it.key(), it.value()->toPlainText());
    return out;
}

void ReportWordingEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ReportWordingEditor::retranslateUi()
{
    m_hint->setText(m_editors.isEmpty()
                        ? tr("This document is written from the incident as it stands; there is no wording to edit.")
                        : tr("Edit the wording before you export. An empty box uses the text shown in grey, derived "
                             "from the incident."));
    for (const WordingSection& s : ReportWording::sections(m_kind))
        if (QLabel* label = m_labels.value(QString::fromLatin1(s.key)))
            label->setText(QCoreApplication::translate("Report", s.label));
}
