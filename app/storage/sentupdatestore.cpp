#include "sentupdatestore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"

#include <QSqlQuery>

Result<qint64> SentUpdateStore::insert(const SentUpdate& u)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO notify_sent_updates (incident_id, audience, "
                                              "language, template_key, title, text, sent_at, "
                                              "author, timeline_entry_id) VALUES (?, ?, ?, COALESCE(?, ''), "
                                              "COALESCE(?, ''), ?, ?, COALESCE(?, ''), ?)"));
    q.addBindValue(u.incidentId);
    q.addBindValue(Audiences::key(u.audience));
    q.addBindValue(u.language);
    q.addBindValue(u.templateKey);
    q.addBindValue(u.title);
    q.addBindValue(u.text);
    q.addBindValue(Time::toDbValue(u.sentAt));
    q.addBindValue(u.author);
    q.addBindValue(u.timelineEntryId ? QVariant(u.timelineEntryId)
                                     : QVariant(QMetaType(QMetaType::LongLong)));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.lastInsertId().toLongLong();
}

Result<QDateTime> SentUpdateStore::lastSentAt(qint64 incidentId, Audience audience) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT max(sent_at) FROM notify_sent_updates WHERE incident_id = ? AND audience = ?"));
    q.addBindValue(incidentId);
    q.addBindValue(Audiences::key(audience));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    q.next();
    return Time::fromDbValue(q.value(0));
}

QString SentUpdateStore::lastSentKey(qint64 incidentId, Audience audience)
{
    return QString::number(incidentId) + QLatin1Char('/') + Audiences::key(audience);
}

Result<QHash<QString, QDateTime>> SentUpdateStore::lastSentAll() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT incident_id, audience, max(sent_at) FROM notify_sent_updates GROUP BY incident_id, audience"));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QHash<QString, QDateTime> out;
    while (q.next())
        if (const auto audience = Audiences::parse(q.value(1).toString()))
            out.insert(lastSentKey(q.value(0).toLongLong(), *audience), Time::fromDbValue(q.value(2)));
    return out;
}
