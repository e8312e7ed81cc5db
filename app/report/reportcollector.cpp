#include "reportcollector.h"

#include "core.h"
#include "domain/clock.h"
#include "services/followupservice.h"
#include "services/incidentservice.h"
#include "services/reportservice.h"
#include "services/timelineservice.h"
#include "storage/reportreadstore.h"

#include <algorithm>

Result<ReportData> ReportCollector::collect(qint64 incidentId) const
{
    ReportData data;
    Result<Incident> incident = m_core.incidents().get(incidentId);
    if (!incident)
        return incident.failure();
    data.incident = incident.value();
    data.generatedAt = m_core.clock().now();
    if (Status s = collectTimeline(data); !s)
        return s.failure();
    Result<QList<StatusChange>> history = ReportReadStore(m_core.database()).statusHistory(incidentId);
    if (!history)
        return history.failure();
    data.statusHistory = history.value();
    FollowUpStore::Filter filter;
    filter.incidentId = incidentId;
    Result<QList<FollowUp>> followUps = m_core.followUps().list(filter);
    if (!followUps)
        return followUps.failure();
    data.followUps = followUps.value();
    Result<QMap<QString, QString>> wording = m_core.reports().wording(incidentId);
    if (!wording)
        return wording.failure();
    data.wording = wording.value();
    collectRoles(data);
    collectHeader(data);
    collectChanges(data);
    return data;
}

Status ReportCollector::collectTimeline(ReportData& data) const
{
    if (m_timelineLimit > 0) {
        const auto newest = m_core.timeline().page(data.incident.id, true, {}, m_timelineLimit);
        if (!newest)
            return newest.failure();
        data.timeline = newest.value();
        std::reverse(data.timeline.begin(), data.timeline.end());
        const Result<int> total = m_core.timeline().count(data.incident.id);
        if (!total)
            return total.failure();
        data.timelineTotal = total.value();
        return {};
    }
    constexpr int pageSize = 2000;
    TimelineStore::PageCursor cursor;
    for (;;) {
        const auto page = m_core.timeline().page(data.incident.id, false, cursor, pageSize);
        if (!page)
            return page.failure();
        data.timeline += page.value();
        data.timelineTotal = int(data.timeline.size());
        if (page->size() < pageSize)
            return {};
        cursor = TimelineStore::cursorAfter(page->constLast());
    }
}

void ReportCollector::collectRoles(ReportData& data) const
{
    Q_UNUSED(data) // issue 3 (role board): fill data.roles from the assignment history
}

void ReportCollector::collectHeader(ReportData& data) const
{
    Q_UNUSED(data) // issue 5 (document header): summary/status/command post/exit criteria/TODOs
}

void ReportCollector::collectChanges(ReportData& data) const
{
    Q_UNUSED(data) // issue 5 (changes made to production)
}
