#include "timelinestore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral(
    "id, incident_id, occurred_at, recorded_at, author, kind, text, important, is_public, revision, deleted");

TimelineEntry fromQuery(const QSqlQuery& q)
{
    TimelineEntry e;
    e.id = q.value(0).toLongLong();
    e.incidentId = q.value(1).toLongLong();
    e.occurredAt = Time::fromDbValue(q.value(2));
    e.recordedAt = Time::fromDbValue(q.value(3));
    e.author = q.value(4).toString();
    e.kind = EntryKinds::parse(q.value(5).toString()).value_or(EntryKind::Note);
    e.text = q.value(6).toString();
    e.important = q.value(7).toBool();
    e.isPublic = q.value(8).toBool();
    e.revision = q.value(9).toInt();
    e.deleted = q.value(10).toBool();
    return e;
}
} // namespace

Result<qint64> TimelineStore::insert(const TimelineEntry& e)
{
    QueryLease q = m_db.cached(QStringLiteral(
        "INSERT INTO timeline_entries (incident_id, occurred_at, recorded_at, author, kind, text, important, "
        "is_public) VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?)"));
    q->addBindValue(e.incidentId);
    q->addBindValue(Time::toDbValue(e.occurredAt));
    q->addBindValue(Time::toDbValue(e.recordedAt));
    q->addBindValue(e.author);
    q->addBindValue(EntryKinds::key(e.kind));
    q->addBindValue(e.text);
    q->addBindValue(e.important);
    q->addBindValue(e.isPublic);
    if (Status s = SqlError::exec(*q); !s)
        return s.failure();
    return q->lastInsertId().toLongLong();
}

Result<TimelineEntry> TimelineStore::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM timeline_entries WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(QCoreApplication::translate("TimelineStore", "There is no timeline entry %1.").arg(id));
    return fromQuery(q);
}

Result<QList<TimelineEntry>> TimelineStore::page(qint64 incidentId, bool newestFirst, const PageCursor& after,
                                                 int limit, bool includeDeleted) const
{
    // The (incident_id, occurred_at, id) index serves both directions without a sort.
    const QString cmp = newestFirst ? QStringLiteral("<") : QStringLiteral(">");
    const QString dir = newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString sql = QStringLiteral("SELECT %1 FROM timeline_entries WHERE incident_id = ?").arg(kColumns);
    if (!includeDeleted)
        sql += QStringLiteral(" AND deleted = 0");
    if (after.valid)
        sql += QStringLiteral(" AND (occurred_at, id) %1 (?, ?)").arg(cmp);
    sql += QStringLiteral(" ORDER BY occurred_at %1, id %1 LIMIT ?").arg(dir);
    QSqlQuery q = m_db.prepare(sql);
    q.setForwardOnly(true);
    q.addBindValue(incidentId);
    if (after.valid) {
        q.addBindValue(after.occurredAtMs);
        q.addBindValue(after.id);
    }
    q.addBindValue(limit);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<TimelineEntry> out;
    out.reserve(limit);
    while (q.next())
        out << fromQuery(q);
    return out;
}

Result<int> TimelineStore::count(qint64 incidentId, bool includeDeleted) const
{
    QSqlQuery q = m_db.prepare(includeDeleted
                                   ? QStringLiteral("SELECT count(*) FROM timeline_entries WHERE incident_id = ?")
                                   : QStringLiteral("SELECT count(*) FROM timeline_entries WHERE incident_id = ? "
                                                    "AND deleted = 0"));
    q.addBindValue(incidentId);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    q.next();
    return q.value(0).toInt();
}

Status TimelineStore::update(const TimelineEntry& prev, const TimelineEntry& e, const QDateTime& at,
                             const QString& by)
{
    QSqlQuery r = m_db.prepare(QStringLiteral(
        "INSERT INTO timeline_revisions (entry_id, revision, occurred_at, author, kind, text, important, "
        "is_public, deleted, replaced_at, replaced_by) VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, ?, ?, "
        "COALESCE(?, ''))"));
    r.addBindValue(prev.id);
    r.addBindValue(prev.revision);
    r.addBindValue(Time::toDbValue(prev.occurredAt));
    r.addBindValue(prev.author);
    r.addBindValue(EntryKinds::key(prev.kind));
    r.addBindValue(prev.text);
    r.addBindValue(prev.important);
    r.addBindValue(prev.isPublic);
    r.addBindValue(prev.deleted);
    r.addBindValue(Time::toDbValue(at));
    r.addBindValue(by);
    if (Status s = SqlError::exec(r); !s)
        return s;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE timeline_entries SET occurred_at = ?, author = COALESCE(?, ''), kind = ?, text = ?, important = ?, "
        "is_public = ?, deleted = ?, revision = ? WHERE id = ? AND revision = ?"));
    q.addBindValue(Time::toDbValue(e.occurredAt));
    q.addBindValue(e.author);
    q.addBindValue(EntryKinds::key(e.kind));
    q.addBindValue(e.text);
    q.addBindValue(e.important);
    q.addBindValue(e.isPublic);
    q.addBindValue(e.deleted);
    q.addBindValue(prev.revision + 1);
    q.addBindValue(prev.id);
    q.addBindValue(prev.revision);
    if (Status s = SqlError::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return fail(QCoreApplication::translate("TimelineStore",
                                                "The entry was changed elsewhere in the meantime. Reload and try again."));
    return {};
}

Result<QList<TimelineEntry>> TimelineStore::revisions(qint64 entryId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT entry_id, occurred_at, replaced_at, author, kind, text, important, is_public, revision, deleted "
        "FROM timeline_revisions WHERE entry_id = ? ORDER BY revision"));
    q.addBindValue(entryId);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<TimelineEntry> out;
    while (q.next()) {
        TimelineEntry e;
        e.id = q.value(0).toLongLong();
        e.occurredAt = Time::fromDbValue(q.value(1));
        e.recordedAt = Time::fromDbValue(q.value(2)); // when this version was replaced
        e.author = q.value(3).toString();
        e.kind = EntryKinds::parse(q.value(4).toString()).value_or(EntryKind::Note);
        e.text = q.value(5).toString();
        e.important = q.value(6).toBool();
        e.isPublic = q.value(7).toBool();
        e.revision = q.value(8).toInt();
        e.deleted = q.value(9).toBool();
        out << e;
    }
    return out;
}
