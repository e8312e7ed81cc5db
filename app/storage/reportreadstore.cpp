#include "reportreadstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"

#include <QSqlQuery>

Result<QList<StatusChange>> ReportReadStore::statusHistory(qint64 incidentId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT from_status, to_status, changed_at, changed_by "
                                              "FROM incident_status_history WHERE incident_id = ? "
                                              "ORDER BY changed_at, id"));
    q.addBindValue(incidentId);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<StatusChange> out;
    while (q.next()) {
        StatusChange c;
        c.from = IncidentStatuses::parse(q.value(0).toString());
        c.to = IncidentStatuses::parse(q.value(1).toString()).value_or(IncidentStatus::Investigating);
        c.changedAt = Time::fromDbValue(q.value(2));
        c.changedBy = q.value(3).toString();
        out << c;
    }
    return out;
}

Result<QHash<qint64, QList<QDateTime>>> ReportReadStore::communicationTimes() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT incident_id, occurred_at FROM timeline_entries "
                                              "WHERE kind = 'communication' AND deleted = 0 "
                                              "ORDER BY incident_id, occurred_at, id"));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QHash<qint64, QList<QDateTime>> out;
    while (q.next())
        out[q.value(0).toLongLong()] << Time::fromDbValue(q.value(1));
    return out;
}
