#include "changeservice.h"

#include "bilingual.h"
#include "domain/clock.h"
#include "domain/incident.h"
#include "storage/changestore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/transaction.h"
#include "timelineservice.h"

ChangeService::ChangeService(Database& db, Clock& clock, TimelineService& timeline, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_timeline(timeline),
      m_store(std::make_unique<ChangeStore>(db)), m_incidents(std::make_unique<IncidentStore>(db))
{
}

ChangeService::~ChangeService() = default;

Status ChangeService::validate(const ChangeDraft& d)
{
    if (d.what.trimmed().isEmpty())
        return fail(tr("Say what was changed in production."));
    // Both go into the change's timeline entry.
    if (d.what.size() > Incidents::maxQuotedLength || d.revertHow.size() > Incidents::maxQuotedLength)
        return fail(tr("The description is too long (at most %1 characters).").arg(Incidents::maxQuotedLength));
    return {};
}

Result<ProductionChange> ChangeService::record(qint64 incidentId, const ChangeDraft& d, const QString& by)
{
    if (Status s = validate(d); !s)
        return s.failure();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    if (Result<Incident> i = m_incidents->get(incidentId); !i)
        return i.failure();
    const QDateTime now = m_clock.now();
    ProductionChange c;
    c.incidentId = incidentId;
    c.what = d.what.trimmed();
    c.madeBy = d.madeBy.trimmed().isEmpty() ? by : d.madeBy.trimmed();
    c.madeAt = d.madeAt.isValid() ? d.madeAt.toUTC() : now;
    c.revertHow = d.revertHow.trimmed();
    c.recordedAt = now;
    c.recordedBy = by;
    const Result<qint64> id = m_store->insert(c);
    if (!id)
        return id.failure();
    EntryDraft entry;
    entry.kind = EntryKind::Action;
    entry.author = c.madeBy;
    entry.occurredAt = c.madeAt;
    entry.important = true;
    entry.setGenerated(
        c.revertHow.isEmpty()
            ? Bilingual::text("ChangeService", QT_TRANSLATE_NOOP("ChangeService", "Production change: %1"),
                              {c.what})
            : Bilingual::text("ChangeService",
                              QT_TRANSLATE_NOOP("ChangeService", "Production change: %1\nTo revert: %2"),
                              {c.what, c.revertHow}));
    const Result<qint64> entryId = m_timeline.appendInTransaction(incidentId, entry);
    if (!entryId)
        return entryId.failure();
    Result<ProductionChange> saved = m_store->get(id.value());
    if (!saved)
        return saved;
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit changesChanged(incidentId);
    m_timeline.announceAdded(incidentId, entryId.value());
    return saved;
}

Result<ProductionChange> ChangeService::edit(qint64 changeId, const ChangeDraft& d, const QString& by)
{
    if (Status s = validate(d); !s)
        return s.failure();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const Result<ProductionChange> prev = m_store->get(changeId);
    if (!prev)
        return prev;
    ProductionChange next = prev.value();
    next.what = d.what.trimmed();
    next.revertHow = d.revertHow.trimmed();
    if (!d.madeBy.trimmed().isEmpty())
        next.madeBy = d.madeBy.trimmed();
    if (d.madeAt.isValid())
        next.madeAt = d.madeAt.toUTC();
    if (next.what == prev->what && next.revertHow == prev->revertHow && next.madeBy == prev->madeBy &&
        next.madeAt == prev->madeAt)
        return prev;
    if (Status s = m_store->update(prev.value(), next, m_clock.now(), by); !s)
        return s.failure();
    Result<ProductionChange> saved = m_store->get(changeId);
    if (!saved)
        return saved;
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit changesChanged(saved->incidentId);
    return saved;
}

Result<ProductionChange> ChangeService::markReverted(qint64 changeId, const QDateTime& at, const QString& by)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const Result<ProductionChange> prev = m_store->get(changeId);
    if (!prev)
        return prev;
    if (prev->isReverted())
        return fail(tr("This change was already reverted by %1.").arg(prev->revertedBy));
    const QDateTime now = m_clock.now();
    ProductionChange next = prev.value();
    next.revertedAt = at.isValid() ? at.toUTC() : now;
    next.revertedBy = by;
    if (Status s = m_store->update(prev.value(), next, now, by); !s)
        return s.failure();
    EntryDraft entry;
    entry.kind = EntryKind::Action;
    entry.author = by;
    entry.occurredAt = next.revertedAt;
    entry.setGenerated(Bilingual::text(
        "ChangeService", QT_TRANSLATE_NOOP("ChangeService", "Production change reverted: %1"), {prev->what}));
    const Result<qint64> entryId = m_timeline.appendInTransaction(prev->incidentId, entry);
    if (!entryId)
        return entryId.failure();
    Result<ProductionChange> saved = m_store->get(changeId);
    if (!saved)
        return saved;
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit changesChanged(saved->incidentId);
    m_timeline.announceAdded(saved->incidentId, entryId.value());
    return saved;
}

Result<ProductionChange> ChangeService::get(qint64 changeId) const
{
    return m_store->get(changeId);
}

Result<QList<ProductionChange>> ChangeService::list(qint64 incidentId) const
{
    return m_store->list(incidentId);
}

Result<QList<ProductionChange>> ChangeService::revisions(qint64 changeId) const
{
    return m_store->revisions(changeId);
}
