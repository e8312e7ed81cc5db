#include "core.h"
#include "localizer.h"
#include "notify/dispatcher.h"
#include "notify/webhooksignature.h"
#include "services/channelservice.h"
#include "services/notificationservice.h"
#include "services/outboxservice.h"
#include "storage/channelstore.h"
#include "storage/database.h"
#include "storage/outboxstore.h"
#include "testsupport.h"
#include "webhookreceiver.h"

#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTest>

using Response = WebhookReceiver::Response;

namespace {
const QString kSecret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

// The dispatcher under test runs on real time (retries must come due), the core on its manual clock.
struct Fixture
{
    TestSupport::TempCore t;
    SystemClock clock;
    WebhookReceiver receiver;
    Dispatcher dispatcher{t.core().database(), clock};
    Incident incident = t.declare(QStringLiteral("Checkout failures"), Severity::Sev1);

    Fixture()
    {
        receiver.listen();
        DeliveryOptions o;
        o.timeoutMs = 1000;
        o.backoffBaseMs = 20;
        o.backoffMaxMs = 100;
        o.maxAttempts = 10;
        dispatcher.setOptions(o);
    }

    qint64 channel(const QString& path, ChannelKind kind = ChannelKind::Generic)
    {
        ChannelDraft d;
        d.name = path;
        d.kind = kind;
        d.url = receiver.url(QStringLiteral("/") + path).toString();
        d.secret = kSecret;
        const auto c = t.core().channels().add(d);
        return c ? c->id : 0;
    }

    // Queues `n` updates to the channel; returns their event ids in order.
    QList<QByteArray> queue(qint64 channelId, int n)
    {
        QList<QByteArray> ids;
        for (int k = 0; k < n; ++k) {
            SendRequest r;
            r.incidentId = incident.id;
            r.audience = Audience::Responders;
            r.title = QStringLiteral("Update %1").arg(k);
            r.text = QStringLiteral("Body %1 {{status}}").arg(k);
            r.channelIds = {channelId};
            r.author = QStringLiteral("tester");
            const auto sent = t.core().notifications().send(r);
            if (!sent)
                qWarning("%s", qPrintable(sent.error()));
            ids << t.core().outbox().get(sent->messageIds.first())->eventId.toLatin1();
        }
        return ids;
    }

    bool start()
    {
        const Status s = dispatcher.start();
        // start() reads the stored options; the test's fast ones win.
        DeliveryOptions o = dispatcher.options();
        o.timeoutMs = 1000;
        o.backoffBaseMs = 20;
        o.backoffMaxMs = 100;
        dispatcher.setOptions(o);
        return s.ok();
    }

    OutboxMessage message(const QByteArray& eventId)
    {
        (void)dispatcher.flush();
        const auto all = t.core().outbox().list();
        for (const OutboxMessage& m : all.value())
            if (m.eventId.toLatin1() == eventId)
                return m;
        return {};
    }
};

bool signatureValid(const WebhookReceiver::Request& r)
{
    const QByteArray key = QByteArray::fromBase64(kSecret.mid(6).toLatin1());
    const QByteArray signed_ = r.header("webhook-id") + '.' + r.header("webhook-timestamp") + '.' + r.body;
    const QByteArray expected =
        "v1," + QMessageAuthenticationCode::hash(signed_, key, QCryptographicHash::Sha256).toBase64();
    return r.header("webhook-signature") == expected;
}
} // namespace

class TestDispatcher final : public QObject
{
    Q_OBJECT
private slots:
    void aCancelFromAnotherProcessIsNotUndoneByRetries()
    {
        Fixture f;
        // As Core wires its own dispatcher: a write by another process makes the lanes read the table again.
        QObject::connect(&f.t.core().database(), &Database::externalChange, &f.dispatcher, &Dispatcher::kick);
        f.t.core().database().watchExternalChanges(20);
        const qint64 ch = f.channel(QStringLiteral("down"));
        const QList<QByteArray> ids = f.queue(ch, 2);
        const qint64 first = f.message(ids.first()).id;
        f.receiver.setResponder([down = ids.first()](const WebhookReceiver::Request& r, int) {
            return Response{r.header("webhook-id") == down ? 503 : 200};
        });
        QVERIFY(f.start());
        QTRY_VERIFY_WITH_TIMEOUT(f.receiver.count() >= 2, 10000); // retrying
        Core other;
        QVERIFY(other.open(f.t.dbPath()).ok());
        // The write-behind may still show "sending" for a moment; a cancel is accepted once it shows "retrying".
        bool cancelled = false;
        QTRY_VERIFY_WITH_TIMEOUT(cancelled || (cancelled = other.outbox().cancel(first).ok()), 10000);
        // The lane drops the cancelled message and goes on with the next one.
        QTRY_COMPARE_WITH_TIMEOUT(f.receiver.deliveredIds(), QList<QByteArray>{ids.at(1)}, 10000);
        QCOMPARE(f.message(ids.first()).state, OutboxState::Cancelled);
        int attempts = 0;
        for (const auto& r : f.receiver.requests())
            attempts += r.header("webhook-id") == ids.first() ? 1 : 0;
        QVERIFY2(attempts < f.dispatcher.options().maxAttempts, "the cancelled message was retried to the end");
    }

