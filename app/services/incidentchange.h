#pragma once

#include "domain/localizedtext.h"
#include "result.h"

#include <QString>

#include <functional>

class Database;
class IncidentStore;
class TimelineService;
struct Incident;

// One change to an incident that the timeline records: the incident is checked (it exists and is not
// closed), `work` runs in one transaction and returns the text of the timeline entry written in that same
// transaction, in both languages (Bilingual; empty: no entry); after the commit `afterCommit` runs (the
// caller's signals), then the entry is announced. Shared by the role and handoff-offer services.
class IncidentChange final
{
public:
    using Work = std::function<Result<LocalizedText>(const Incident&)>;

    IncidentChange(Database& db, TimelineService& timeline, IncidentStore& incidents)
        : m_db(db), m_timeline(timeline), m_incidents(incidents)
    {
    }

    Status run(qint64 incidentId, const QString& by, bool important, const Work& work,
               const std::function<void()>& afterCommit) const;

private:
    Database& m_db;
    TimelineService& m_timeline;
    IncidentStore& m_incidents;
};
