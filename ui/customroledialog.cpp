#include "customroledialog.h"

#include "core.h"
#include "services/roleservice.h"

#include <QEvent>
#include <QLineEdit>

CustomRoleDialog::CustomRoleDialog(Core& core, QWidget* parent)
    : FormDialog(parent), m_core(core), m_key(addField("roleKey")), m_name(addField("roleNameEn")),
      m_nameJa(addField("roleNameJa")), m_duty(addField("roleDutyEn")), m_dutyJa(addField("roleDutyJa"))
{
    setObjectName(QStringLiteral("customRoleDialog"));
    finishLayout();
    retranslateUi();
    resize(520, sizeHint().height());
}

void CustomRoleDialog::accept()
{
    RoleDefinition r;
    r.key = m_key->text();
    r.name = m_name->text();
    r.nameJa = m_nameJa->text();
    r.duty = m_duty->text();
    r.dutyJa = m_dutyJa->text();
    const auto created = m_core.roles().createCustomRole(r, m_core.userName());
    if (!created) {
        showError(created.error());
        return;
    }
    m_created = created->key;
    FormDialog::accept();
}

void CustomRoleDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    FormDialog::changeEvent(event);
}

void CustomRoleDialog::retranslateUi()
{
    setWindowTitle(tr("New custom role"));
    setLabels({tr("Key (for icctl):"), tr("Name in English:"), tr("Name in Japanese:"),
               tr("Duty in English:"), tr("Duty in Japanese:")});
    m_key->setPlaceholderText(tr("e.g. db-expert"));
}
