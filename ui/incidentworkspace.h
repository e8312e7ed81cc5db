#pragma once

#include <QList>
#include <QWidget>

class CommandStrip;
class Core;
class IncidentPanel;
class QComboBox;
class QLabel;
class QStackedWidget;
class QTabWidget;
class SeverityPicker;
class WelcomePage;

// The right side of the window: the incident's header (code, title, severity, status) and its panels.
class IncidentWorkspace final : public QWidget
{
    Q_OBJECT
public:
    explicit IncidentWorkspace(Core& core, QWidget* parent = nullptr);

    void setIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incidentId; }
    // Feature areas add their tab here (role board, checklist, notifications …).
    void addPanel(IncidentPanel* panel);
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void errorOccurred(const QString& message);
    // From the page shown while no incident is selected.
    void declareRequested();
    void drillRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    template <typename Panel>
    Panel* reporting(Panel* panel); // forwards the panel's errorOccurred
    void refreshHeader();
    void retranslateUi();
    void onStatusPicked(int index);

    Core& m_core;
    qint64 m_incidentId = 0;
    QStackedWidget* m_stack;
    QWidget* m_empty; // the page while no incident is selected; holds m_welcome once made
    WelcomePage* m_welcome = nullptr;
    QLabel* m_drillBanner;
    QLabel* m_code;
    QLabel* m_title;
    QLabel* m_severity;
    SeverityPicker* m_severityPicker; // next to the status: both change as the incident unfolds
    QLabel* m_statusLabel;
    QComboBox* m_status;
    QTabWidget* m_tabs;
    CommandStrip* m_strip; // IC and Next IC, always visible (roles)
    QList<IncidentPanel*> m_panels;
};
