#pragma once

#include "drillfactsource.h"

#include <QCoreApplication>

class IncidentService;
class TimelineService;

// The facts that the foundation records: the incident's declared/mitigated/resolved times, and stakeholder
// updates as timeline entries of kind "communication". Roles, handoffs and changes to production are not
// read here: the wording of an entry ("handed off", "changed the config") proves nothing, and the checklist
// writes "action" entries for ticks. RoleFactSource and ChangeFactSource read the records themselves.
// Drill injects (kind "inject") never count.
class TimelineFactSource final : public DrillFactSource
{
    Q_DECLARE_TR_FUNCTIONS(TimelineFactSource)

public:
    TimelineFactSource(const IncidentService& incidents, const TimelineService& timeline)
        : m_incidents(incidents), m_timeline(timeline)
    {
    }
    Status collect(qint64 incidentId, DrillObservations* into) const override;

private:
    const IncidentService& m_incidents;
    const TimelineService& m_timeline;
};
