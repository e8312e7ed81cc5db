#include "timelinefactsource.h"

#include "domain/clock.h"
#include "drillobservations.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"

namespace {
// What this source read, for the debrief.
const DrillObservations::SourceNote kNote{
    "TimelineFactSource",
    QT_TRANSLATE_NOOP("TimelineFactSource",
                      "Incident and timeline: declaration, mitigation and resolution times; "
                      "communication entries as stakeholder updates.")};
} // namespace

Status TimelineFactSource::collect(qint64 incidentId, DrillObservations* into) const
{
    const Result<Incident> incident = m_incidents.get(incidentId);
    if (!incident)
        return incident.failure();
    into->declaredAtMs = Time::toMs(incident->declaredAt);
    into->mitigatedAtMs = Time::toMs(incident->mitigatedAt);
    into->resolvedAtMs = Time::toMs(incident->resolvedAt);
    if (!into->mitigatedAtMs && into->resolvedAtMs)
        into->mitigatedAtMs = into->resolvedAtMs;

    TimelineStore::PageCursor cursor;
    for (;;) {
        const auto page = m_timeline.page(incidentId, false, cursor, 500);
        if (!page)
            return page.failure();
        for (const TimelineEntry& e : page.value())
            if (e.kind == EntryKind::Communication)
                into->stakeholderUpdatesMs << Time::toMs(e.occurredAt);
        if (page->size() < 500)
            break;
        cursor = TimelineStore::cursorAfter(page->constLast());
    }
    into->sources << kNote;
    return {};
}
