#pragma once

#include "domain/followup.h"
#include "result.h"

#include <QList>

class Database;
class QSqlQuery;

// SQL for follow-up action items. Callers own the transaction.
class FollowUpStore final
{
public:
    struct Filter
    {
        qint64 incidentId = 0;     // 0: every incident
        bool openOnly = false;     // open or in progress
        bool includeDrills = true; // items of drill incidents
    };

    explicit FollowUpStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const FollowUp& item);
    Status update(const FollowUp& item); // every editable field, by id
    Result<FollowUp> get(qint64 id) const;
    // Ordered by due date (undated last), then id: a stable order for lists and exports.
    Result<QList<FollowUp>> list(const Filter& filter) const;

private:
    static FollowUp fromQuery(const QSqlQuery& q);
    static void bindFields(QSqlQuery& q, const FollowUp& item);
    Database& m_db;
};
