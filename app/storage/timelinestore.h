#pragma once

#include "domain/timelineentry.h"
#include "result.h"

#include <QList>

class Database;

// SQL for timeline entries and their revisions. Callers own the transaction.
class TimelineStore final
{
public:
    struct PageCursor
    {
        qint64 occurredAtMs = 0;
        qint64 id = 0;
        bool valid = false;
    };

    explicit TimelineStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const TimelineEntry& entry);
    Result<TimelineEntry> get(qint64 id) const;
    // Keyset pagination: the next `limit` live entries after `after` in the chosen order.
    Result<QList<TimelineEntry>> page(qint64 incidentId, bool newestFirst, const PageCursor& after, int limit,
                                      bool includeDeleted = false) const;
    Result<int> count(qint64 incidentId, bool includeDeleted = false) const;
    // Saves `previous` as a revision and writes `updated` over it with revision + 1.
    Status update(const TimelineEntry& previous, const TimelineEntry& updated, const QDateTime& at,
                  const QString& by);
    Result<QList<TimelineEntry>> revisions(qint64 entryId) const;

    static PageCursor cursorAfter(const TimelineEntry& e) { return {e.occurredAt.toMSecsSinceEpoch(), e.id, true}; }

private:
    Database& m_db;
};
