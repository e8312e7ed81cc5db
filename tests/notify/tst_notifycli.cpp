#include "services/cadenceservice.h"
#include "services/channelservice.h"
#include "services/notificationservice.h"
#include "services/outboxservice.h"
#include "storage/database.h"
#include "testsupport.h"
#include "webhookreceiver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using Response = WebhookReceiver::Response;

namespace {
// icctl as a child while this process keeps its event loop (and so the receiver) running.
class LiveIcctl final
{
public:
    explicit LiveIcctl(const QStringList& args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IC_USER"), QStringLiteral("tester"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(IC_ICCTL_PATH), args);
        m_process.waitForStarted();
    }
    QProcess& process() { return m_process; }
    TestSupport::Run finish(int timeoutMs = 60000)
    {
        if (m_process.state() != QProcess::NotRunning) {
            QSignalSpy done(&m_process, &QProcess::finished);
            done.wait(timeoutMs);
        }
        TestSupport::Run r;
        r.exitCode = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
        r.out = QString::fromUtf8(m_process.readAllStandardOutput());
        r.err = QString::fromUtf8(m_process.readAllStandardError());
        return r;
    }

private:
    QProcess m_process;
};

QStringList withDb(const TestSupport::TempCore& t, QStringList args)
{
    args << QStringLiteral("--db") << t.dbPath();
    if (!args.contains(QStringLiteral("--lang")))
        args << QStringLiteral("--lang") << QStringLiteral("en");
    return args;
}

TestSupport::Run live(const TestSupport::TempCore& t, const QStringList& args)
{
    LiveIcctl run(withDb(t, args));
    return run.finish();
}
} // namespace

