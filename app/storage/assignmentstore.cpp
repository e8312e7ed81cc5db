#include "assignmentstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlrows.h"

#include <QSqlQuery>

namespace {
const QString kSelect = QStringLiteral(
    "SELECT a.id, a.incident_id, a.role_key, a.person_id, p.name, a.started_at, a.started_by, a.ended_at, "
    "a.ended_by, a.end_reason FROM role_assignments a JOIN people p ON p.id = a.person_id ");
}

Assignment AssignmentStore::fromQuery(const QSqlQuery& q)
{
    Assignment a;
    a.id = q.value(0).toLongLong();
    a.incidentId = q.value(1).toLongLong();
    a.roleKey = q.value(2).toString();
    a.personId = q.value(3).toLongLong();
    a.personName = q.value(4).toString();
    a.startedAt = Time::fromDbValue(q.value(5));
    a.startedBy = q.value(6).toString();
    a.endedAt = Time::fromDbValue(q.value(7));
    a.endedBy = q.value(8).toString();
    a.endReason = AssignmentEnds::parse(q.value(9).toString());
    return a;
}

Result<qint64> AssignmentStore::insert(const Assignment& a)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO role_assignments (incident_id, role_key, person_id, "
                                    "started_at, started_by) VALUES (?, ?, ?, ?, COALESCE(?, ''))"));
    q.addBindValue(a.incidentId);
    q.addBindValue(a.roleKey);
    q.addBindValue(a.personId);
    q.addBindValue(Time::toDbValue(a.startedAt));
    q.addBindValue(a.startedBy);
    return SqlRows::insert(q);
}

Status AssignmentStore::close(qint64 assignmentId, const QDateTime& at, const QString& by,
                              AssignmentEnd reason)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE role_assignments SET ended_at = ?, ended_by = COALESCE(?, ''), "
                                    "end_reason = ? WHERE id = ? AND ended_at IS NULL"));
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(by);
    q.addBindValue(AssignmentEnds::key(reason));
    q.addBindValue(assignmentId);
    return SqlError::exec(q);
}

Result<std::optional<Assignment>> AssignmentStore::current(qint64 incidentId, const QString& roleKey) const
{
    QSqlQuery q = m_db.prepare(
        kSelect + QStringLiteral("WHERE a.incident_id = ? AND a.role_key = ? AND a.ended_at IS NULL"));
    q.addBindValue(incidentId);
    q.addBindValue(roleKey);
    return SqlRows::optional<Assignment>(q, fromQuery);
}

Result<QList<Assignment>> AssignmentStore::currentAll(qint64 incidentId) const
{
    QSqlQuery q = m_db.prepare(
        kSelect + QStringLiteral("WHERE a.incident_id = ? AND a.ended_at IS NULL ORDER BY a.started_at"));
    q.addBindValue(incidentId);
    return SqlRows::collect(q, fromQuery);
}

Result<QList<Assignment>> AssignmentStore::history(qint64 incidentId, const QString& roleKey) const
{
    QSqlQuery q = m_db.prepare(
        kSelect + QStringLiteral("WHERE a.incident_id = ? AND (COALESCE(?, '') = '' OR a.role_key = ?) "
                                 "ORDER BY a.started_at, a.id"));
    q.addBindValue(incidentId);
    q.addBindValue(roleKey);
    q.addBindValue(roleKey);
    return SqlRows::collect(q, fromQuery);
}
