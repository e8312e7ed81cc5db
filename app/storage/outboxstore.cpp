#include "outboxstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral(
    "o.id, o.event_id, o.channel_id, c.name, o.incident_id, o.update_id, o.purpose, o.content_type, "
    "o.summary, "
    "o.state, o.attempts, o.next_attempt_at, o.last_status, o.last_error, o.created_at, o.updated_at, "
    "o.delivered_at, o.last_error_en, o.last_error_ja");
const QString kFrom = QStringLiteral(" FROM notify_outbox o JOIN notify_channels c ON c.id = o.channel_id");
const QString kPending = QStringLiteral("('queued', 'sending', 'retrying')");

// last_error (as written, never NULL), last_error_en, last_error_ja (NULL when there is no error).
void bindError(QSqlQuery& q, const LocalizedText& error)
{
    // Most writes are deliveries, without an error: no language look-up for them.
    const QString shown = error.isEmpty() ? QString() : error.current();
    q.addBindValue(shown.isNull() ? QString(QLatin1String("")) : shown);
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error.en));
    q.addBindValue(error.isEmpty() ? QVariant() : QVariant(error.ja));
}
} // namespace

OutboxMessage OutboxStore::fromQuery(const QSqlQuery& q, bool withBody)
{
    OutboxMessage m;
    m.id = q.value(0).toLongLong();
    m.eventId = q.value(1).toString();
    m.channelId = q.value(2).toLongLong();
    m.channelName = q.value(3).toString();
    m.incidentId = q.value(4).toLongLong();
    m.updateId = q.value(5).toLongLong();
    m.purpose = q.value(6).toString();
    m.contentType = q.value(7).toString();
    m.summary = q.value(8).toString();
    m.state = OutboxStates::parse(q.value(9).toString()).value_or(OutboxState::Failed);
    m.attempts = q.value(10).toInt();
    m.nextAttemptAt = Time::fromDbValue(q.value(11));
    m.lastStatus = q.value(12).toInt();
    m.lastError = q.value(13).toString();
    m.createdAt = Time::fromDbValue(q.value(14));
    m.updatedAt = Time::fromDbValue(q.value(15));
    m.deliveredAt = Time::fromDbValue(q.value(16));
    m.lastErrorIn = {q.value(17).toString(), q.value(18).toString()};
    if (!m.lastErrorIn.isEmpty())
        m.lastError = m.lastErrorIn.current();
    if (withBody)
        m.body = q.value(19).toByteArray();
    return m;
}

Result<qint64> OutboxStore::insert(const OutboxMessage& m)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO notify_outbox (event_id, channel_id, incident_id, "
                                    "update_id, purpose, content_type, body, "
                                    "summary, state, attempts, last_error, last_error_en, last_error_ja, "
                                    "created_at, updated_at) "
                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)"));
    q.addBindValue(m.eventId);
    q.addBindValue(m.channelId);
    q.addBindValue(m.incidentId ? QVariant(m.incidentId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m.updateId ? QVariant(m.updateId) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(m.purpose);
    q.addBindValue(m.contentType);
    q.addBindValue(m.body);
    q.addBindValue(m.summary);
    q.addBindValue(OutboxStates::key(m.state));
    bindError(q, m.errorWording());
    q.addBindValue(Time::toDbValue(m.createdAt));
    q.addBindValue(Time::toDbValue(m.createdAt));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.lastInsertId().toLongLong();
}

Result<OutboxMessage> OutboxStore::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1, o.body%2 WHERE o.id = ?").arg(kColumns, kFrom));
    q.addBindValue(id);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(QCoreApplication::translate("OutboxStore", "There is no outbox message %1.").arg(id));
    return fromQuery(q, true);
}