    void deliversEveryMessageOnceInOrderAfterFaults()
    {
        Fixture f;
        const qint64 ch = f.channel(QStringLiteral("events"));
        const QList<QByteArray> ids = f.queue(ch, 6);
        f.receiver.script({Response{500}, Response{503, "1"}, Response{429}, Response{200, {}, {}, true},
                           Response{200, {}, {}, false, 3000}, Response{408}});
        QVERIFY(f.start());
        QTRY_COMPARE_WITH_TIMEOUT(f.receiver.deliveredIds().size(), 6, 20000);
        QCOMPARE(f.receiver.deliveredIds(), ids);

        const auto& requests = f.receiver.requests();
        QVERIFY(requests.size() >= 6 + 6);
        for (const auto& r : requests) {
            QVERIFY2(signatureValid(r), r.header("webhook-signature").constData());
            QCOMPARE(r.header("content-type"), QByteArray("application/cloudevents+json; charset=utf-8"));
            QCOMPARE(r.path, QByteArray("/events"));
        }
        // The first message took every fault: same id and body, but a new timestamp after Retry-After.
        for (int k = 0; k < 6; ++k) {
            QCOMPARE(requests.at(k).header("webhook-id"), ids.first());
            QCOMPARE(requests.at(k).body, requests.at(0).body);
        }
        QVERIFY2(requests.at(2).atMs - requests.at(1).atMs >= 950, "Retry-After: 1 was not honoured");
        QVERIFY(requests.at(2).header("webhook-timestamp").toLongLong() >
                requests.at(1).header("webhook-timestamp").toLongLong());
        QVERIFY(requests.at(2).header("webhook-signature") != requests.at(1).header("webhook-signature"));

        const OutboxMessage first = f.message(ids.first());
        QCOMPARE(first.state, OutboxState::Delivered);
        // Six faults and the success; QNetworkAccessManager itself re-sends once when a kept-alive connection
        // drops before the answer, so the dropped attempt may reach the server twice.
        QVERIFY2(first.attempts >= 6, qPrintable(QString::number(first.attempts)));
        // The receiver has answered; the dispatcher may still be reading the last reply.
        QTRY_COMPARE(f.message(ids.last()).state, OutboxState::Delivered);
        QCOMPARE(f.message(ids.last()).attempts, 1);
        QCOMPARE(f.t.core().outbox().undeliveredCount().value(), 0);
    }

