#include "timelineservice.h"

#include "domain/clock.h"
#include "domain/incident.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/transaction.h"

TimelineService::TimelineService(Database& db, Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_store(std::make_unique<TimelineStore>(db)),
      m_incidents(std::make_unique<IncidentStore>(db))
{
}

TimelineService::~TimelineService() = default;

Status TimelineService::validateText(const QString& text)
{
    if (text.trimmed().isEmpty())
        return fail(tr("A timeline entry needs some text."));
    if (text.size() > Incidents::maxTextLength)
        return fail(tr("The entry is too long (%1 characters; at most %2).")
                        .arg(text.size())
                        .arg(Incidents::maxTextLength));
    return {};
}

Result<qint64> TimelineService::appendInTransaction(qint64 incidentId, const EntryDraft& draft,
                                                    TimelineEntry* written)
{
    if (Status s = validateText(draft.text); !s)
        return s.failure();
    const QDateTime now = m_clock.now();
    TimelineEntry e;
    e.incidentId = incidentId;
    e.occurredAt = draft.occurredAt.isValid() ? draft.occurredAt.toUTC() : now;
    e.recordedAt = now;
    e.author = draft.author;
    e.kind = draft.kind;
    e.text = draft.text;
    e.important = draft.important;
    e.isPublic = draft.isPublic;
    const Result<qint64> id = m_store->insert(e);
    if (!id)
        return id;
    if (Status s = m_incidents->touch(incidentId, now); !s)
        return s.failure();
    if (written) {
        e.id = id.value();
        *written = e;
    }
    return id;
}

void TimelineService::announceAdded(qint64 incidentId, qint64 entryId)
{
    emit entryAdded(incidentId, entryId);
}

Result<TimelineEntry> TimelineService::add(qint64 incidentId, const EntryDraft& draft)
{
    if (Status s = validateText(draft.text); !s)
        return s.failure();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const Result<bool> known = m_incidents->exists(incidentId);
    if (!known)
        return known.failure();
    if (!known.value())
        return fail(tr("There is no incident %1.").arg(incidentId));
    TimelineEntry entry;
    const Result<qint64> id = appendInTransaction(incidentId, draft, &entry);
    if (!id)
        return id.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit entryAdded(incidentId, id.value());
    return entry;
}

Result<TimelineEntry> TimelineService::get(qint64 entryId) const
{
    return m_store->get(entryId);
}

Result<QList<TimelineEntry>> TimelineService::page(qint64 incidentId, bool newestFirst,
                                                   const TimelineStore::PageCursor& after, int limit) const
{
    return m_store->page(incidentId, newestFirst, after, limit);
}

Result<int> TimelineService::count(qint64 incidentId) const
{
    return m_store->count(incidentId);
}

Result<TimelineEntry> TimelineService::edit(qint64 entryId, const EntryDraft& changes, const QString& by)
{
    if (Status s = validateText(changes.text); !s)
        return s.failure();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const Result<TimelineEntry> prev = m_store->get(entryId);
    if (!prev)
        return prev;
    TimelineEntry next = prev.value();
    next.kind = changes.kind;
    next.text = changes.text;
    next.important = changes.important;
    next.isPublic = changes.isPublic;
    if (changes.occurredAt.isValid())
        next.occurredAt = changes.occurredAt.toUTC();
    if (!changes.author.isEmpty())
        next.author = changes.author;
    if (Status s = m_store->update(prev.value(), next, m_clock.now(), by); !s)
        return s.failure();
    Result<TimelineEntry> saved = m_store->get(entryId);
    if (!saved)
        return saved;
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit entryChanged(saved->incidentId, entryId);
    return saved;
}

Status TimelineService::setDeleted(qint64 entryId, bool deleted, const QString& by)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const Result<TimelineEntry> prev = m_store->get(entryId);
    if (!prev)
        return prev.failure();
    if (prev->deleted == deleted)
        return {};
    TimelineEntry next = prev.value();
    next.deleted = deleted;
    if (Status s = m_store->update(prev.value(), next, m_clock.now(), by); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit entryChanged(prev->incidentId, entryId);
    return {};
}

Status TimelineService::remove(qint64 entryId, const QString& by)
{
    return setDeleted(entryId, true, by);
}

Status TimelineService::restore(qint64 entryId, const QString& by)
{
    return setDeleted(entryId, false, by);
}

Result<QList<TimelineEntry>> TimelineService::revisions(qint64 entryId) const
{
    return m_store->revisions(entryId);
}
