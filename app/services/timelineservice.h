#pragma once

#include "domain/timelineentry.h"
#include "domain/timelinefilter.h"
#include "result.h"
#include "storage/timelinestore.h"

#include <QObject>

#include <memory>

class Clock;
class Database;
class IncidentStore;

// The living incident document's timeline. Every write is one transaction; signals follow the commit.
class TimelineService final : public QObject
{
    Q_OBJECT
public:
    TimelineService(Database& db, Clock& clock, QObject* parent = nullptr);
    ~TimelineService() override;

    Result<TimelineEntry> add(qint64 incidentId, const EntryDraft& draft);
    // Several entries at once (a pasted transcript): all are validated first and written in one
    // transaction, so a bad one leaves the timeline as it was. The error names the entry (1-based).
    Result<QList<TimelineEntry>> addMany(qint64 incidentId, const QList<EntryDraft>& drafts);
    // For other services that record their change and its timeline entry in one transaction of theirs:
    // call inside the open transaction, then announceAdded() after the commit.
    // `written`, if given, receives the entry as stored.
    Result<qint64> appendInTransaction(qint64 incidentId, const EntryDraft& draft,
                                       TimelineEntry* written = nullptr);
    void announceAdded(qint64 incidentId, qint64 entryId);

    Result<TimelineEntry> get(qint64 entryId) const;
    // Keyset pagination over the entries that pass `filter` (full-text search, kinds, author, role).
    Result<QList<TimelineEntry>> page(qint64 incidentId, bool newestFirst,
                                      const TimelineStore::PageCursor& after, int limit,
                                      const TimelineFilter& filter = {}) const;
    // A bounded step for views that search as the user types (see TimelineStore::scan).
    Result<TimelineStore::Page> scan(qint64 incidentId, bool newestFirst,
                                     const TimelineStore::PageCursor& after, int limit,
                                     const TimelineFilter& filter, int window) const;
    Result<int> count(qint64 incidentId, const TimelineFilter& filter = {}) const;
    Result<QStringList> authors(qint64 incidentId) const;

    // Replaces the entry's content with `changes` (an empty author or a null time keep the old ones).
    // The previous version is kept; an edit that changes nothing writes nothing.
    Result<TimelineEntry> edit(qint64 entryId, const EntryDraft& changes, const QString& by);
    // Soft deletion: the entry disappears from the timeline, stays in history, and restore() brings it back.
    Status remove(qint64 entryId, const QString& by);
    Status restore(qint64 entryId, const QString& by);
    // Earlier versions of the entry, oldest first (the current one is get()).
    Result<QList<TimelineEntry>> revisions(qint64 entryId) const;

    static Status validate(const EntryDraft& draft);
    static Status validateText(const QString& text);

signals:
    void entryAdded(qint64 incidentId, qint64 entryId);
    void entryChanged(qint64 incidentId, qint64 entryId);
    // A milestone entry moved one of the incident's timestamps (detected, declared, mitigated, resolved).
    void milestonesChanged(qint64 incidentId);

private:
    Status requireIncident(qint64 incidentId) const;
    Status setDeleted(qint64 entryId, bool deleted, const QString& by);
    Status write(const TimelineEntry& prev, const TimelineEntry& next, const QString& by);
    Status syncMilestones(qint64 incidentId, const QList<Milestone>& milestones);

    Database& m_db;
    Clock& m_clock;
    std::unique_ptr<TimelineStore> m_store;
    std::unique_ptr<IncidentStore> m_incidents;
};
