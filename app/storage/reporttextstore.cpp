#include "reporttextstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"

#include <QSqlQuery>

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
    if (text.trimmed().isEmpty()) {
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
