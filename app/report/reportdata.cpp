#include "reportdata.h"

#include "domain/clock.h"
#include "reportwording.h"

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

QDateTime ReportData::detectionTime() const
{
    return incident.detectedAt.isValid() ? incident.detectedAt : incident.declaredAt;
}

QList<ReportRoleAssignment> ReportData::commandHistory() const
{
    QList<ReportRoleAssignment> out;
    for (const ReportRoleAssignment& r : roles)
        if (r.isCommand())
            out << r;
    return out;
}

const ReportRoleAssignment* ReportData::currentCommander() const
{
    for (const ReportRoleAssignment& r : roles)
        if (r.isCommand() && r.isCurrent())
            return &r;
    return nullptr;
}

QDateTime ReportData::derivedImpactStart() const
{
    return detectionTime();
}

QDateTime ReportData::derivedImpactEnd() const
{
    return incident.mitigatedAt.isValid() ? incident.mitigatedAt : incident.resolvedAt;
}

QDateTime ReportData::impactStart() const
{
    const QDateTime adjusted = Time::parseIso(wording.value(QString::fromLatin1(ReportWording::impactStartKey)));
    return adjusted.isValid() ? adjusted : derivedImpactStart();
}

QDateTime ReportData::impactEnd() const
{
    const QDateTime adjusted = Time::parseIso(wording.value(QString::fromLatin1(ReportWording::impactEndKey)));
    return adjusted.isValid() ? adjusted : derivedImpactEnd();
}
