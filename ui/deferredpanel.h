#pragma once

#include "incidentpanel.h"

#include <functional>

class QVBoxLayout;

// A workspace tab whose content is built the first time the tab is shown (or panel() is asked for), so
// heavy panels (the timeline editor, the document) cost nothing at start-up, when the overview is shown.
class DeferredPanel final : public IncidentPanel
{
    Q_OBJECT
public:
    using Factory = std::function<IncidentPanel*()>;
    using Title = std::function<QString()>;
    DeferredPanel(Factory factory, Title title, QWidget* parent = nullptr);

    void setIncident(qint64 incidentId) override;
    QString title() const override { return m_title(); }
    // The real panel, built now if it was not yet.
    IncidentPanel* panel();

protected:
    void showEvent(QShowEvent* event) override;

private:
    Factory m_factory;
    Title m_title;
    QVBoxLayout* m_layout;
    IncidentPanel* m_panel = nullptr;
    qint64 m_incidentId = 0;
};
