#pragma once

#include "result.h"

#include <QDateTime>
#include <QMap>
#include <QString>

class Database;

// SQL for the report wording a user edited (table report_texts). Callers own the transaction.
class ReportTextStore final
{
public:
    explicit ReportTextStore(Database& db) : m_db(db) {}

    // Section key → text, for one incident.
    Result<QMap<QString, QString>> load(qint64 incidentId) const;
    // An empty text removes the row, so the report falls back to the derived wording.
    Status save(qint64 incidentId, const QString& section, const QString& text, const QDateTime& at,
                const QString& by);

private:
    Database& m_db;
};
