#pragma once

#include "domain/timelineentry.h"
#include "domain/timelinefilter.h"
#include "result.h"

#include <QList>
#include <QStringList>

class Database;
class TimelineSearchSql;

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

    // A bounded step through the timeline: the matching rows, where the next step starts, and whether the
    // end was reached. A step may hold no rows and still not be the end (nothing matched in its window).
    struct Page
    {
        QList<TimelineEntry> rows;
        PageCursor next;
        bool atEnd = true;
    };

    explicit TimelineStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const TimelineEntry& entry);
    Result<TimelineEntry> get(qint64 id) const;
    // Keyset pagination: the next `limit` entries after `after` in the chosen order that pass `filter`.
    Result<QList<TimelineEntry>> page(qint64 incidentId, bool newestFirst, const PageCursor& after, int limit,
                                      const TimelineFilter& filter = {}) const;
    // Like page(), but reads at most `window` entries of the incident (in order) when the filter must read
    // rows to decide (kind, author, role, short words): every step costs about the same, however rare the
    // matches. Without such a filter it is page().
    Result<Page> scan(qint64 incidentId, bool newestFirst, const PageCursor& after, int limit,
                      const TimelineFilter& filter, int window) const;
    Result<int> count(qint64 incidentId, const TimelineFilter& filter = {}) const;
    // Saves `previous` as a revision and writes `updated` over it with revision + 1.
    Status update(const TimelineEntry& previous, const TimelineEntry& updated, const QDateTime& at,
                  const QString& by);
    // Earlier versions, oldest first; recordedAt/replacedAt say when each was replaced and by whom.
    Result<QList<TimelineEntry>> revisions(qint64 entryId) const;
    // Everyone who wrote in this incident's timeline, for the author filter.
    Result<QStringList> authors(qint64 incidentId) const;
    // The earliest live entry marking `milestone`; null when there is none.
    Result<QDateTime> milestoneTime(qint64 incidentId, Milestone milestone) const;

    static PageCursor cursorAfter(const TimelineEntry& e) { return {e.occurredAt.toMSecsSinceEpoch(), e.id, true}; }

private:
    Result<QList<TimelineEntry>> query(qint64 incidentId, bool newestFirst, const PageCursor& after,
                                       const PageCursor& bound, int limit, const TimelineSearchSql& search) const;
    struct Window
    {
        PageCursor end; // the last entry of the window; invalid when fewer entries remain
        qint64 minId = 0;
        qint64 maxId = 0;
    };
    // The next `window` entries after `after`: where they end and (with `ids`) the range of their ids.
    Result<Window> windowAfter(qint64 incidentId, bool newestFirst, const PageCursor& after, int window,
                               bool includeDeleted, bool ids) const;

    Database& m_db;
};
