#pragma once

#include "domain/outboxmessage.h"
#include "result.h"

#include <QList>

class Database;
class QSqlQuery;

// One attempt's result, written back by the dispatcher (in batches).
struct OutboxStateChange
{
    qint64 id = 0;
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    int lastStatus = 0;
    LocalizedText lastError; // both languages (Bilingual); empty: none
    QDateTime at;
};

// SQL for the transactional outbox. Callers own the transaction.
class OutboxStore final
{
public:
    explicit OutboxStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const OutboxMessage& message);
    Result<OutboxMessage> get(qint64 id) const;
    // The channel's messages still owed, in order, from just after `afterId`.
    Result<QList<OutboxMessage>> pending(qint64 channelId, qint64 afterId, int limit) const;
    // Newest first; incidentId 0 means every incident. Bodies are left out unless asked for.
    Result<QList<OutboxMessage>> list(qint64 incidentId, int limit, bool withBody = false) const;
    Result<QList<qint64>> channelsWithPending() const;
    Result<int> countPending() const;
    Result<int> countRetrying() const;

    // A change the user asked for (cancel, retry): applied whatever the state.
    Status apply(const OutboxStateChange& change);
    // A delivery attempt's outcome, written behind by the dispatcher: applied only while the message is
    // still owed, so that a cancel or a channel removal made meanwhile (by this process or another) is not
    // overwritten. "Delivered" is always applied: the receiver has the message, whatever was decided since.
    Status applyAttempt(const OutboxStateChange& change);
    // After a crash: what was in flight is owed again.
    Result<int> requeueSending(const QDateTime& at);
    // Fails every message still owed to a channel (the channel was disabled).
    Status failPending(qint64 channelId, const LocalizedText& reason, const QDateTime& at);

private:
    Result<int> countWhere(const QString& condition) const;
    Status applyWhere(const OutboxStateChange& change, const QString& guard);
    static OutboxMessage fromQuery(const QSqlQuery& q, bool withBody);
    Database& m_db;
};
