#pragma once

#include <QWidget>

// A tab of the incident workspace (overview, roles, checklist, timeline, notifications …).
// The workspace tells each panel which incident is shown; 0 means none.
class IncidentPanel : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    virtual void setIncident(qint64 incidentId) = 0;
    // The tab's title in the current language.
    virtual QString title() const = 0;
};
