// Notification delivery benchmark: drains 10,000 queued outbox messages to a local receiver through the
// Dispatcher (ordered lane, signing, write-behind state) and compares with a bare QNetworkAccessManager loop
// posting the same bodies one after another to the same receiver, in the same run. Also reports the VmRSS
// growth of the drain. Targets: throughput >= 80% of the bare loop; growth <= 20 MB.
#include "core.h"
#include "domain/clock.h"
#include "notify/dispatcher.h"
#include "notify/messageformatter.h"
#include "services/channelservice.h"
#include "services/outboxservice.h"
#include "storage/database.h"
#include "storage/outboxstore.h"
#include "storage/transaction.h"
#include "webhookreceiver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>

namespace {
constexpr int kMessages = 10000;

qint64 vmRssKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

// The bare loop: the next POST leaves when the previous reply is in, like one ordered lane.
double bareLoopMs(const QUrl& url, const QList<QByteArray>& bodies)
{
    QNetworkAccessManager nam;
    QEventLoop loop;
    int next = 0;
    std::function<void()> post = [&] {
        if (next == bodies.size()) {
            loop.quit();
            return;
        }
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/cloudevents+json"));
        QNetworkReply* reply = nam.post(request, bodies.at(next++));
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
            reply->deleteLater();
            post();
        });
    };
    QElapsedTimer t;
    t.start();
    post();
    loop.exec();
    return double(t.nsecsElapsed()) / 1e6;
}

struct Drain
{
    double ms = 0;
    qint64 rssGrowthKb = 0;
    int delivered = 0;
};

Drain dispatcherDrain(Core& core)
{
    Drain d;
    Dispatcher& dispatcher = core.dispatcher();
    QEventLoop loop;
    QObject::connect(&dispatcher, &Dispatcher::messageChanged, &loop, [&](qint64, OutboxState state) {
        if (state == OutboxState::Delivered && ++d.delivered == kMessages)
            loop.quit();
    });
    const qint64 before = vmRssKb(); // the bodies for the baseline are already resident
    QElapsedTimer t;
    t.start();
    if (!dispatcher.start())
        return d;
    loop.exec();
    (void)dispatcher.flush(); // the drain is done when its states are on disk
    d.ms = double(t.nsecsElapsed()) / 1e6;
    d.rssGrowthKb = vmRssKb() - before;
    dispatcher.stop();
    return d;
}

QList<QByteArray> queue(Core& core, qint64 channelId)
{
    // 10,000 updates in one transaction, as realistic CloudEvents bodies (~1 KB each).
    Transaction tx(core.database());
    if (!tx.begin())
        return {};
    for (int n = 0; n < kMessages; ++n) {
        NotificationContent c;
        c.title = QStringLiteral("INC-2026-0042 SEV1 update %1").arg(n);
        c.text = QStringLiteral("Checkout errors at 30%; rollback of release 2026.11.29-3 in progress. ")
                     .repeated(8);
        c.language = QStringLiteral("en");
        c.incidentCode = QStringLiteral("INC-2026-0042");
        c.incidentTitle = QStringLiteral("Checkout failures");
        c.time = QDateTime::currentDateTimeUtc();
        if (!core.outbox().enqueueInTransaction(Incident{}, c, {channelId}, 0, QStringLiteral("test")))
            return {};
    }
    if (!tx.commit())
        return {};
    QList<QByteArray> bodies;
    const auto pending = OutboxStore(core.database()).pending(channelId, 0, kMessages);
    for (const OutboxMessage& m : pending.value())
        bodies << m.body;
    return bodies;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QThread receiverThread;
    receiverThread.start();
    auto* receiver = new WebhookReceiver;
    receiver->setRecording(false);
    receiver->moveToThread(&receiverThread);
    QMetaObject::invokeMethod(
        receiver, [receiver] { receiver->listen(); }, Qt::BlockingQueuedConnection);

    Core core;
    if (!core.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        std::printf("cannot open database\n");
        return 1;
    }
    // One channel per round; only the round's channel is enabled, so each drain is a fresh 10,000.
    constexpr int kRounds = 3;
    QList<qint64> channels;
    QList<QList<QByteArray>> bodies;
    for (int r = 0; r < kRounds; ++r) {
        ChannelDraft d;
        d.name = QStringLiteral("bench-%1").arg(r);
        d.kind = ChannelKind::Generic;
        d.url = receiver->url(QStringLiteral("/round-%1").arg(r)).toString();
        d.secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        const auto c = core.channels().add(d);
        if (!c)
            return 1;
        channels << c->id;
        bodies << queue(core, c->id);
        d.enabled = false;
        (void)core.channels().update(c->id, d);
    }
    std::printf("messages per round: %d, body size: %lld bytes, rounds: %d\n", kMessages,
                qint64(bodies.first().value(0).size()), kRounds);

    QList<double> bareRates, ourRates, ratios;
    qint64 growthKb = 0;
    const qint64 rssStart = vmRssKb();
    for (int r = 0; r < kRounds; ++r) {
        // Baseline and drain alternate, so that load on the machine weighs on both alike.
        const double bare = bareLoopMs(receiver->url(QStringLiteral("/round-%1").arg(r)), bodies.at(r));
        ChannelDraft d;
        d.name = QStringLiteral("bench-%1").arg(r);
        d.kind = ChannelKind::Generic;
        d.url = receiver->url(QStringLiteral("/round-%1").arg(r)).toString();
        (void)core.channels().update(channels.at(r), d);
        const Drain ours = dispatcherDrain(core);
        growthKb = qMax(growthKb, ours.rssGrowthKb);
        const double bareRate = kMessages / (bare / 1000.0);
        const double ourRate = ours.delivered / (ours.ms / 1000.0);
        bareRates << bareRate;
        ourRates << ourRate;
        ratios << ourRate / bareRate;
        std::printf(
            "round %d: bare loop %.0f ms (%.0f msg/s), dispatcher %.0f ms (%.0f msg/s, %d delivered), "
            "ratio %.2f\n",
            r + 1, bare, bareRate, ours.ms, ourRate, ours.delivered, ourRate / bareRate);
    }
    std::printf("median bare QNetworkAccessManager loop: %.0f msg/s\n", median(bareRates));
    std::printf("median dispatcher drain:                %.0f msg/s\n", median(ourRates));
    std::printf("median throughput ratio (ours / bare):  %.2f   (target >= 0.80)\n", median(ratios));
    std::printf(
        "largest VmRSS growth during a drain:    %.1f MB (target <= 20 MB); over all rounds %.1f MB\n",
        double(growthKb) / 1024.0, double(vmRssKb() - rssStart) / 1024.0);
    std::printf("undelivered after the rounds:           %d\n", core.outbox().undeliveredCount().value());

    QMetaObject::invokeMethod(
        receiver, [receiver] { delete receiver; }, Qt::BlockingQueuedConnection);
    receiverThread.quit();
    receiverThread.wait();
    return 0;
}
