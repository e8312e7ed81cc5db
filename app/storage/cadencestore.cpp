#include "cadencestore.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlQuery>

Result<int> CadenceStore::intervalMinutes(Audience audience, Severity severity) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT interval_minutes FROM notify_cadence WHERE audience = ? AND severity = ?"));
    q.addBindValue(Audiences::key(audience));
    q.addBindValue(int(severity));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.next() ? q.value(0).toInt() : 0;
}

QString CadenceStore::Table::key(Audience audience, Severity severity)
{
    return Audiences::key(audience) + QLatin1Char('/') + QString::number(int(severity));
}

void CadenceStore::Table::set(Audience audience, Severity severity, int minutes)
{
    m_minutes.insert(key(audience, severity), minutes);
}

int CadenceStore::Table::minutes(Audience audience, Severity severity) const
{
    return m_minutes.value(key(audience, severity), 0);
}

Result<CadenceStore::Table> CadenceStore::table() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT audience, severity, interval_minutes FROM notify_cadence"));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    Table t;
    while (q.next())
        if (const auto audience = Audiences::parse(q.value(0).toString()))
            t.set(*audience, Severity(q.value(1).toInt()), q.value(2).toInt());
    return t;
}

Status CadenceStore::setIntervalMinutes(Audience audience, Severity severity, int minutes)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO notify_cadence (audience, severity, interval_minutes) VALUES (?, ?, ?) "
        "ON CONFLICT (audience, severity) DO UPDATE SET interval_minutes = excluded.interval_minutes"));
    q.addBindValue(Audiences::key(audience));
    q.addBindValue(int(severity));
    q.addBindValue(minutes);
    return SqlError::exec(q);
}
