#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

class Database;

// One saved version of a section's wording (report_text_revisions); an empty text: back to the derived one.
struct ReportTextVersion
{
    qint64 id = 0; // the revision's row: the number `icctl report history` shows and `report restore` takes
    QString section;
    QString text;
    QDateTime savedAt;
    QString savedBy;
};

// SQL for the report wording a user edited (table report_texts). Callers own the transaction.
class ReportTextStore final
{
public:
    explicit ReportTextStore(Database& db) : m_db(db) {}

    // Section key → text, for one incident.
    Result<QMap<QString, QString>> load(qint64 incidentId) const;
    // An empty text removes the row, so the report falls back to the derived wording. Every call is kept as a
    // version: callers save only what changed.
    Status save(qint64 incidentId, const QString& section, const QString& text, const QDateTime& at,
                const QString& by);
    // The versions of one section, or of every section when `section` is empty; oldest first.
    Result<QList<ReportTextVersion>> history(qint64 incidentId, const QString& section) const;
    // One version of this incident's wording; fails when `versionId` is another incident's or unknown.
    Result<ReportTextVersion> version(qint64 incidentId, qint64 versionId) const;

private:
    Database& m_db;
};