    void retryAfterAsHttpDate()
    {
        Fixture f;
        const qint64 ch = f.channel(QStringLiteral("events"));
        f.queue(ch, 1);
        const QByteArray date = QLocale::c()
                                    .toString(QDateTime::currentDateTimeUtc().addSecs(2),
                                              QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                    .toLatin1();
        f.receiver.script({Response{503, date}});
        QVERIFY(f.start());
        QTRY_COMPARE_WITH_TIMEOUT(f.receiver.deliveredIds().size(), 1, 10000);
        const auto& requests = f.receiver.requests();
        QCOMPARE(requests.size(), 2);
        QVERIFY(requests.at(1).atMs - requests.at(0).atMs >= 900);
    }

    // The window that delivered runs in Japanese; why the messages failed and why the channel was switched
    // off read in the reader's language all the same.
    void goneDisablesTheChannel()
    {
        Localizer localizer;
        QVERIFY(localizer.setLanguage(QStringLiteral("ja")));
        Fixture f;
        const qint64 ch = f.channel(QStringLiteral("events"));
        const QList<QByteArray> ids = f.queue(ch, 3);
        QSignalSpy disabled(&f.dispatcher, &Dispatcher::channelDisabled);
        f.receiver.script({Response{410}});
        QVERIFY(f.start());
        QVERIFY(disabled.wait(5000));
        QCOMPARE(disabled.first().at(0).toLongLong(), ch);
        const auto channel = f.t.core().channels().get(ch);
        QVERIFY(!channel->enabled);
        QVERIFY(channel->disabledReason.contains(QStringLiteral("410")));
        QCOMPARE(f.message(ids.at(0)).state, OutboxState::Failed);
        QCOMPARE(f.message(ids.at(2)).state, OutboxState::Failed);
        QVERIFY2(f.message(ids.at(0)).lastError.contains(QStringLiteral("Webhook は削除")),
                 qPrintable(f.message(ids.at(0)).lastError));
        QVERIFY(localizer.setLanguage(QStringLiteral("en")));
        QVERIFY(f.message(ids.at(0)).lastError.startsWith(QStringLiteral("The server answered 410 Gone")));
        QVERIFY2(f.message(ids.at(2)).lastError.startsWith(
                     QStringLiteral("Not sent: the channel was disabled (The")),
                 qPrintable(f.message(ids.at(2)).lastError));
        QVERIFY(f.t.core().channels().get(ch)->disabledReason.startsWith(
            QStringLiteral("The server answered 410")));
        QCOMPARE(f.receiver.count(), 1);
        QVERIFY(!f.t.core().outbox().retry(f.message(ids.at(1)).id).ok()); // not while the channel is off
    }

    void redirectsFailForGoodAndTheQueueMovesOn()
    {
        Fixture f;
        const qint64 ch = f.channel(QStringLiteral("events"), ChannelKind::Slack);
        const QList<QByteArray> ids = f.queue(ch, 2);
        // The target carries a token, as Slack's and Mattermost's hook addresses do: it must not leak.
        f.receiver.script({Response{307,
                                    {},
                                    f.receiver.url(QStringLiteral("/hooks/T0SECRET/xoxb-tok3n?token=s3cr3t"))
                                        .toString()
                                        .toLatin1()}});
        QVERIFY(f.start());
        QTRY_COMPARE_WITH_TIMEOUT(f.receiver.deliveredIds().size(), 1, 5000);
        QCOMPARE(f.receiver.deliveredIds().first(), ids.at(1));
        for (const auto& r : f.receiver.requests())
            QCOMPARE(r.path, QByteArray("/events"));
        const OutboxMessage failed = f.message(ids.at(0));
        QCOMPARE(failed.state, OutboxState::Failed);
        QCOMPARE(failed.lastStatus, 307);
        QVERIFY2(failed.lastError.contains(QStringLiteral("127.0.0.1")), qPrintable(failed.lastError));
        for (const QString& secret :
             {QStringLiteral("T0SECRET"), QStringLiteral("xoxb-tok3n"), QStringLiteral("s3cr3t")})
            QVERIFY2(!failed.lastError.contains(secret), qPrintable(failed.lastError));
    }

    void relativeRedirectsAreMaskedToo()
    {
        Fixture f;
        const qint64 ch = f.channel(QStringLiteral("events"));
        const QList<QByteArray> ids = f.queue(ch, 1);
        f.receiver.script({Response{302, {}, QByteArray("/hooks/xoxb-tok3n?token=s3cr3t")}});
        QVERIFY(f.start());
        QTRY_COMPARE(f.message(ids.at(0)).state, OutboxState::Failed);
        const QString error = f.message(ids.at(0)).lastError;
        QVERIFY2(error.contains(QStringLiteral("302")) && error.contains(QStringLiteral("127.0.0.1")),
                 qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("xoxb-tok3n")) && !error.contains(QStringLiteral("s3cr3t")),
                 qPrintable(error));
    }

    void otherClientErrorsFailWithAReason()
    {
        Fixture f;
        const qint64 ch = f.channel(QStringLiteral("events"));
        const QList<QByteArray> ids = f.queue(ch, 1);
        f.receiver.script({Response{404}});
        QVERIFY(f.start());
        QTRY_COMPARE(f.message(ids.at(0)).state, OutboxState::Failed);
        QVERIFY(f.message(ids.at(0)).lastError.contains(QStringLiteral("404")));
        QCOMPARE(f.receiver.count(), 1);
    }

    void plainHttpToAnotherHostIsNeverSent()
    {
        Fixture f;
        const qint64 ch = f.channel(QStringLiteral("events"));
        const QList<QByteArray> ids = f.queue(ch, 1);
        // Only a database edited behind the services' back can hold such a URL.
        ChannelDraft d;
        d.name = QStringLiteral("events");
        d.kind = ChannelKind::Generic;
        d.url = QStringLiteral("http://hooks.example.com/x");
        QVERIFY(ChannelStore(f.t.core().database()).update(ch, d, f.clock.now()).ok());
        QVERIFY(f.start());
        QTRY_COMPARE(f.message(ids.at(0)).state, OutboxState::Failed);
        QVERIFY(f.message(ids.at(0)).lastError.contains(QStringLiteral("HTTPS")));
        QCOMPARE(f.message(ids.at(0)).attempts, 0);
    }

