#include "incidentstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral(
    "id, code, title, severity, status, summary, impact, is_drill, q_second_team, q_customers_affected, "
    "q_unresolved_hour, created_at, updated_at, detected_at, declared_at, mitigated_at, resolved_at, closed_at");
}

Incident IncidentStore::fromQuery(const QSqlQuery& q)
{
    Incident i;
    i.id = q.value(0).toLongLong();
    i.code = q.value(1).toString();
    i.title = q.value(2).toString();
    i.severity = Severity(q.value(3).toInt());
    i.status = IncidentStatuses::parse(q.value(4).toString()).value_or(IncidentStatus::Investigating);
    i.summary = q.value(5).toString();
    i.impact = q.value(6).toString();
    i.isDrill = q.value(7).toBool();
    i.answers = {q.value(8).toBool(), q.value(9).toBool(), q.value(10).toBool()};
    i.createdAt = Time::fromDbValue(q.value(11));
    i.updatedAt = Time::fromDbValue(q.value(12));
    i.detectedAt = Time::fromDbValue(q.value(13));
    i.declaredAt = Time::fromDbValue(q.value(14));
    i.mitigatedAt = Time::fromDbValue(q.value(15));
    i.resolvedAt = Time::fromDbValue(q.value(16));
    i.closedAt = Time::fromDbValue(q.value(17));
    return i;
}

Result<int> IncidentStore::nextSequence(bool drill, int year) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM incidents WHERE code LIKE ?"));
    q.addBindValue(QString(Incidents::codeFor(drill, year, 0).chopped(4) + QLatin1Char('%')));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    q.next();
    return q.value(0).toInt() + 1;
}

Result<qint64> IncidentStore::insert(const Incident& i)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO incidents (code, title, severity, status, summary, impact, is_drill, q_second_team, "
        "q_customers_affected, q_unresolved_hour, created_at, updated_at, detected_at, declared_at) "
        "VALUES (?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(i.code);
    q.addBindValue(i.title);
    q.addBindValue(int(i.severity));
    q.addBindValue(IncidentStatuses::key(i.status));
    q.addBindValue(i.summary);
    q.addBindValue(i.impact);
    q.addBindValue(i.isDrill);
    q.addBindValue(i.answers.secondTeamNeeded);
    q.addBindValue(i.answers.customersAffected);
    q.addBindValue(i.answers.unresolvedAfterHour);
    q.addBindValue(Time::toDbValue(i.createdAt));
    q.addBindValue(Time::toDbValue(i.updatedAt));
    q.addBindValue(Time::toDbValue(i.detectedAt));
    q.addBindValue(Time::toDbValue(i.declaredAt));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.lastInsertId().toLongLong();
}

Result<Incident> IncidentStore::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM incidents WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(QCoreApplication::translate("IncidentStore", "There is no incident %1.").arg(id));
    return fromQuery(q);
}

Result<Incident> IncidentStore::findByCode(const QString& code) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM incidents WHERE code = ?").arg(kColumns));
    q.addBindValue(code.trimmed().toUpper());
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(QCoreApplication::translate("IncidentStore", "There is no incident %1.").arg(code));
    return fromQuery(q);
}

Result<QList<Incident>> IncidentStore::list(bool includeDrills, int limit) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM incidents WHERE (? OR is_drill = 0) "
                       "ORDER BY (status IN ('resolved', 'closed')), updated_at DESC, id DESC LIMIT ?")
            .arg(kColumns));
    q.addBindValue(includeDrills);
    q.addBindValue(limit);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<Incident> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

Status IncidentStore::updateStatus(const Incident& i, IncidentStatus from, const QString& by)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE incidents SET status = ?, updated_at = ?, mitigated_at = ?, resolved_at = ?, closed_at = ? "
        "WHERE id = ?"));
    q.addBindValue(IncidentStatuses::key(i.status));
    q.addBindValue(Time::toDbValue(i.updatedAt));
    q.addBindValue(Time::toDbValue(i.mitigatedAt));
    q.addBindValue(Time::toDbValue(i.resolvedAt));
    q.addBindValue(Time::toDbValue(i.closedAt));
    q.addBindValue(i.id);
    if (Status s = SqlError::exec(q); !s)
        return s;
    QSqlQuery h = m_db.prepare(QStringLiteral("INSERT INTO incident_status_history "
                                              "(incident_id, from_status, to_status, changed_at, changed_by) "
                                              "VALUES (?, ?, ?, ?, COALESCE(?, ''))"));
    h.addBindValue(i.id);
    h.addBindValue(IncidentStatuses::key(from));
    h.addBindValue(IncidentStatuses::key(i.status));
    h.addBindValue(Time::toDbValue(i.updatedAt));
    h.addBindValue(by);
    return SqlError::exec(h);
}

Status IncidentStore::updateText(qint64 id, const QString& title, const QString& summary, const QString& impact,
                                 const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE incidents SET title = ?, summary = COALESCE(?, ''), impact = COALESCE(?, ''), updated_at = ? "
                       "WHERE id = ?"));
    q.addBindValue(title);
    q.addBindValue(summary);
    q.addBindValue(impact);
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(id);
    return SqlError::exec(q);
}

Status IncidentStore::updateSeverity(qint64 id, Severity severity, const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE incidents SET severity = ?, updated_at = ? WHERE id = ?"));
    q.addBindValue(int(severity));
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(id);
    return SqlError::exec(q);
}

Status IncidentStore::markDeclared(qint64 id, const DeclarationAnswers& a, const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE incidents SET declared_at = ?, updated_at = ?, q_second_team = ?, q_customers_affected = ?, "
        "q_unresolved_hour = ? WHERE id = ?"));
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(a.secondTeamNeeded);
    q.addBindValue(a.customersAffected);
    q.addBindValue(a.unresolvedAfterHour);
    q.addBindValue(id);
    return SqlError::exec(q);
}

Status IncidentStore::updateAnswers(qint64 id, const DeclarationAnswers& a, const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE incidents SET updated_at = ?, q_second_team = ?, q_customers_affected = ?, q_unresolved_hour = ? "
        "WHERE id = ?"));
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(a.secondTeamNeeded);
    q.addBindValue(a.customersAffected);
    q.addBindValue(a.unresolvedAfterHour);
    q.addBindValue(id);
    return SqlError::exec(q);
}

Status IncidentStore::touch(qint64 id, const QDateTime& at)
{
    QueryLease q = m_db.cached(QStringLiteral("UPDATE incidents SET updated_at = ? WHERE id = ?"));
    q->addBindValue(Time::toDbValue(at));
    q->addBindValue(id);
    return SqlError::exec(*q);
}

Result<bool> IncidentStore::exists(qint64 id) const
{
    QueryLease q = m_db.cached(QStringLiteral("SELECT 1 FROM incidents WHERE id = ?"));
    q->addBindValue(id);
    if (Status s = SqlError::exec(*q); !s)
        return s.failure();
    return q->next();
}

Status IncidentStore::setMilestoneTime(qint64 id, Milestone milestone, const QDateTime& at)
{
    QString column;
    switch (milestone) {
    case Milestone::Detected: column = QStringLiteral("detected_at"); break;
    case Milestone::Declared: column = QStringLiteral("declared_at"); break;
    case Milestone::Mitigated: column = QStringLiteral("mitigated_at"); break;
    case Milestone::Resolved: column = QStringLiteral("resolved_at"); break;
    case Milestone::None: return {};
    }
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE incidents SET %1 = ? WHERE id = ?").arg(column));
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(id);
    return SqlError::exec(q);
}
