#include "adhocitemdialog.h"

#include "templateitemeditor.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

AdHocItemDialog::AdHocItemDialog(QWidget* parent)
    : QDialog(parent), m_hint(new QLabel),
      m_editor(new TemplateItemEditor(TemplateItemEditor::TimeBoxFrom::Now)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("addItemDialog"));
    m_hint->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_hint);
    layout->addWidget(m_editor);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_editor, &TemplateItemEditor::changed, this, &AdHocItemDialog::updateOk);
    retranslateUi();
    updateOk();
    resize(560, sizeHint().height());
}

void AdHocItemDialog::setItem(const TemplateItem& item)
{
    m_editor->setItem(item);
    updateOk();
}

TemplateItem AdHocItemDialog::item() const
{
    return m_editor->item();
}

void AdHocItemDialog::updateOk()
{
    const TemplateItem i = m_editor->item();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!i.text.en.trimmed().isEmpty() || !i.text.ja.trimmed().isEmpty());
}

void AdHocItemDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AdHocItemDialog::retranslateUi()
{
    setWindowTitle(tr("Add checklist item"));
    m_hint->setText(
        tr("What needs doing, by whom, by when? One language is enough; the other shows the same text "
           "until someone translates it."));
}
