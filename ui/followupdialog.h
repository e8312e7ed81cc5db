#pragma once

#include "domain/followup.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// Adds or edits one follow-up: title, owner, due date, type, priority, status and tracker link.
class FollowUpDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit FollowUpDialog(const FollowUp& item, const QDate& today, QWidget* parent = nullptr);
    FollowUp item() const;
    void setError(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    FollowUp m_item;
    QFormLayout* m_form;
    QLineEdit* m_title;
    QLineEdit* m_owner;
    QCheckBox* m_hasDue;
    QDateEdit* m_due;
    QComboBox* m_type;
    QComboBox* m_priority;
    QComboBox* m_status;
    QLineEdit* m_link;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
