#include "handoffstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlrows.h"

#include <QSqlQuery>

Handoff HandoffStore::fromQuery(const QSqlQuery& q)
{
    Handoff h;
    h.id = q.value(0).toLongLong();
    h.incidentId = q.value(1).toLongLong();
    h.roleKey = q.value(2).toString();
    h.fromPersonId = q.value(3).toLongLong();
    h.toPersonId = q.value(4).toLongLong();
    h.fromName = q.value(5).toString();
    h.toName = q.value(6).toString();
    h.fromAssignmentId = q.value(7).toLongLong();
    h.toAssignmentId = q.value(8).toLongLong();
    h.briefing = {q.value(9).toString(), q.value(10).toString(), q.value(11).toString(),
                  q.value(12).toString()};
    h.acknowledgedAt = Time::fromDbValue(q.value(13));
    h.recordedBy = q.value(14).toString();
    return h;
}

Result<qint64> HandoffStore::insert(const Handoff& h)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO role_handoffs (incident_id, role_key, from_person_id, to_person_id, from_assignment_id, "
        "to_assignment_id, situation, objectives, current_actions, organisation, acknowledged_at, "
        "recorded_by) "
        "VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, "
        "COALESCE(?, ''))"));
    q.addBindValue(h.incidentId);
    q.addBindValue(h.roleKey);
    q.addBindValue(h.fromPersonId);
    q.addBindValue(h.toPersonId);
    q.addBindValue(h.fromAssignmentId);
    q.addBindValue(h.toAssignmentId);
    q.addBindValue(h.briefing.situation);
    q.addBindValue(h.briefing.objectives);
    q.addBindValue(h.briefing.currentActions);
    q.addBindValue(h.briefing.organisation);
    q.addBindValue(Time::toDbValue(h.acknowledgedAt));
    q.addBindValue(h.recordedBy);
    return SqlRows::insert(q);
}

Result<QList<Handoff>> HandoffStore::list(qint64 incidentId, const QString& roleKey) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT h.id, h.incident_id, h.role_key, h.from_person_id, h.to_person_id, f.name, t.name, "
        "h.from_assignment_id, h.to_assignment_id, h.situation, h.objectives, h.current_actions, "
        "h.organisation, "
        "h.acknowledged_at, h.recorded_by FROM role_handoffs h JOIN people f ON f.id = h.from_person_id "
        "JOIN people t ON t.id = h.to_person_id WHERE h.incident_id = ? AND (COALESCE(?, '') = '' OR "
        "h.role_key = ?) "
        "ORDER BY h.acknowledged_at, h.id"));
    q.addBindValue(incidentId);
    q.addBindValue(roleKey);
    q.addBindValue(roleKey);
    return SqlRows::collect(q, fromQuery);
}
