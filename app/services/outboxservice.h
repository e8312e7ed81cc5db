#pragma once

#include "domain/incident.h"
#include "domain/notificationcontent.h"
#include "domain/outboxmessage.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <memory>

class ChannelStore;
class Clock;
class Database;
class OutboxStore;

// The transactional outbox. Other services queue messages inside their own transaction with
// enqueueInTransaction() and call announceQueued() after the commit; the Dispatcher delivers them.
// Drill incidents never reach a channel that is not marked "use during drills": those messages are kept
// as 'suppressed', with their full text, so the local sink shows what would have gone out.
class OutboxService final : public QObject
{
    Q_OBJECT
public:
    OutboxService(Database& db, Clock& clock, QObject* parent = nullptr);
    ~OutboxService() override;

    struct Queued
    {
        QList<qint64> messageIds;
        int suppressed = 0;
    };
    // Call inside an open transaction. `incident` may be a default Incident for messages about no incident
    // (a channel test). Fails if a channel is unknown or disabled.
    Result<Queued> enqueueInTransaction(const Incident& incident, const NotificationContent& content,
                                        const QList<qint64>& channelIds, qint64 updateId = 0,
                                        const QString& purpose = QStringLiteral("update"));
    void announceQueued();

    Result<QList<OutboxMessage>> list(qint64 incidentId = 0, int limit = 500) const;
    // Drill messages that were kept instead of sent, with their text: the local sink.
    Result<QList<OutboxMessage>> suppressed(qint64 incidentId = 0, int limit = 500) const;
    Result<OutboxMessage> get(qint64 id) const;
    Result<int> undeliveredCount() const;
    // A failed, cancelled or waiting message is owed again now.
    Status retry(qint64 id);
    // A message not yet delivered is dropped.
    Status cancel(qint64 id);

    static QString newEventId();

signals:
    // Messages were queued, retried or cancelled: the dispatcher and the views look again.
    void outboxChanged();

private:
    Status setState(qint64 id, OutboxState state, bool (*allowed)(OutboxState));

    Database& m_db;
    Clock& m_clock;
    std::unique_ptr<OutboxStore> m_store;
    std::unique_ptr<ChannelStore> m_channels;
};
