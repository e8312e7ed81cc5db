#include "reportdata.h"

QList<TimelineEntry> ReportData::publicEntries() const
{
    QList<TimelineEntry> out;
    for (const TimelineEntry& e : timeline)
        if (e.isPublic)
            out << e;
    return out;
}

QList<TimelineEntry> ReportData::entriesOfKind(EntryKind kind) const
{
    QList<TimelineEntry> out;
    for (const TimelineEntry& e : timeline)
        if (e.kind == kind)
            out << e;
    return out;
}

QDateTime ReportData::impactStart() const
{
    return incident.detectedAt.isValid() ? incident.detectedAt : incident.declaredAt;
}

QDateTime ReportData::impactEnd() const
{
    return incident.mitigatedAt.isValid() ? incident.mitigatedAt : incident.resolvedAt;
}
