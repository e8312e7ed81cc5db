#pragma once

#include "domain/role.h"
#include "result.h"

#include <QList>
#include <QStringList>

#include <optional>

class Database;
class QSqlQuery;

// SQL for custom role definitions and for the optional roles placed on an incident's board.
class RoleStore final
{
public:
    explicit RoleStore(Database& db) : m_db(db) {}

    Status insertCustom(const RoleDefinition& role, const QDateTime& at, const QString& by);
    Result<std::optional<RoleDefinition>> custom(const QString& key) const;
    Result<QList<RoleDefinition>> customRoles() const; // by name

    // Idempotent: adding a role already on the board changes nothing.
    Status addToIncident(qint64 incidentId, const QString& key, const QDateTime& at, const QString& by);
    Result<QStringList> incidentRoles(qint64 incidentId) const; // in the order they were added

private:
    static RoleDefinition fromQuery(const QSqlQuery& q);
    Database& m_db;
};