class TestNotifyCli final : public QObject
{
    Q_OBJECT
private slots:
    void channelsNeverShowSecretsOrTokens()
    {
        TestSupport::TempCore t;
        const QString secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        auto r = TestSupport::icctl(withDb(
            t, {QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("events"),
                QStringLiteral("--kind"), QStringLiteral("generic"), QStringLiteral("--url"),
                QStringLiteral("https://hooks.example.com/T0KEN123"), QStringLiteral("--secret"), secret}));
        QCOMPARE(r.exitCode, 0);
        for (const QStringList& list :
             {QStringList{QStringLiteral("channel"), QStringLiteral("list")},
              QStringList{QStringLiteral("channel"), QStringLiteral("list"), QStringLiteral("--json")}}) {
            r = TestSupport::icctl(withDb(t, list));
            QCOMPARE(r.exitCode, 0);
            QVERIFY(r.out.contains(QStringLiteral("events")));
            QVERIFY(!r.out.contains(secret.mid(6)));
            QVERIFY(!r.out.contains(QStringLiteral("T0KEN123")));
        }
        r = TestSupport::icctl(
            withDb(t, {QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("x"),
                       QStringLiteral("--kind"), QStringLiteral("telegram"), QStringLiteral("--url"),
                       QStringLiteral("https://a.example/")}));
        QCOMPARE(r.exitCode, 2);
        r = TestSupport::icctl(
            withDb(t, {QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("x"),
                       QStringLiteral("--kind"), QStringLiteral("slack"), QStringLiteral("--url"),
                       QStringLiteral("http://a.example/")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("HTTPS")));
        r = TestSupport::icctl(
            withDb(t, {QStringLiteral("channel"), QStringLiteral("remove"), QStringLiteral("events")}));
        QCOMPARE(r.exitCode, 0);
        r = TestSupport::icctl(withDb(t, {QStringLiteral("channel"), QStringLiteral("list")}));
        QVERIFY(!r.out.contains(QStringLiteral("events")));
    }

    void notifyDeliversAndRecordsCommunication()
    {
        TestSupport::TempCore t;
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        const Incident i = t.declare(QStringLiteral("決済エラー"), Severity::Sev1);
        auto r = TestSupport::icctl(
            withDb(t, {QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("ops"),
                       QStringLiteral("--kind"), QStringLiteral("discord"), QStringLiteral("--url"),
                       receiver.url().toString()}));
        QCOMPARE(r.exitCode, 0);
        r = live(t, {QStringLiteral("notify"), i.code, QStringLiteral("--channel"), QStringLiteral("ops"),
                     QStringLiteral("--lang"), QStringLiteral("ja")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(receiver.deliveredIds().size(), 1);
        const QJsonObject body = QJsonDocument::fromJson(receiver.requests().first().body).object();
        QVERIFY(body.value(QStringLiteral("content")).toString().contains(QStringLiteral("決済エラー")));
        QVERIFY(body.value(QStringLiteral("embeds"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("description"))
                    .toString()
                    .contains(QStringLiteral("状況")));
        r = TestSupport::icctl(withDb(t, {QStringLiteral("log"), QStringLiteral("list"), i.code}));
        QVERIFY(r.out.contains(QStringLiteral("communication")));
        r = TestSupport::icctl(
            withDb(t, {QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--json")}));
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("state")).toString(),
                 QStringLiteral("delivered"));

        r = TestSupport::icctl(
            withDb(t, {QStringLiteral("notify"), i.code, QStringLiteral("--channel"), QStringLiteral("ops"),
                       QStringLiteral("--text"), QStringLiteral("{{nope}}")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("{{nope}}")));
    }

    void teamTemplatesFromTheCommandLine()
    {
        TestSupport::TempCore t;
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        const Incident i = t.declare(QStringLiteral("Login errors"));
        auto r = TestSupport::icctl(
            withDb(t, {QStringLiteral("message-template"), QStringLiteral("set"), QStringLiteral("war_room"),
                       QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--title"),
                       QStringLiteral("{{incident.code}} 対策本部"), QStringLiteral("--body"),
                       QStringLiteral("状況: {{status}} / IC: {{ic.name}}")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = TestSupport::icctl(
            withDb(t, {QStringLiteral("message-template"), QStringLiteral("set"), QStringLiteral("broken"),
                       QStringLiteral("--title"), QStringLiteral("Broken"), QStringLiteral("--body"),
                       QStringLiteral("{{incident.nmae}}")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("{{incident.nmae}}")));
        // A new template needs a title: a sentence, not "NOT NULL constraint failed".
        r = TestSupport::icctl(
            withDb(t, {QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("message-template"),
                       QStringLiteral("set"), QStringLiteral("untitled"), QStringLiteral("--body"), QStringLiteral("x")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("件名")) && !r.err.contains(QStringLiteral("NOT NULL")), qPrintable(r.err));
        r = TestSupport::icctl(withDb(t, {QStringLiteral("message-template"), QStringLiteral("list")}));
        QVERIFY(r.out.contains(QStringLiteral("war_room\tja")));
        QVERIFY(r.out.contains(QStringLiteral("can_report\ten")));
        TestSupport::icctl(withDb(t, {QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("ops"),
                                      QStringLiteral("--kind"), QStringLiteral("mattermost"),
                                      QStringLiteral("--url"), receiver.url().toString()}));
        r = live(t, {QStringLiteral("notify"), i.code, QStringLiteral("--channel"), QStringLiteral("ops"),
                     QStringLiteral("--template"), QStringLiteral("war_room"), QStringLiteral("--lang"),
                     QStringLiteral("ja")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(receiver.deliveredIds().size(), 1);
        const QString body = QString::fromUtf8(receiver.requests().first().body);
        QVERIFY2(body.contains(QStringLiteral("状況: 調査中 / IC: tester")), qPrintable(body));
        r = TestSupport::icctl(
            withDb(t, {QStringLiteral("message-template"), QStringLiteral("remove"), QStringLiteral("war_room"),
                       QStringLiteral("--lang"), QStringLiteral("ja")}));
        QCOMPARE(r.exitCode, 0);
        r = TestSupport::icctl(withDb(t, {QStringLiteral("message-template"), QStringLiteral("list")}));
        QVERIFY(!r.out.contains(QStringLiteral("war_room")));
    }

    void cadenceFromTheCommandLine()
    {
        TestSupport::TempCore t;
        auto r = TestSupport::icctl(
            withDb(t, {QStringLiteral("cadence"), QStringLiteral("set"), QStringLiteral("customers"),
                       QStringLiteral("SEV1"), QStringLiteral("15")}));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(t.core().cadence().intervalMinutes(Audience::Customers, Severity::Sev1).value(), 15);
        r = TestSupport::icctl(
            withDb(t, {QStringLiteral("cadence"), QStringLiteral("list"), QStringLiteral("--json")}));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 12);
        r = TestSupport::icctl(
            withDb(t, {QStringLiteral("cadence"), QStringLiteral("set"), QStringLiteral("customers"),
                       QStringLiteral("SEV1"), QStringLiteral("2000")}));
        QCOMPARE(r.exitCode, 1);
    }

    void drillUpdatesAreSuppressed()
    {
        TestSupport::TempCore t;
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        const Incident drill = t.declare(QStringLiteral("Game day"), Severity::Sev2, true);
        TestSupport::icctl(withDb(t, {QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("ops"),
                                      QStringLiteral("--kind"), QStringLiteral("slack"),
                                      QStringLiteral("--url"), receiver.url().toString()}));
        const auto r = live(
            t, {QStringLiteral("notify"), drill.code, QStringLiteral("--channel"), QStringLiteral("ops")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("kept in the outbox")));
        QCOMPARE(receiver.count(), 0);
        QCOMPARE(t.core().outbox().suppressed(drill.id)->size(), 1);
    }

    void flushWaitsForRetries()
    {
        TestSupport::TempCore t;
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.script({Response{503, "1"}});
        const Incident i = t.declare(QStringLiteral("API errors"));
        ChannelDraft d;
        d.name = QStringLiteral("ops");
        d.url = receiver.url().toString();
        const qint64 ch = t.core().channels().add(d)->id;
        SendRequest s;
        s.incidentId = i.id;
        s.text = QStringLiteral("hello");
        s.channelIds = {ch};
        QVERIFY(t.core().notifications().send(s).ok());

        auto r = live(t, {QStringLiteral("outbox"), QStringLiteral("flush")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("not delivered yet")));
        r = live(t, {QStringLiteral("outbox"), QStringLiteral("list")});
        QVERIFY2(r.out.contains(QStringLiteral("retrying at")), qPrintable(r.out));
        r = live(t, {QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--wait"),
                     QStringLiteral("10")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(receiver.deliveredIds().size(), 1);
    }

    void channelTestReportsTheOutcome()
    {
        TestSupport::TempCore t;
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        TestSupport::icctl(
            withDb(t, {QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("teams"),
                       QStringLiteral("--kind"), QStringLiteral("teams"), QStringLiteral("--url"),
                       receiver.url().toString()}));
        auto r = live(t, {QStringLiteral("channel"), QStringLiteral("test"), QStringLiteral("teams")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(receiver.deliveredIds().size(), 1);
        QVERIFY(receiver.requests().first().body.contains("AdaptiveCard"));
        receiver.script({Response{410}});
        r = live(t, {QStringLiteral("channel"), QStringLiteral("test"), QStringLiteral("teams")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("410")));
        r = live(t, {QStringLiteral("channel"), QStringLiteral("list")});
        QVERIFY(r.out.contains(QStringLiteral("disabled")));
    }

    void killedMidQueueThenRestartDeliversTheRest()
    {
        TestSupport::TempCore t;
        WebhookReceiver receiver;
        QVERIFY(receiver.listen());
        receiver.setResponder([](const WebhookReceiver::Request&, int) {
            return Response{200, {}, {}, false, 40};
        });
        const Incident i = t.declare(QStringLiteral("Queue test"));
        ChannelDraft d;
        d.name = QStringLiteral("ops");
        d.kind = ChannelKind::Generic;
        d.url = receiver.url().toString();
        d.secret = QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        const qint64 ch = t.core().channels().add(d)->id;
        QList<QByteArray> ids;
        for (int k = 0; k < 40; ++k) {
            SendRequest s;
            s.incidentId = i.id;
            s.text = QStringLiteral("message %1").arg(k);
            s.channelIds = {ch};
            const auto sent = t.core().notifications().send(s);
            QVERIFY(sent.ok());
            ids << t.core().outbox().get(sent->messageIds.first())->eventId.toLatin1();
        }

        {
            LiveIcctl flush(withDb(t, {QStringLiteral("outbox"), QStringLiteral("flush"),
                                       QStringLiteral("--wait"), QStringLiteral("60")}));
            QTRY_VERIFY_WITH_TIMEOUT(receiver.deliveredIds().size() >= 8, 20000);
            flush.process().kill(); // SIGKILL
            const auto r = flush.finish();
            QCOMPARE(r.exitCode, -1);
        }
        const int beforeRestart = int(receiver.deliveredIds().size());
        QVERIFY2(beforeRestart < ids.size(), "the child finished before it was killed");

        const auto r = live(t, {QStringLiteral("outbox"), QStringLiteral("flush"), QStringLiteral("--wait"),
                                QStringLiteral("30")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // At-least-once: every id arrived; in first-arrival order they are the queue's order.
        QList<QByteArray> firstSeen;
        QSet<QByteArray> seen;
        for (const QByteArray& id : receiver.deliveredIds())
            if (!seen.contains(id)) {
                seen.insert(id);
                firstSeen << id;
            }
        QCOMPARE(firstSeen, ids);
        // Only what was in flight or unrecorded at the kill can come twice.
        QVERIFY(receiver.deliveredIds().size() - ids.size() <= 30);
        QCOMPARE(t.core().outbox().undeliveredCount().value(), 0);
        QCOMPARE(t.core().database().integrityCheck().value(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestNotifyCli)
#include "tst_notifycli.moc"
