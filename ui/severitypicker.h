#pragma once

#include "domain/incident.h"

#include <QWidget>

class Core;
class QComboBox;
class QLabel;

// The incident header's severity control. Picking another severity asks for confirmation and an optional
// reason, changes it (one transaction with its timeline entry), and after an escalation offers the steps
// the new severity's checklist adds.
class SeverityPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit SeverityPicker(Core& core, QWidget* parent = nullptr);

    void setIncident(const Incident& incident);

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onPicked(int index);
    // Asks "from → to?" with a reason field; false when the user cancels.
    bool confirm(Severity to, QString* reason);
    void offerChecklistSteps();

    Core& m_core;
    Incident m_incident;
    QLabel* m_label;
    QComboBox* m_combo;
};
