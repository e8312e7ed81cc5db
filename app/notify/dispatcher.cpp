#include "dispatcher.h"

#include "deliveryledger.h"
#include "dispatchlease.h"
#include "domain/clock.h"
#include "retrypolicy.h"
#include "services/bilingual.h"
#include "storage/channelstore.h"
#include "storage/database.h"
#include "storage/notifysettingsstore.h"
#include "storage/outboxstore.h"
#include "storage/transaction.h"
#include "webhooksignature.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {
constexpr int kBatch = 256;

int storedInt(const NotifySettingsStore& store, const char* key, int fallback)
{
    const auto v = store.value(QString::fromLatin1(key), QString::number(fallback));
    bool ok = false;
    const int n = v ? v->toInt(&ok) : fallback;
    return ok && n > 0 ? n : fallback;
}

DeliveryOptions loadOptions(Database& db)
{
    const NotifySettingsStore store(db);
    DeliveryOptions o;
    o.timeoutMs = storedInt(store, "timeout_ms", o.timeoutMs);
    o.backoffBaseMs = storedInt(store, "backoff_base_ms", o.backoffBaseMs);
    o.backoffMaxMs = storedInt(store, "backoff_max_ms", o.backoffMaxMs);
    o.maxAttempts = storedInt(store, "max_attempts", o.maxAttempts);
    return o;
}
} // namespace

Dispatcher::Dispatcher(Database& db, Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_ledger(new DeliveryLedger(db, this)),
      m_lease(std::make_unique<DispatchLease>(db)), m_random(QRandomGenerator::securelySeeded())
{
    m_leaseTimer.setInterval(DispatchLease::renewMs);
    connect(&m_leaseTimer, &QTimer::timeout, this, [this] {
        const bool had = m_lease->held();
        if (takeLease() && !had)
            pump();
    });
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, [this] {
        m_wakeAt = {};
        pump();
    });
}

Dispatcher::~Dispatcher()
{
    stop();
}

QNetworkAccessManager& Dispatcher::network()
{
    // Made when the first message goes out, not with the Core: constructing a QNetworkAccessManager loads
    // the network-information plugins, a cost the window's start-up and most icctl commands do not need.
    if (!m_nam) {
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
        m_nam->setTransferTimeout(m_options.timeoutMs);
    }
    return *m_nam;
}

Status Dispatcher::start()
{
    if (m_running)
        return {};
    m_options = loadOptions(m_db);
    if (m_nam)
        m_nam->setTransferTimeout(m_options.timeoutMs);
    const auto held = m_lease->acquire();
    if (!held)
        return held.failure();
    m_running = true;
    m_leaseTimer.start();
    if (held.value()) {
        Transaction tx(m_db);
        Status s = tx.begin();
        if (s)
            if (const auto n = OutboxStore(m_db).requeueSending(m_clock.now()); !n)
                s = n.failure();
        if (s)
            s = tx.commit();
        if (!s) {
            stop();
            return s;
        }
    }
    QTimer::singleShot(0, this, &Dispatcher::pump);
    return {};
}

bool Dispatcher::takeLease()
{
    const bool had = m_lease->held();
    const auto held = m_lease->acquire();
    if (!held) {
        qWarning("Outbox: %s", qPrintable(held.error()));
        return had;
    }
    if (held.value() && !had) {
        // Taken over: what the previous holder left in flight is owed again.
        Transaction tx(m_db);
        if (tx.begin() && OutboxStore(m_db).requeueSending(m_clock.now()))
            (void)tx.commit();
        kick();
    }
    return held.value();
}

bool Dispatcher::isDelivering() const
{
    return m_running && m_lease->held();
}

QString Dispatcher::otherDeliverer() const
{
    return m_lease->holder();
}

void Dispatcher::stop()
{
    m_running = false;
    m_wake.stop();
    m_leaseTimer.stop();
    for (Lane& lane : m_lanes) {
        if (QNetworkReply* reply = std::exchange(lane.reply, nullptr)) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    }
    m_lanes.clear();
    if (Status s = m_ledger->flush(); !s)
        qWarning("Outbox: %s", qPrintable(s.error()));
    m_lease->release();
}

void Dispatcher::kick()
{
    for (Lane& lane : m_lanes)
        lane.stale = true;
    if (m_running)
        QTimer::singleShot(0, this, &Dispatcher::pump);
}

Status Dispatcher::flush()
{
    return m_ledger->flush();
}

int Dispatcher::inFlight() const
{
    int n = 0;
    for (const Lane& lane : m_lanes)
        n += lane.reply ? 1 : 0;
    return n;
}

