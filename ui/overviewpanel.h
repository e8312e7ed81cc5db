#pragma once

#include "incidentpanel.h"

class Core;
class QTextBrowser;

// The incident's facts: severity and its meaning, the lifecycle times, the declaration answers, impact.
class OverviewPanel final : public IncidentPanel
{
    Q_OBJECT
public:
    explicit OverviewPanel(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId) override;
    QString title() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    Core& m_core;
    qint64 m_incidentId = 0;
    QTextBrowser* m_view;
};
