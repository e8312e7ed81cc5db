#pragma once

#include "domain/handoff.h"
#include "result.h"

#include <QList>

class Database;
class QSqlQuery;

// SQL for acknowledged handoffs and their ICS-201 briefings. Insert-only.
class HandoffStore final
{
public:
    explicit HandoffStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const Handoff& h);
    // Oldest first; all roles when roleKey is empty.
    Result<QList<Handoff>> list(qint64 incidentId, const QString& roleKey = {}) const;

private:
    static Handoff fromQuery(const QSqlQuery& q);
    Database& m_db;
};