QDateTime Dispatcher::nextRetryAt() const
{
    return m_wakeAt;
}

void Dispatcher::pump()
{
    if (!m_running || m_pumping || !m_db.isOpen())
        return;
    if (!m_lease->held()) {
        checkQuiet(); // another process delivers; nothing is in flight here
        return;
    }
    m_pumping = true;
    refreshLanes();
    for (auto it = m_lanes.begin(); it != m_lanes.end(); ++it)
        advance(it.value());
    m_pumping = false;
    checkQuiet();
}

void Dispatcher::refreshLanes()
{
    const auto channels = ChannelStore(m_db).list(ChannelStore::Secret::Include);
    if (!channels) {
        qWarning("Outbox: %s", qPrintable(channels.error()));
        return;
    }
    QSet<qint64> live;
    for (const Channel& c : channels.value()) {
        if (!c.enabled)
            continue;
        live.insert(c.id);
        Lane& lane = m_lanes[c.id];
        lane.channel = c;
        lane.key.clear();
        if (!c.secret.isEmpty())
            if (const auto key = WebhookSignature::decodeSecret(c.secret))
                lane.key = key.value();
    }
    for (auto it = m_lanes.begin(); it != m_lanes.end();) {
        if (!live.contains(it.key()) && !it->reply)
            it = m_lanes.erase(it);
        else
            ++it;
    }
}

void Dispatcher::advance(Lane& lane)
{
    if (!m_running || lane.reply || !lane.channel.enabled)
        return;
    if (lane.stale) {
        // Start over from the oldest owed message; states recorded so far must be in the table first.
        if (Status s = m_ledger->flush(); !s) {
            qWarning("Outbox: %s", qPrintable(s.error()));
            return;
        }
        lane.buffer.clear();
        lane.cursor = 0;
        lane.stale = false;
    }
    if (lane.buffer.isEmpty()) {
        const auto next = OutboxStore(m_db).pending(lane.channel.id, lane.cursor, kBatch);
        if (!next) {
            qWarning("Outbox: %s", qPrintable(next.error()));
            return;
        }
        lane.buffer = next.value();
        if (lane.buffer.isEmpty())
            return;
    }
    const OutboxMessage& head = lane.buffer.constFirst();
    if (!Channels::isAllowedUrl(lane.channel.url)) {
        // The channel services refuse such URLs; this guards against a database edited by other means.
        settle(lane, lane.buffer.takeFirst(),
               DeliveryOutcome{DeliveryOutcome::Kind::Permanent, 0,
                               Bilingual::text("Dispatcher",
                                               QT_TRANSLATE_NOOP("Dispatcher",
                                                                 "Not sent: webhook addresses must use HTTPS "
                                                                 "(HTTP only on this computer).")),
                               std::nullopt});
        QTimer::singleShot(0, this, &Dispatcher::pump);
        return;
    }
    if (head.state == OutboxState::Retrying && head.nextAttemptAt.isValid() &&
        head.nextAttemptAt > m_clock.now()) {
        scheduleWake(head.nextAttemptAt);
        return;
    }
    send(lane);
}

