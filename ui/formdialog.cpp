#include "formdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

FormDialog::FormDialog(QWidget* parent)
    : QDialog(parent), m_form(new QFormLayout), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    m_error->setObjectName(QStringLiteral("formError"));
    m_error->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QLineEdit* FormDialog::addField(const char* objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(objectName));
    addRow(edit);
    return edit;
}

void FormDialog::addRow(QWidget* field)
{
    m_form->addRow(new QLabel(this), field);
}

void FormDialog::setLabels(const QStringList& labels)
{
    for (int row = 0; row < labels.size() && row < m_form->rowCount(); ++row)
        if (auto* l = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            l->setText(labels.at(row));
}

void FormDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void FormDialog::finishLayout()
{
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
}
