#include "personeditdialog.h"

#include "core.h"
#include "services/personservice.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

PersonEditDialog::PersonEditDialog(Core& core, const Person& person, QWidget* parent)
    : QDialog(parent), m_core(core), m_id(person.id), m_form(new QFormLayout), m_name(addField("personName")),
      m_handle(addField("personHandle")), m_phone(addField("personPhone")), m_email(addField("personEmail")),
      m_team(addField("personTeam")), m_languages(addField("personLanguages")), m_skills(addField("personSkills")),
      m_error(new QLabel(this)), m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("personEditDialog"));
    m_name->setText(person.name);
    m_handle->setText(person.handle);
    m_phone->setText(person.phone);
    m_email->setText(person.email);
    m_team->setText(person.team);
    m_languages->setText(person.languages.join(QStringLiteral("; ")));
    m_skills->setText(person.skills.join(QStringLiteral("; ")));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PersonEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QLineEdit* PersonEditDialog::addField(const char* name)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(QString::fromLatin1(name));
    m_form->addRow(new QLabel(this), edit);
    return edit;
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
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    QDialog::accept();
}

void PersonEditDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PersonEditDialog::retranslateUi()
{
    setWindowTitle(m_id ? tr("Edit person") : tr("Add person"));
    const QStringList labels{tr("Name:"), tr("Chat handle:"), tr("Phone:"), tr("E-mail:"), tr("Team:"),
                             tr("Languages (ja; en):"), tr("Skills (db; network):")};
    for (int row = 0; row < labels.size(); ++row)
        if (auto* l = qobject_cast<QLabel*>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            l->setText(labels.at(row));
    m_handle->setPlaceholderText(tr("e.g. hanako (without @)"));
}
