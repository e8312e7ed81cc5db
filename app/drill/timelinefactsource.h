#pragma once

#include "drillfactsource.h"

#include <QCoreApplication>

class IncidentService;
class TimelineService;
struct TimelineEntry;

// The facts that the foundation already records: the incident's declared/mitigated/resolved times and its
// timeline. Until the role board and the change log are on main it also reads, from the timeline:
// - stakeholder updates: entries of kind "communication";
// - roles: entries of kind "role_change" naming a core role (English or Japanese role name); the roles are
//   covered once the commander and operations, communications and planning have each been named;
// - handoff: a "role_change" entry mentioning a handoff counts as briefed; one mentioning an
//   acknowledgement counts as acknowledged;
// - changes to production: entries of kind "action".
// Drill injects themselves (kind "inject") never count.
class TimelineFactSource final : public DrillFactSource
{
    Q_DECLARE_TR_FUNCTIONS(TimelineFactSource)

public:
    TimelineFactSource(const IncidentService& incidents, const TimelineService& timeline)
        : m_incidents(incidents), m_timeline(timeline)
    {
    }
    Status collect(qint64 incidentId, DrillObservations* into) const override;

    // The core roles a role_change text names (keys: commander, operations, communications, planning).
    static QStringList rolesNamed(const QString& text);
    static bool mentionsHandoff(const QString& text);
    static bool mentionsAcknowledgement(const QString& text);

private:
    void readEntry(const TimelineEntry& e, DrillObservations* into, QStringList* covered) const;

    const IncidentService& m_incidents;
    const TimelineService& m_timeline;
};
