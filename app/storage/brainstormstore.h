#pragma once

#include "domain/ideastate.h"
#include "result.h"

#include <QList>

class Database;

// SQL for the brainstorm board. Callers own the transaction.
class BrainstormStore final
{
public:
    explicit BrainstormStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const BrainstormIdea& idea);
    Result<BrainstormIdea> get(qint64 id) const;
    Result<QList<BrainstormIdea>> list(qint64 incidentId) const; // in the order they were collected
    Status setVerdict(const BrainstormIdea& idea);

private:
    Database& m_db;
};
