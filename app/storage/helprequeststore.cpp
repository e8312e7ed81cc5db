#include "helprequeststore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlrows.h"

#include <QSqlQuery>

HelpRequest HelpRequestStore::fromQuery(const QSqlQuery& q)
{
    HelpRequest r;
    r.id = q.value(0).toLongLong();
    r.incidentId = q.value(1).toLongLong();
    r.roleKey = q.value(2).toString();
    r.personId = q.value(3).toLongLong();
    r.note = q.value(4).toString();
    r.requestedAt = Time::fromDbValue(q.value(5));
    r.requestedBy = q.value(6).toString();
    r.resolvedAt = Time::fromDbValue(q.value(7));
    r.resolvedBy = q.value(8).toString();
    return r;
}

Result<qint64> HelpRequestStore::insert(const HelpRequest& r)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO help_requests (incident_id, role_key, person_id, note, "
                                    "requested_at, requested_by) VALUES (?, ?, ?, COALESCE(?, ''), ?, "
                                    "COALESCE(?, ''))"));
    q.addBindValue(r.incidentId);
    q.addBindValue(r.roleKey);
    q.addBindValue(r.personId ? QVariant(r.personId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(r.note);
    q.addBindValue(Time::toDbValue(r.requestedAt));
    q.addBindValue(r.requestedBy);
    return SqlRows::insert(q);
}

Status HelpRequestStore::resolve(qint64 id, const QDateTime& at, const QString& by)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE help_requests SET resolved_at = ?, resolved_by = "
                                              "COALESCE(?, '') WHERE id = ? AND resolved_at IS NULL"));
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(by);
    q.addBindValue(id);
    return SqlError::exec(q);
}

Result<QList<HelpRequest>> HelpRequestStore::open(qint64 incidentId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id, incident_id, role_key, person_id, note, requested_at, requested_by, resolved_at, "
        "resolved_by "
        "FROM help_requests WHERE incident_id = ? AND resolved_at IS NULL ORDER BY requested_at"));
    q.addBindValue(incidentId);
    return SqlRows::collect(q, fromQuery);
}
