#pragma once

#include "domain/incident.h"

#include <QFrame>

class Core;
class QCheckBox;
class QLabel;
class QPushButton;

// Shown while an incident is tracked but not declared: the three SRE questions, the one-hour clock since
// detection, and a prompt to declare as soon as one answer is yes (or the hour is up).
class DeclarationHelper final : public QFrame
{
    Q_OBJECT
public:
    explicit DeclarationHelper(Core& core, QWidget* parent = nullptr);

    // Hides itself for declared or closed incidents.
    void setIncident(const Incident& incident);
    void refreshClock();

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void declareNow();
    void saveAnswers();
    DeclarationAnswers answers() const;

    Core& m_core;
    Incident m_incident;
    QLabel* m_heading;
    QCheckBox* m_secondTeam;
    QCheckBox* m_customers;
    QCheckBox* m_hour;
    QLabel* m_clock;
    QLabel* m_prompt;
    QPushButton* m_declare;
};
