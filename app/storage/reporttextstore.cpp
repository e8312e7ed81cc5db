#include "reporttextstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"
#include "sqlrows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
ReportTextVersion versionFromRow(const QSqlQuery& row)
{
    return ReportTextVersion{row.value(0).toLongLong(), row.value(1).toString(), row.value(2).toString(),
                             Time::fromDbValue(row.value(3)), row.value(4).toString()};
}
} // namespace

Result<QMap<QString, QString>> ReportTextStore::load(qint64 incidentId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT section, text FROM report_texts WHERE incident_id = ?"));
    q.addBindValue(incidentId);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Status ReportTextStore::save(qint64 incidentId, const QString& section, const QString& text, const QDateTime& at,
                             const QString& by)
{
    const QString now =
        text.trimmed().isEmpty() ? QStringLiteral("") : text; // not null: the column is NOT NULL
    QSqlQuery version = m_db.prepare(
        QStringLiteral("INSERT INTO report_text_revisions (incident_id, section, text, saved_at, saved_by) "
                       "VALUES (?, ?, ?, ?, COALESCE(?, ''))"));
    version.addBindValue(incidentId);
    version.addBindValue(section);
    version.addBindValue(now);
    version.addBindValue(Time::toDbValue(at));
    version.addBindValue(by);
    if (Status s = SqlError::exec(version); !s)
        return s;
    if (now.isEmpty()) {
        QSqlQuery d = m_db.prepare(QStringLiteral("DELETE FROM report_texts WHERE incident_id = ? AND section = ?"));
        d.addBindValue(incidentId);
        d.addBindValue(section);
        return SqlError::exec(d);
    }
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO report_texts (incident_id, section, text, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, COALESCE(?, '')) ON CONFLICT (incident_id, section) "
        "DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at, updated_by = excluded.updated_by"));
    q.addBindValue(incidentId);
    q.addBindValue(section);
    q.addBindValue(text);
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(by);
    return SqlError::exec(q);
}

Result<QList<ReportTextVersion>> ReportTextStore::history(qint64 incidentId, const QString& section) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, section, text, saved_at, saved_by FROM report_text_revisions "
                       "WHERE incident_id = ? AND (COALESCE(?, '') = '' OR section = ?) ORDER BY id"));
    q.addBindValue(incidentId);
    q.addBindValue(section);
    q.addBindValue(section);
    return SqlRows::collect(q, versionFromRow);
}

Result<ReportTextVersion> ReportTextStore::version(qint64 incidentId, qint64 versionId) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id, section, text, saved_at, saved_by FROM report_text_revisions "
                                    "WHERE incident_id = ? AND id = ?"));
    q.addBindValue(incidentId);
    q.addBindValue(versionId);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(QCoreApplication::translate("ReportTextStore",
                                                "This incident's report wording has no version %1.")
                        .arg(versionId));
    return versionFromRow(q);
}
