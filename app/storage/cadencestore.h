#pragma once

#include "domain/audience.h"
#include "domain/severity.h"
#include "result.h"

class Database;

// SQL for update cadences (minutes per audience and severity; 0 = none). Callers own the transaction.
class CadenceStore final
{
public:
    explicit CadenceStore(Database& db) : m_db(db) {}
    Result<int> intervalMinutes(Audience audience, Severity severity) const;
    Status setIntervalMinutes(Audience audience, Severity severity, int minutes);

private:
    Database& m_db;
};
