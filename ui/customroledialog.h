#pragma once

#include "formdialog.h"

class Core;
class QLineEdit;

// Creates a team's own role (a key, and its name and duty in English and Japanese).
class CustomRoleDialog final : public FormDialog
{
    Q_OBJECT
public:
    explicit CustomRoleDialog(Core& core, QWidget* parent = nullptr);
    QString createdKey() const { return m_created; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Core& m_core;
    QString m_created;
    QLineEdit* m_key;
    QLineEdit* m_name;
    QLineEdit* m_nameJa;
    QLineEdit* m_duty;
    QLineEdit* m_dutyJa;
};
