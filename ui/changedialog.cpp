#include "changedialog.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

ChangeDialog::ChangeDialog(const ChangeDraft& d, QWidget* parent)
    : QDialog(parent), m_what(new QPlainTextEdit(d.what, this)), m_who(new QLineEdit(d.madeBy, this)),
      m_when(new QDateTimeEdit(d.madeAt.toLocalTime(), this)), m_revert(new QPlainTextEdit(d.revertHow, this))
{
    setObjectName(QStringLiteral("changeDialog"));
    setWindowTitle(tr("Change made to production"));
    m_what->setObjectName(QStringLiteral("changeWhat"));
    m_who->setObjectName(QStringLiteral("changeWho"));
    m_when->setObjectName(QStringLiteral("changeWhen"));
    m_revert->setObjectName(QStringLiteral("changeRevert"));
    m_when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_when->setCalendarPopup(true);
    for (QPlainTextEdit* e : {m_what, m_revert}) {
        e->setTabChangesFocus(true);
        e->setMaximumHeight(e->fontMetrics().lineSpacing() * 4 + 12);
    }
    m_what->setPlaceholderText(tr("e.g. Disabled the nightly batch on db-2"));
    m_revert->setPlaceholderText(tr("e.g. Re-enable the cron entry in /etc/cron.d/batch"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("What was changed:"), m_what);
    form->addRow(tr("Who changed it:"), m_who);
    form->addRow(tr("When (local time):"), m_when);
    form->addRow(tr("How to revert:"), m_revert);
    form->addRow(buttons);
    resize(560, 360);
}

ChangeDraft ChangeDialog::draft() const
{
    return {m_what->toPlainText(), m_who->text(), m_when->dateTime().toUTC(), m_revert->toPlainText()};
}
