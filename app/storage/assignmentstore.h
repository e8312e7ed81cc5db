#pragma once

#include "domain/assignment.h"
#include "result.h"

#include <QList>

#include <optional>

class Database;
class QSqlQuery;

// SQL for role assignments. Rows are inserted, and closed once; a trigger refuses any other rewrite.
class AssignmentStore final
{
public:
    explicit AssignmentStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const Assignment& a);
    Status close(qint64 assignmentId, const QDateTime& at, const QString& by, AssignmentEnd reason);
    Result<std::optional<Assignment>> current(qint64 incidentId, const QString& roleKey) const;
    Result<QList<Assignment>> currentAll(qint64 incidentId) const;
    // Every assignment of the incident (optionally of one role), oldest first.
    Result<QList<Assignment>> history(qint64 incidentId, const QString& roleKey = {}) const;

private:
    static Assignment fromQuery(const QSqlQuery& q);
    Database& m_db;
};
