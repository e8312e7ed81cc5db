#pragma once

#include "domain/person.h"
#include "formdialog.h"

class Core;
class QLineEdit;

// Adds a person to the roster, or edits one; saves through the service and shows its errors in place.
class PersonEditDialog final : public FormDialog
{
    Q_OBJECT
public:
    PersonEditDialog(Core& core, const Person& person = {}, QWidget* parent = nullptr);
    Person person() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Core& m_core;
    qint64 m_id;
    QLineEdit* m_name;
    QLineEdit* m_handle;
    QLineEdit* m_phone;
    QLineEdit* m_email;
    QLineEdit* m_team;
    QLineEdit* m_languages;
    QLineEdit* m_skills;
};
