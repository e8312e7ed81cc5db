#include "personeditdialog.h"

#include "core.h"
#include "services/personservice.h"

#include <QEvent>
#include <QLineEdit>

PersonEditDialog::PersonEditDialog(Core& core, const Person& person, QWidget* parent)
    : FormDialog(parent), m_core(core), m_id(person.id), m_name(addField("personName")),
      m_handle(addField("personHandle")), m_phone(addField("personPhone")), m_email(addField("personEmail")),
      m_team(addField("personTeam")), m_languages(addField("personLanguages")),
      m_skills(addField("personSkills"))
{
    setObjectName(QStringLiteral("personEditDialog"));
    m_name->setText(person.name);
    m_handle->setText(person.handle);
    m_phone->setText(person.phone);
    m_email->setText(person.email);
    m_team->setText(person.team);
    m_languages->setText(person.languages.join(QStringLiteral("; ")));
    m_skills->setText(person.skills.join(QStringLiteral("; ")));
    finishLayout();
    retranslateUi();
}

Person PersonEditDialog::person() const
{
    Person p;
    p.id = m_id;
    p.name = m_name->text();
    p.handle = m_handle->text();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.team = m_team->text();
    p.languages = People::splitList(m_languages->text());
    p.skills = People::splitList(m_skills->text());
    return p;
}

void PersonEditDialog::accept()
{
    const Person p = person();
    Status s;
    if (m_id)
        s = m_core.people().update(p);
    else if (const auto added = m_core.people().add(p); !added)
        s = added.failure();
    if (!s) {
        showError(s.error());
        return; // keep what was typed
    }
    FormDialog::accept();
}

void PersonEditDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    FormDialog::changeEvent(event);
}

void PersonEditDialog::retranslateUi()
{
    setWindowTitle(m_id ? tr("Edit person") : tr("Add person"));
    setLabels({tr("Name:"), tr("Chat handle:"), tr("Phone:"), tr("E-mail:"), tr("Team:"),
               tr("Languages (ja; en):"), tr("Skills (db; network):")});
    m_handle->setPlaceholderText(tr("e.g. hanako (without @)"));
}
