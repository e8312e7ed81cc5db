#pragma once

#include "domain/audience.h"
#include "domain/severity.h"
#include "result.h"

#include <QHash>
#include <QString>

class Database;

// SQL for update cadences (minutes per audience and severity; 0 = none). Callers own the transaction.
class CadenceStore final
{
public:
    explicit CadenceStore(Database& db) : m_db(db) {}
    Result<int> intervalMinutes(Audience audience, Severity severity) const;

    // The whole table, read once, for checking many incidents in one pass.
    class Table
    {
    public:
        void set(Audience audience, Severity severity, int minutes);
        int minutes(Audience audience, Severity severity) const; // 0 when not set

    private:
        static QString key(Audience audience, Severity severity);
        QHash<QString, int> m_minutes;
    };
    Result<Table> table() const;
    Status setIntervalMinutes(Audience audience, Severity severity, int minutes);

private:
    Database& m_db;
};
