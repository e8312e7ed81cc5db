#pragma once

#include "domain/productionchange.h"
#include "result.h"

#include <QList>

class Database;

// SQL for the changes made to production and their earlier versions. Callers own the transaction.
class ChangeStore final
{
public:
    explicit ChangeStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const ProductionChange& change);
    Result<ProductionChange> get(qint64 id) const;
    Result<QList<ProductionChange>> list(qint64 incidentId) const; // by made_at
    // Saves `previous` as a revision and writes `updated` over it with revision + 1.
    Status update(const ProductionChange& previous, const ProductionChange& updated, const QDateTime& at,
                  const QString& by);
    // Earlier versions, oldest first (recordedAt/recordedBy: when and by whom each was replaced).
    Result<QList<ProductionChange>> revisions(qint64 changeId) const;

private:
    Database& m_db;
};
