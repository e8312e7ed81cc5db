#include "deferredpanel.h"

#include <QVBoxLayout>

DeferredPanel::DeferredPanel(Factory factory, Title title, QWidget* parent)
    : IncidentPanel(parent), m_factory(std::move(factory)), m_title(std::move(title)), m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

IncidentPanel* DeferredPanel::panel()
{
    if (!m_panel) {
        m_panel = m_factory();
        m_layout->addWidget(m_panel);
        m_panel->setIncident(m_incidentId);
    }
    return m_panel;
}

void DeferredPanel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    if (m_panel)
        m_panel->setIncident(incidentId);
}

void DeferredPanel::showEvent(QShowEvent* event)
{
    panel();
    IncidentPanel::showEvent(event);
}