void Dispatcher::send(Lane& lane)
{
    OutboxMessage& m = lane.buffer.first();
    QNetworkRequest request(lane.channel.url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, m.contentType);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("IncidentCommander/1 (webhook)"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    // Standard Webhooks headers: the id is stable (receivers de-duplicate on it); the timestamp and the
    // signature are made now, for this attempt.
    const qint64 timestamp = m_clock.now().toSecsSinceEpoch();
    request.setRawHeader("webhook-id", m.eventId.toLatin1());
    request.setRawHeader("webhook-timestamp", QByteArray::number(timestamp));
    if (!lane.key.isEmpty())
        request.setRawHeader("webhook-signature",
                             WebhookSignature::sign(lane.key, m.eventId, timestamp, m.body).toLatin1());
    m.attempts += 1;
    m.state = OutboxState::Sending;
    record(m, m.errorWording());
    const qint64 channelId = lane.channel.id;
    lane.reply = network().post(request, m.body);
    connect(lane.reply, &QNetworkReply::finished, this,
            [this, channelId, reply = lane.reply] { onReply(channelId, reply); });
}

void Dispatcher::onReply(qint64 channelId, QNetworkReply* reply)
{
    reply->deleteLater();
    auto it = m_lanes.find(channelId);
    if (it == m_lanes.end() || it->reply != reply || it->buffer.isEmpty())
        return;
    Lane& lane = it.value();
    lane.reply = nullptr;
    DeliveryOutcome::Reply r;
    r.error = reply->error();
    r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.reasonPhrase = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    r.errorString = reply->errorString();
    r.retryAfter = reply->rawHeader("Retry-After");
    // A relative Location is resolved against the webhook URL, so that its host can be named
    // (the raw header: Qt's parsed LocationHeader drops relative ones).
    const QUrl location = QUrl::fromEncoded(reply->rawHeader("Location"));
    r.location = location.isEmpty() ? QString() : reply->url().resolved(location).toString();
    // A transfer timeout aborts the reply: it ends as "operation canceled" without a status.
    r.timedOut = r.httpStatus == 0 &&
                 (r.error == QNetworkReply::OperationCanceledError || r.error == QNetworkReply::TimeoutError);
    settle(lane, lane.buffer.takeFirst(), DeliveryOutcome::classify(r, m_clock.now()));
    if (m_lanes.contains(channelId))
        advance(m_lanes[channelId]);
    checkQuiet();
}

void Dispatcher::settle(Lane& lane, OutboxMessage m, const DeliveryOutcome& outcome)
{
    m.lastStatus = outcome.httpStatus;
    switch (outcome.kind) {
    case DeliveryOutcome::Kind::Delivered:
        m.state = OutboxState::Delivered;
        m.nextAttemptAt = {};
        lane.cursor = m.id;
        record(m, {});
        return;
    case DeliveryOutcome::Kind::Retry:
        if (m.attempts >= m_options.maxAttempts) {
            m.state = OutboxState::Failed;
            lane.cursor = m.id;
            record(m,
                   Bilingual::text("Dispatcher",
                                   QT_TRANSLATE_N_NOOP("Dispatcher", "Gave up after %n attempt(s). Last: %1"),
                                   {outcome.reason}, m.attempts));
            return;
        }
        {
            qint64 wait = outcome.retryAfterMs
                              ? qMin<qint64>(*outcome.retryAfterMs, m_options.maxRetryAfterMs)
                              : RetryPolicy::backoffMs(m.attempts, m_options, m_random);
            m.state = OutboxState::Retrying;
            m.nextAttemptAt = m_clock.now().addMSecs(wait);
            record(m, outcome.reason);
            lane.buffer.prepend(m); // the lane waits: later messages must not overtake this one
        }
        return;
    case DeliveryOutcome::Kind::Permanent:
        m.state = OutboxState::Failed;
        m.nextAttemptAt = {};
        lane.cursor = m.id;
        record(m, outcome.reason);
        return;
    case DeliveryOutcome::Kind::Gone:
        m.state = OutboxState::Failed;
        m.nextAttemptAt = {};
        record(m, outcome.reason);
        disableChannel(lane, outcome.reason);
        return;
    }
}

void Dispatcher::disableChannel(Lane& lane, const LocalizedText& reason)
{
    const qint64 id = lane.channel.id;
    lane.channel.enabled = false;
    lane.buffer.clear();
    if (Status s = m_ledger->flush(); !s)
        qWarning("Outbox: %s", qPrintable(s.error()));
    const LocalizedText rest = Bilingual::text(
        "Dispatcher", QT_TRANSLATE_NOOP("Dispatcher", "Not sent: the channel was disabled (%1)"), {reason});
    Transaction tx(m_db);
    Status s = tx.begin();
    if (s)
        s = ChannelStore(m_db).disable(id, reason, m_clock.now());
    if (s)
        s = OutboxStore(m_db).failPending(id, rest, m_clock.now());
    if (s)
        s = tx.commit();
    if (!s)
        qWarning("Outbox: %s", qPrintable(s.error()));
    emit channelDisabled(id, reason.current());
}

void Dispatcher::record(const OutboxMessage& m, const LocalizedText& error)
{
    OutboxStateChange c;
    c.id = m.id;
    c.state = m.state;
    c.attempts = m.attempts;
    c.nextAttemptAt = m.nextAttemptAt;
    c.lastStatus = m.lastStatus;
    c.lastError = error;
    c.at = m_clock.now();
    m_ledger->record(c);
    emit messageChanged(m.id, m.state);
}

void Dispatcher::scheduleWake(const QDateTime& at)
{
    if (m_wake.isActive() && m_wakeAt.isValid() && m_wakeAt <= at)
        return;
    m_wakeAt = at;
    m_wake.start(int(qBound<qint64>(0, m_clock.now().msecsTo(at), 24LL * 3600 * 1000)));
}

void Dispatcher::checkQuiet()
{
    if (m_running && !m_pumping && inFlight() == 0)
        emit quiet();
}