    void givesUpAfterMaxAttempts()
    {
        Fixture f;
        const qint64 ch = f.channel(QStringLiteral("events"));
        const QList<QByteArray> ids = f.queue(ch, 1);
        f.receiver.setResponder([](const WebhookReceiver::Request&, int) { return Response{500}; });
        QVERIFY(f.start());
        DeliveryOptions o = f.dispatcher.options();
        o.maxAttempts = 3;
        f.dispatcher.setOptions(o);
        QTRY_COMPARE_WITH_TIMEOUT(f.message(ids.at(0)).state, OutboxState::Failed, 5000);
        QCOMPARE(f.message(ids.at(0)).attempts, 3);
        QCOMPARE(f.receiver.count(), 3);
    }

    void lanesRunInParallelButKeepTheirOwnOrder()
    {
        Fixture f;
        const qint64 a = f.channel(QStringLiteral("a"));
        const qint64 b = f.channel(QStringLiteral("b"));
        const QList<QByteArray> idsA = f.queue(a, 4);
        const QList<QByteArray> idsB = f.queue(b, 4);
        f.receiver.setResponder([](const WebhookReceiver::Request& r, int) {
            static bool once = false;
            if (r.path == "/a" && !once) {
                once = true;
                return Response{503, "1"};
            }
            return Response{};
        });
        QVERIFY(f.start());
        QTRY_COMPARE_WITH_TIMEOUT(f.receiver.deliveredIds().size(), 8, 10000);
        QList<QByteArray> gotA, gotB;
        for (const auto& r : f.receiver.requests())
            if (r.answeredStatus == 200)
                (r.path == "/a" ? gotA : gotB) << r.header("webhook-id");
        QCOMPARE(gotA, idsA);
        QCOMPARE(gotB, idsB);
        // b did not wait for a's retry.
        QCOMPARE(f.receiver.deliveredIds().mid(0, 4), idsB);
    }

    void restartRequeuesInterruptedSends()
    {
        Fixture f;
        const qint64 ch = f.channel(QStringLiteral("events"));
        const QList<QByteArray> ids = f.queue(ch, 3);
        // A crash left the first message 'sending'.
        OutboxStateChange c;
        c.id = f.message(ids.at(0)).id;
        c.state = OutboxState::Sending;
        c.attempts = 1;
        c.at = f.clock.now();
        QVERIFY(OutboxStore(f.t.core().database()).apply(c).ok());
        QVERIFY(f.start());
        QTRY_COMPARE_WITH_TIMEOUT(f.receiver.deliveredIds().size(), 3, 5000);
        QCOMPARE(f.receiver.deliveredIds(), ids);
        QCOMPARE(f.message(ids.at(0)).attempts, 2);
    }

    void oneProcessDeliversAtATime()
    {
        Fixture f;
        const qint64 ch = f.channel(QStringLiteral("events"));
        QVERIFY(f.start());
        QVERIFY(f.dispatcher.isDelivering());
        // A second connection to the same file (as icctl would be) waits for the lease instead of sending.
        Core other(&f.clock);
        QVERIFY(other.open(f.t.dbPath()).ok());
        QVERIFY(other.dispatcher().start().ok());
        QVERIFY(!other.dispatcher().isDelivering());
        QVERIFY(other.dispatcher().otherDeliverer().contains(
            QString::number(QCoreApplication::applicationPid())));
        const QList<QByteArray> ids = f.queue(ch, 2);
        f.dispatcher.kick();
        QTRY_COMPARE(f.receiver.deliveredIds(), ids);
        QCOMPARE(f.receiver.count(), 2);
        // Once released, the other one takes over.
        f.dispatcher.stop();
        other.dispatcher().stop();
        QVERIFY(other.dispatcher().start().ok());
        QVERIFY(other.dispatcher().isDelivering());
    }

    void queuedWhileRunningIsPickedUp()
    {
        Fixture f;
        const qint64 ch = f.channel(QStringLiteral("events"));
        QVERIFY(f.start());
        QObject::connect(&f.t.core().outbox(), &OutboxService::outboxChanged, &f.dispatcher,
                         &Dispatcher::kick);
        const QList<QByteArray> first = f.queue(ch, 2);
        QTRY_COMPARE(f.receiver.deliveredIds().size(), 2);
        const QList<QByteArray> second = f.queue(ch, 2);
        QTRY_COMPARE(f.receiver.deliveredIds().size(), 4);
        QCOMPARE(f.receiver.deliveredIds(), first + second);
    }
};

QTEST_GUILESS_MAIN(TestDispatcher)
#include "tst_dispatcher.moc"
