#pragma once

#include "domain/incident.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// "Declare incident": title, severity with its definition, impact, drill flag and the three SRE questions.
class DeclareDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DeclareDialog(QWidget* parent = nullptr);

    IncidentDraft draft() const;
    void setError(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();

    QLabel* m_titleLabel;
    QLineEdit* m_title;
    QLabel* m_severityLabel;
    QComboBox* m_severity;
    QLabel* m_definition;
    QLabel* m_higherHint;
    QLabel* m_impactLabel;
    QPlainTextEdit* m_impact;
    QLabel* m_summaryLabel;
    QPlainTextEdit* m_summary;
    QGroupBox* m_questions;
    QCheckBox* m_secondTeam;
    QCheckBox* m_customers;
    QCheckBox* m_hour;
    QLabel* m_advice;
    QCheckBox* m_drill;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};
