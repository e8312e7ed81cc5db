#include "followupstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString kSelect = QStringLiteral(
    "SELECT f.id, f.incident_id, f.title, f.owner, f.due_date, f.type, f.priority, f.status, f.tracker_url, "
    "f.created_at, f.updated_at, f.completed_at, f.created_by, i.code, i.title, i.is_drill "
    "FROM follow_ups f JOIN incidents i ON i.id = f.incident_id");

QVariant dateValue(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}
} // namespace

FollowUp FollowUpStore::fromQuery(const QSqlQuery& q)
{
    FollowUp f;
    f.id = q.value(0).toLongLong();
    f.incidentId = q.value(1).toLongLong();
    f.title = q.value(2).toString();
    f.owner = q.value(3).toString();
    f.dueDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    f.type = FollowUps::parseType(q.value(5).toString()).value_or(FollowUpType::Corrective);
    f.priority = FollowUps::parsePriority(q.value(6).toString()).value_or(FollowUpPriority::Medium);
    f.status = FollowUps::parseStatus(q.value(7).toString()).value_or(FollowUpStatus::Open);
    f.trackerUrl = q.value(8).toString();
    f.createdAt = Time::fromDbValue(q.value(9));
    f.updatedAt = Time::fromDbValue(q.value(10));
    f.completedAt = Time::fromDbValue(q.value(11));
    f.createdBy = q.value(12).toString();
    f.incidentCode = q.value(13).toString();
    f.incidentTitle = q.value(14).toString();
    f.incidentIsDrill = q.value(15).toBool();
    return f;
}

void FollowUpStore::bindFields(QSqlQuery& q, const FollowUp& f)
{
    q.addBindValue(f.title);
    q.addBindValue(f.owner);
    q.addBindValue(dateValue(f.dueDate));
    q.addBindValue(FollowUps::typeKey(f.type));
    q.addBindValue(FollowUps::priorityKey(f.priority));
    q.addBindValue(FollowUps::statusKey(f.status));
    q.addBindValue(f.trackerUrl);
    q.addBindValue(Time::toDbValue(f.updatedAt));
    q.addBindValue(Time::toDbValue(f.completedAt));
}

Result<qint64> FollowUpStore::insert(const FollowUp& f)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO follow_ups (title, owner, due_date, type, priority, status, tracker_url, updated_at, "
        "completed_at, incident_id, created_at, created_by) "
        "VALUES (?, COALESCE(?, ''), ?, ?, ?, ?, COALESCE(?, ''), ?, ?, ?, ?, COALESCE(?, ''))"));
    bindFields(q, f);
    q.addBindValue(f.incidentId);
    q.addBindValue(Time::toDbValue(f.createdAt));
    q.addBindValue(f.createdBy);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.lastInsertId().toLongLong();
}

Status FollowUpStore::update(const FollowUp& f)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE follow_ups SET title = ?, owner = COALESCE(?, ''), due_date = ?, type = ?, priority = ?, "
        "status = ?, tracker_url = COALESCE(?, ''), updated_at = ?, completed_at = ? WHERE id = ?"));
    bindFields(q, f);
    q.addBindValue(f.id);
    if (Status s = SqlError::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return fail(QCoreApplication::translate("FollowUpStore", "There is no follow-up %1.").arg(f.id));
    return {};
}

Result<FollowUp> FollowUpStore::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(kSelect + QStringLiteral(" WHERE f.id = ?"));
    q.addBindValue(id);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(QCoreApplication::translate("FollowUpStore", "There is no follow-up %1.").arg(id));
    return fromQuery(q);
}

Result<QList<FollowUp>> FollowUpStore::list(const Filter& filter) const
{
    QSqlQuery q = m_db.prepare(
        kSelect +
        QStringLiteral(
            " WHERE (? = 0 OR f.incident_id = ?) AND (? = 0 OR f.status IN ('open', 'in_progress')) "
            "AND (? OR i.is_drill = 0) ORDER BY f.due_date IS NULL, f.due_date, f.id"));
    q.addBindValue(filter.incidentId);
    q.addBindValue(filter.incidentId);
    q.addBindValue(filter.openOnly);
    q.addBindValue(filter.includeDrills);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<FollowUp> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}
