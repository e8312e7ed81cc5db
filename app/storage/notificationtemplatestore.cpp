#include "notificationtemplatestore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"

#include <QSqlQuery>

Result<QList<NotificationTemplate>> NotificationTemplateStore::list() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT template_key, language, name, audience, title, body "
                                              "FROM notify_templates ORDER BY template_key"));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<NotificationTemplate> out;
    while (q.next()) {
        NotificationTemplate t;
        t.key = q.value(0).toString();
        t.language = q.value(1).toString();
        t.name = q.value(2).toString();
        t.audience = Audiences::parse(q.value(3).toString()).value_or(Audience::Responders);
        t.title = q.value(4).toString();
        t.body = q.value(5).toString();
        t.bundled = false;
        out << t;
    }
    return out;
}

Status NotificationTemplateStore::upsert(const NotificationTemplate& t, const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO notify_templates (template_key, language, name, audience, title, body, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (template_key, language) DO UPDATE SET name = "
        "excluded.name, "
        "audience = excluded.audience, title = excluded.title, body = excluded.body, updated_at = "
        "excluded.updated_at"));
    q.addBindValue(t.key);
    q.addBindValue(t.language);
    q.addBindValue(t.name);
    q.addBindValue(Audiences::key(t.audience));
    q.addBindValue(t.title);
    q.addBindValue(t.body);
    q.addBindValue(Time::toDbValue(at));
    return SqlError::exec(q);
}

Status NotificationTemplateStore::remove(const QString& key, const QString& language)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("DELETE FROM notify_templates WHERE template_key = ? AND language = ?"));
    q.addBindValue(key);
    q.addBindValue(language);
    return SqlError::exec(q);
}
