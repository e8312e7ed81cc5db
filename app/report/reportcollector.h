#pragma once

#include "reportdata.h"
#include "result.h"

class Core;

// Reads one incident's ReportData through the core's services and stores (no SQL here).
//
// What it reads today: the incident row (lifecycle timestamps, summary, impact, drill flag), its status
// history, every live timeline entry (kinds, the is_public flag), its follow-ups and the edited report
// wording. Not yet: the role board's assignments (issue 3), the document header and production changes
// (issue 5) — collectRoles()/collectHeader()/collectChanges() are where they plug in.
class ReportCollector final
{
public:
    // `timelineLimit` > 0 reads only the newest entries (the window's preview); exports read them all.
    explicit ReportCollector(Core& core, int timelineLimit = 0) : m_core(core), m_timelineLimit(timelineLimit) {}

    Result<ReportData> collect(qint64 incidentId) const;

private:
    Status collectTimeline(ReportData& data) const;
    void collectRoles(ReportData& data) const;
    void collectHeader(ReportData& data) const;
    void collectChanges(ReportData& data) const;

    Core& m_core;
    int m_timelineLimit = 0;
};
