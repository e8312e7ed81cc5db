#pragma once

#include "domain/statuschange.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>

class Database;

// Read-only queries the reports and metrics need beyond the incident and timeline stores: the status
// history of one incident and the communication times of every incident.
class ReportReadStore final
{
public:
    explicit ReportReadStore(Database& db) : m_db(db) {}

    Result<QList<StatusChange>> statusHistory(qint64 incidentId) const;
    // Incident id → occurred-at of its live communication entries, oldest first.
    Result<QHash<qint64, QList<QDateTime>>> communicationTimes() const;

private:
    Database& m_db;
};
