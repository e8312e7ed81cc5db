#pragma once

#include "deliveryoptions.h"
#include "deliveryoutcome.h"
#include "domain/channel.h"
#include "domain/outboxmessage.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

#include <memory>

class Clock;
class Database;
class DeliveryLedger;
class DispatchLease;
class QNetworkAccessManager;
class QNetworkReply;

// Delivers the outbox: one ordered lane per channel (a message waits for the one before it), a request
// in flight per lane, lanes in parallel. Redirects are not followed, every transfer has a timeout, and
// every attempt gets a fresh timestamp and signature. One process delivers at a time (DispatchLease); when
// it takes the lease, rows left 'sending' by a crash are owed again, so a restart resumes where it stopped.
class Dispatcher final : public QObject
{
    Q_OBJECT
public:
    Dispatcher(Database& db, Clock& clock, QObject* parent = nullptr);
    ~Dispatcher() override;

    // Reads the options stored in notify_settings, re-queues interrupted sends and starts delivering.
    Status start();
    void stop();
    bool isRunning() const { return m_running; }
    // Running and holding the outbox's lease: only one process delivers at a time (see DispatchLease).
    bool isDelivering() const;
    // Who delivers instead, while this one waits for the lease.
    QString otherDeliverer() const;
    DeliveryOptions options() const { return m_options; }
    void setOptions(const DeliveryOptions& options) { m_options = options; }

    // Something changed (queued, retried, cancelled, channel edited): look at the outbox again.
    void kick();
    // Writes the recorded attempt results now (they are otherwise written every ~100 ms).
    Status flush();
    int inFlight() const;
    // When the next retry is due, or a null time when no lane waits for one.
    QDateTime nextRetryAt() const;

signals:
    void messageChanged(qint64 messageId, OutboxState state);
    void channelDisabled(qint64 channelId, const QString& reason);
    // Nothing is in flight and nothing is due now (retries may still be waiting for their time).
    void quiet();

private:
    struct Lane
    {
        Channel channel;
        QByteArray key;
        QList<OutboxMessage> buffer;
        qint64 cursor = 0;
        QNetworkReply* reply = nullptr;
        QDateTime waitUntil;
        bool stale = true;
    };

    void pump();
    bool takeLease();
    void refreshLanes();
    void advance(Lane& lane);
    void send(Lane& lane);
    void onReply(qint64 channelId, QNetworkReply* reply);
    void settle(Lane& lane, OutboxMessage message, const DeliveryOutcome& outcome);
    void disableChannel(Lane& lane, const LocalizedText& reason);
    void record(const OutboxMessage& message, const LocalizedText& error = {});
    void scheduleWake(const QDateTime& at);
    void checkQuiet();
    QNetworkAccessManager& network();

    Database& m_db;
    Clock& m_clock;
    DeliveryOptions m_options;
    std::unique_ptr<QNetworkAccessManager> m_nam; // made on the first send, see network()
    DeliveryLedger* m_ledger;
    std::unique_ptr<DispatchLease> m_lease;
    QTimer m_leaseTimer;
    QHash<qint64, Lane> m_lanes;
    QTimer m_wake;
    QDateTime m_wakeAt;
    QRandomGenerator m_random;
    bool m_running = false;
    bool m_pumping = false;
};
