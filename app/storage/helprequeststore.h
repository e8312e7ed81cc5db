#pragma once

#include "domain/helprequest.h"
#include "result.h"

#include <QList>

class Database;
class QSqlQuery;

// SQL for "need help" flags. A request is resolved once; the row stays as history.
class HelpRequestStore final
{
public:
    explicit HelpRequestStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const HelpRequest& r);
    Status resolve(qint64 id, const QDateTime& at, const QString& by);
    Result<QList<HelpRequest>> open(qint64 incidentId) const;

private:
    static HelpRequest fromQuery(const QSqlQuery& q);
    Database& m_db;
};
