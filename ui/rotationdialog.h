#pragma once

#include "formdialog.h"

class Core;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QListWidget;
class QSpinBox;

// Creates an on-call rotation (name, role, weekly or custom shift, start, members in turn order), or an
// override (someone covers a rotation's primary or secondary from one time to another).
class RotationDialog final : public FormDialog
{
    Q_OBJECT
public:
    enum class Mode { NewRotation, Override };
    RotationDialog(Core& core, Mode mode, QWidget* parent = nullptr);

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void saveRotation();
    void saveOverride();

    Core& m_core;
    Mode m_mode;
    QLineEdit* m_name;
    QComboBox* m_role;
    QComboBox* m_kind;
    QSpinBox* m_hours;
    QListWidget* m_members;
    QComboBox* m_rotation;
    QComboBox* m_slot;
    QComboBox* m_person;
    QDateTimeEdit* m_start;
    QDateTimeEdit* m_end;
};
