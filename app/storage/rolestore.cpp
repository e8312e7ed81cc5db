#include "rolestore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlrows.h"

#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral("role_key, name, name_ja, duty, duty_ja");
}

RoleDefinition RoleStore::fromQuery(const QSqlQuery& q)
{
    RoleDefinition d;
    d.key = q.value(0).toString();
    d.name = q.value(1).toString();
    d.nameJa = q.value(2).toString();
    d.duty = q.value(3).toString();
    d.dutyJa = q.value(4).toString();
    return d;
}

Status RoleStore::insertCustom(const RoleDefinition& r, const QDateTime& at, const QString& by)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO custom_roles (role_key, name, name_ja, duty, duty_ja, created_at, created_by) "
        "VALUES (?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''))"));
    q.addBindValue(r.key);
    q.addBindValue(r.name);
    q.addBindValue(r.nameJa);
    q.addBindValue(r.duty);
    q.addBindValue(r.dutyJa);
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(by);
    return SqlError::exec(q);
}

Result<std::optional<RoleDefinition>> RoleStore::custom(const QString& key) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 FROM custom_roles WHERE role_key = ?").arg(kColumns));
    q.addBindValue(key);
    return SqlRows::optional<RoleDefinition>(q, fromQuery);
}

Result<QList<RoleDefinition>> RoleStore::customRoles() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM custom_roles ORDER BY name").arg(kColumns));
    return SqlRows::collect(q, fromQuery);
}

Status RoleStore::addToIncident(qint64 incidentId, const QString& key, const QDateTime& at, const QString& by)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO incident_roles (incident_id, role_key, added_at, "
                                              "added_by) VALUES (?, ?, ?, COALESCE(?, '')) "
                                              "ON CONFLICT (incident_id, role_key) DO NOTHING"));
    q.addBindValue(incidentId);
    q.addBindValue(key);
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(by);
    return SqlError::exec(q);
}

Result<QStringList> RoleStore::incidentRoles(qint64 incidentId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT role_key FROM incident_roles WHERE incident_id = ? ORDER BY added_at, rowid"));
    q.addBindValue(incidentId);
    const auto rows = SqlRows::collect(q, [](const QSqlQuery& r) { return r.value(0).toString(); });
    if (!rows)
        return rows.failure();
    return QStringList(rows.value());
}
