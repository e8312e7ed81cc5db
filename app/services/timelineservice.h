#pragma once

#include "domain/timelineentry.h"
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
    // For other services that record their change and its timeline entry in one transaction of theirs:
    // call inside the open transaction, then announceAdded() after the commit.
    // `written`, if given, receives the entry as stored.
    Result<qint64> appendInTransaction(qint64 incidentId, const EntryDraft& draft, TimelineEntry* written = nullptr);
    void announceAdded(qint64 incidentId, qint64 entryId);

    Result<TimelineEntry> get(qint64 entryId) const;
    Result<QList<TimelineEntry>> page(qint64 incidentId, bool newestFirst, const TimelineStore::PageCursor& after,
                                      int limit) const;
    Result<int> count(qint64 incidentId) const;

    // Edits keep the previous version; deletion is soft and can be undone with restore().
    Result<TimelineEntry> edit(qint64 entryId, const EntryDraft& changes, const QString& by);
    Status remove(qint64 entryId, const QString& by);
    Status restore(qint64 entryId, const QString& by);
    Result<QList<TimelineEntry>> revisions(qint64 entryId) const;

    static Status validateText(const QString& text);

signals:
    void entryAdded(qint64 incidentId, qint64 entryId);
    void entryChanged(qint64 incidentId, qint64 entryId);

private:
    Status setDeleted(qint64 entryId, bool deleted, const QString& by);

    Database& m_db;
    Clock& m_clock;
    std::unique_ptr<TimelineStore> m_store;
    std::unique_ptr<IncidentStore> m_incidents;
};
