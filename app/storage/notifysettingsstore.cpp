#include "notifysettingsstore.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlQuery>

Result<QString> NotifySettingsStore::value(const QString& key, const QString& fallback) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT value FROM notify_settings WHERE key = ?"));
    q.addBindValue(key);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.next() ? q.value(0).toString() : fallback;
}

Status NotifySettingsStore::setValue(const QString& key, const QString& value)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO notify_settings (key, value) VALUES (?, ?) ON "
                                              "CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    return SqlError::exec(q);
}