Result<QList<OutboxMessage>> OutboxStore::pending(qint64 channelId, qint64 afterId, int limit) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral(
            "SELECT %1, o.body%2 WHERE o.channel_id = ? AND o.id > ? AND o.state IN %3 ORDER BY o.id LIMIT ?")
            .arg(kColumns, kFrom, kPending));
    q.addBindValue(channelId);
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<OutboxMessage> out;
    while (q.next())
        out << fromQuery(q, true);
    return out;
}

Result<QList<OutboxMessage>> OutboxStore::list(qint64 incidentId, int limit, bool withBody) const
{
    QString sql = QStringLiteral("SELECT %1, %2%3")
                      .arg(kColumns, withBody ? QStringLiteral("o.body") : QStringLiteral("NULL"), kFrom);
    if (incidentId)
        sql += QStringLiteral(" WHERE o.incident_id = ?");
    sql += QStringLiteral(" ORDER BY o.id DESC LIMIT ?");
    QSqlQuery q = m_db.prepare(sql);
    if (incidentId)
        q.addBindValue(incidentId);
    q.addBindValue(limit);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<OutboxMessage> out;
    while (q.next())
        out << fromQuery(q, withBody);
    return out;
}

Result<QList<qint64>> OutboxStore::channelsWithPending() const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT DISTINCT channel_id FROM notify_outbox WHERE state IN %1").arg(kPending));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<int> OutboxStore::countWhere(const QString& condition) const
{
    // `condition` is one of our own constant clauses, never user input.
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT count(*) FROM notify_outbox WHERE ") + condition);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    q.next();
    return q.value(0).toInt();
}

Result<int> OutboxStore::countPending() const
{
    return countWhere(QStringLiteral("state IN ") + kPending);
}

Result<int> OutboxStore::countRetrying() const
{
    return countWhere(QStringLiteral("state = 'retrying'"));
}

Status OutboxStore::apply(const OutboxStateChange& c)
{
    return applyWhere(c, QString());
}

Status OutboxStore::applyAttempt(const OutboxStateChange& c)
{
    return applyWhere(c, QStringLiteral(" AND (state IN %1 OR ? = 'delivered')").arg(kPending));
}

Status OutboxStore::applyWhere(const OutboxStateChange& c, const QString& guard)
{
    // Hot path: the dispatcher writes one of these per delivered message. `guard` is one of our own
    // constant clauses, never user input.
    QueryLease q = m_db.cached(QStringLiteral("UPDATE notify_outbox SET state = ?, attempts = ?, "
                                              "next_attempt_at = ?, last_status = ?, last_error = ?, "
                                              "last_error_en = ?, last_error_ja = ?, updated_at = ?, "
                                              "delivered_at = CASE WHEN ? = 'delivered' THEN "
                                              "? ELSE delivered_at END WHERE id = ?") +
                               guard);
    const QString state = OutboxStates::key(c.state);
    q->addBindValue(state);
    q->addBindValue(c.attempts);
    q->addBindValue(Time::toDbValue(c.nextAttemptAt));
    q->addBindValue(c.lastStatus);
    bindError(*q, c.lastError);
    q->addBindValue(Time::toDbValue(c.at));
    q->addBindValue(state);
    q->addBindValue(Time::toDbValue(c.at));
    q->addBindValue(c.id);
    if (!guard.isEmpty())
        q->addBindValue(state);
    return SqlError::exec(*q);
}

Result<int> OutboxStore::requeueSending(const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE notify_outbox SET state = 'queued', updated_at = ? WHERE state = 'sending'"));
    q.addBindValue(Time::toDbValue(at));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.numRowsAffected();
}

Status OutboxStore::failPending(qint64 channelId, const LocalizedText& reason, const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE notify_outbox SET state = 'failed', last_error = ?, "
                                              "last_error_en = ?, last_error_ja = ?, "
                                              "updated_at = ?, next_attempt_at = NULL "
                                              "WHERE channel_id = ? AND state IN %1")
                                   .arg(kPending));
    bindError(q, reason);
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(channelId);
    return SqlError::exec(q);
}
