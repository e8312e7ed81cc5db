#pragma once

#include "domain/rotation.h"
#include "result.h"

#include <QList>

#include <optional>

class Database;
class QSqlQuery;

// SQL for on-call rotations, their members in turn order, and overrides. Callers own the transaction.
class RotationStore final
{
public:
    explicit RotationStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const Rotation& r, const QDateTime& at); // with its members
    Result<QList<Rotation>> list() const;                          // with members, by name
    Result<std::optional<Rotation>> findByName(const QString& name) const;
    Result<qint64> insertOverride(const RotationOverride& o, const QDateTime& at);
    Result<QList<RotationOverride>> overrides(qint64 rotationId) const;

private:
    static Rotation fromQuery(const QSqlQuery& q);
    Status loadMembers(Rotation& r) const;
    Database& m_db;
};
