#pragma once

#include "reportdata.h"
#include "result.h"

class Core;

// Reads one incident's ReportData through the core's services and stores (no SQL here).
//
// What it reads: the incident row (lifecycle timestamps, summary and impact — the document header keeps them
// current —, drill flag), its status history, every live timeline entry (kinds, the is_public flag), the
// document header (status, next update, command post, exit criteria, TODOs), the changes made to production,
// the brainstorm ideas with their verdicts, the follow-ups, the edited report wording and the role board (every
// assignment with how it ended, the acknowledged handoffs with their briefings, what the IC also holds now).
class ReportCollector final
{
public:
    // `timelineLimit` > 0 reads only the newest entries (the window's preview); exports read them all.
    explicit ReportCollector(Core& core, int timelineLimit = 0) : m_core(core), m_timelineLimit(timelineLimit) {}

    Result<ReportData> collect(qint64 incidentId) const;

private:
    Status collectTimeline(ReportData& data) const;
    Status collectRoles(ReportData& data) const;
    Status collectHeader(ReportData& data) const;
    Status collectChanges(ReportData& data) const;
    Status collectIdeas(ReportData& data) const;

    Core& m_core;
    int m_timelineLimit = 0;
};
