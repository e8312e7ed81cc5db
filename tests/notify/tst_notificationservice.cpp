#include "services/cadenceservice.h"
#include "services/channelservice.h"
#include "services/commanderdirectory.h"
#include "services/incidentservice.h"
#include "services/notificationservice.h"
#include "services/outboxservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "services/timelineservice.h"
#include "testsupport.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

namespace {
qint64 addChannel(Core& core, const QString& name, bool drills = false)
{
    ChannelDraft d;
    d.name = name;
    d.kind = ChannelKind::Slack;
    d.url = QStringLiteral("http://127.0.0.1:9/") + name;
    d.useInDrills = drills;
    const auto c = core.channels().add(d);
    return c ? c->id : 0;
}

SendRequest request(qint64 incidentId, QList<qint64> channels, const QString& text)
{
    SendRequest r;
    r.incidentId = incidentId;
    r.audience = Audience::Customers;
    r.language = MessageLanguage::English;
    r.title = QStringLiteral("Update on {{incident.title}}");
    r.text = text;
    r.channelIds = std::move(channels);
    r.author = QStringLiteral("tester");
    return r;
}

// An action entry the {{changes}} and {{actions}} placeholders list.
bool addRollback(TestSupport::TempCore& t, qint64 incidentId)
{
    EntryDraft e;
    e.kind = EntryKind::Action;
    e.text = QStringLiteral("Rolled back release 42");
    e.author = QStringLiteral("tester");
    return t.core().timeline().add(incidentId, e).ok();
}

struct FixedCommander final : CommanderDirectory
{
    CommanderContact currentCommander(qint64) const override
    {
        return {QStringLiteral("佐藤 花子"), QStringLiteral("+81-3-0000-0000")};
    }
    std::optional<HandoffNotice> latestHandoff(qint64) const override { return std::nullopt; }
};
} // namespace

class TestNotificationService final : public QObject
{
    Q_OBJECT
private slots:
    void bundledTemplatesInBothLanguages()
    {
        TestSupport::TempCore t;
        const auto all = t.core().notifications().templates();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 10);
        for (const QString& key : {QStringLiteral("can_report"), QStringLiteral("executive_summary"),
                                   QStringLiteral("customer_update"), QStringLiteral("resolution_notice"),
                                   QStringLiteral("handoff_notice")})
            for (const QString& lang : {QStringLiteral("ja"), QStringLiteral("en")})
                QVERIFY2(t.core().notifications().findTemplate(key, lang).ok(), qPrintable(key + lang));
    }

    void composeFillsEveryPlaceholder()
    {
        TestSupport::TempCore t;
        const Incident i = t.declare(QStringLiteral("Checkout failures"), Severity::Sev1);
        QVERIFY(addRollback(t, i.id));
        for (const QString& key : {QStringLiteral("can_report"), QStringLiteral("executive_summary"),
                                   QStringLiteral("customer_update"), QStringLiteral("resolution_notice"),
                                   QStringLiteral("handoff_notice")}) {
            for (MessageLanguage lang : MessageLanguages::all()) {
                const auto m = t.core().notifications().compose({i.id, Audience::Responders, lang, key});
                QVERIFY2(m.ok(), qPrintable(m.error()));
                QVERIFY2(!m->text.contains(QStringLiteral("{{")), qPrintable(m->text));
                QVERIFY(!m->title.contains(QStringLiteral("{{")));
            }
        }
        const auto can = t.core().notifications().compose(
            {i.id, Audience::Responders, MessageLanguage::English, QStringLiteral("can_report")});
        QVERIFY(can->text.contains(QStringLiteral("Rolled back release 42")));
        QVERIFY(can->text.contains(QStringLiteral("Incident Commander: tester")));
        QVERIFY(can->text.contains(QStringLiteral("09:30 UTC"))); // SEV1 responders: every 30 minutes
        const auto both = t.core().notifications().compose(
            {i.id, Audience::Customers, MessageLanguage::Both, QStringLiteral("customer_update")});
        QVERIFY(both->text.contains(QStringLiteral("障害が発生")));
        QVERIFY(both->text.contains(QStringLiteral("We are aware")));
        QVERIFY(both->text.indexOf(QStringLiteral("障害")) <
                both->text.indexOf(QStringLiteral("We are aware")));
        QVERIFY(both->text.contains(QStringLiteral("18:20 (JST)"))); // customers: every 20 minutes
    }

    void commanderComesFromTheDirectoryWhenSet()
    {
        TestSupport::TempCore t;
        const Incident i = t.declare(QStringLiteral("DB latency"));
        FixedCommander directory;
        t.core().notifications().setCommanderDirectory(&directory);
        const auto m = t.core().notifications().compose(
            {i.id, Audience::Responders, MessageLanguage::Japanese, QStringLiteral("can_report")});
        QVERIFY(m->text.contains(QStringLiteral("佐藤 花子 (+81-3-0000-0000)")));
        t.core().notifications().setCommanderDirectory(nullptr);
    }

    void commanderNameFromTheRoleBoardDoesNotRepeatTheHandle()
    {
        TestSupport::TempCore t;
        const Incident i = t.declare(QStringLiteral("DB latency"));
        Person ken;
        ken.name = QStringLiteral("Ken Ito");
        ken.handle = QStringLiteral("ken");
        const auto added = t.core().people().add(ken);
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QVERIFY(t.core().roles().assign(i.id, Roles::commander, added->id, QStringLiteral("tester")).ok());
        for (const QString& key : {QStringLiteral("can_report"), QStringLiteral("executive_summary")}) {
            const auto m =
                t.core().notifications().compose({i.id, Audience::Responders, MessageLanguage::English, key});
            QVERIFY2(m.ok(), qPrintable(m.error()));
            QVERIFY2(m->text.contains(QStringLiteral("Incident Commander: Ken Ito (@ken).")),
                     qPrintable(m->text));
            QVERIFY2(!m->text.contains(QStringLiteral("(@ken) (@ken)")), qPrintable(m->text));
        }
    }

    void changeTimesUseTheZoneOfTheMessage()
    {
        TestSupport::TempCore t;
        const Incident i = t.declare(QStringLiteral("Checkout failures"), Severity::Sev1);
        QVERIFY(addRollback(t, i.id));
        const auto ja = t.core().notifications().compose(
            {i.id, Audience::Responders, MessageLanguage::Japanese, QStringLiteral("can_report")});
        QVERIFY2(ja->text.contains(QStringLiteral("- 18:00 (JST) Rolled back release 42")),
                 qPrintable(ja->text));
        const auto en = t.core().notifications().compose(
            {i.id, Audience::Responders, MessageLanguage::English, QStringLiteral("can_report")});
        QVERIFY2(en->text.contains(QStringLiteral("- 09:00 UTC Rolled back release 42")),
                 qPrintable(en->text));
    }

    void unknownPlaceholderIsRefusedBeforeAnythingIsWritten()
    {
        TestSupport::TempCore t;
        const Incident i = t.declare(QStringLiteral("API errors"));
        const qint64 ch = addChannel(t.core(), QStringLiteral("status"));
        const int before = t.core().timeline().count(i.id).value();
        const auto sent =
            t.core().notifications().send(request(i.id, {ch}, QStringLiteral("Now {{incident.titel}}")));
        QVERIFY(!sent.ok());
        QVERIFY(sent.error().contains(QStringLiteral("{{incident.titel}}")));
        QCOMPARE(t.core().timeline().count(i.id).value(), before);
        QCOMPARE(t.core().outbox().list()->size(), 0);
    }

    void sendWritesEntryUpdateAndOutboxTogether()
    {
        TestSupport::TempCore t;
        const Incident i = t.declare(QStringLiteral("API errors"), Severity::Sev1);
        const qint64 a = addChannel(t.core(), QStringLiteral("status"));
        const qint64 b = addChannel(t.core(), QStringLiteral("exec"));
        QSignalSpy entries(&t.core().timeline(), &TimelineService::entryAdded);
        QSignalSpy outbox(&t.core().outbox(), &OutboxService::outboxChanged);
        const auto sent =
            t.core().notifications().send(request(i.id, {a, b}, QStringLiteral("Status: {{status}}")));
        QVERIFY2(sent.ok(), qPrintable(sent.error()));
        QCOMPARE(sent->messageIds.size(), 2);
        QCOMPARE(entries.count(), 1);
        QCOMPARE(outbox.count(), 1);
        const auto entry = t.core().timeline().get(sent->timelineEntryId);
        QCOMPARE(entry->kind, EntryKind::Communication);
        QVERIFY(entry->isPublic);
        QVERIFY(entry->text.contains(QStringLiteral("Status: Investigating")));
        const auto messages = t.core().outbox().list(i.id);
        QCOMPARE(messages->size(), 2);
        QCOMPARE(messages->at(0).state, OutboxState::Queued);
        QVERIFY(messages->at(0).eventId.startsWith(QStringLiteral("msg_")));
        QVERIFY(messages->at(0).eventId != messages->at(1).eventId);
        QCOMPARE(t.core().outbox().undeliveredCount().value(), 2);

        // The customer cadence restarts from this update.
        const auto due = t.core().cadence().dueTimes(i.id);
        const auto customers = std::find_if(due->cbegin(), due->cend(), [](const CadenceService::Due& d) {
            return d.audience == Audience::Customers;
        });
        QCOMPARE(customers->intervalMinutes, 20);
        QCOMPARE(customers->dueAt, t.clock().now().addSecs(20 * 60));
    }

    void drillsAreSuppressedUnlessTheChannelIsForDrills()
    {
        TestSupport::TempCore t;
        const Incident drill = t.declare(QStringLiteral("Wheel of misfortune"), Severity::Sev2, true);
        const qint64 real = addChannel(t.core(), QStringLiteral("customers"));
        const qint64 practice = addChannel(t.core(), QStringLiteral("drill-room"), true);
        const auto sent = t.core().notifications().send(
            request(drill.id, {real, practice}, QStringLiteral("We are on it")));
        QVERIFY2(sent.ok(), qPrintable(sent.error()));
        QCOMPARE(sent->suppressed, 1);
        const auto sink = t.core().outbox().suppressed(drill.id);
        QCOMPARE(sink->size(), 1);
        QCOMPARE(sink->first().channelId, real);
        QVERIFY(sink->first().summary.contains(QStringLiteral("We are on it")));
        QVERIFY(sink->first().body.contains("We are on it"));
        QCOMPARE(t.core().outbox().undeliveredCount().value(), 1);
        const auto preview =
            t.core().notifications().preview(request(drill.id, {real, practice}, QStringLiteral("x")));
        QVERIFY(preview->at(0).suppressed);
        QVERIFY(!preview->at(1).suppressed);
    }

    void retryAndCancel()
    {
        TestSupport::TempCore t;
        const Incident i = t.declare(QStringLiteral("API errors"));
        const qint64 ch = addChannel(t.core(), QStringLiteral("status"));
        const auto sent = t.core().notifications().send(request(i.id, {ch}, QStringLiteral("x")));
        const qint64 id = sent->messageIds.first();
        QVERIFY(t.core().outbox().cancel(id).ok());
        QCOMPARE(t.core().outbox().get(id)->state, OutboxState::Cancelled);
        QVERIFY(!t.core().outbox().cancel(id).ok());
        QVERIFY(t.core().outbox().retry(id).ok());
        QCOMPARE(t.core().outbox().get(id)->state, OutboxState::Queued);

        // Removing the channel fails what it still owed, with the reason.
        QVERIFY(t.core().channels().remove(ch).ok());
        QCOMPARE(t.core().outbox().get(id)->state, OutboxState::Failed);
        QVERIFY(t.core().outbox().get(id)->lastError.contains(QStringLiteral("removed")));
        QCOMPARE(t.core().outbox().undeliveredCount().value(), 0);
    }

    void teamTemplatesOverrideAndAreChecked()
    {
        TestSupport::TempCore t;
        NotificationTemplate own;
        own.key = QStringLiteral("customer_update");
        own.language = QStringLiteral("en");
        own.audience = Audience::Customers;
        own.title = QStringLiteral("{{incident.title}}");
        own.body = QStringLiteral("Our own words: {{status}}");
        QVERIFY(t.core().notifications().saveTemplate(own).ok());
        QCOMPARE(t.core().notifications().findTemplate(own.key, own.language)->body, own.body);
        QCOMPARE(t.core().notifications().templates()->size(), 10);
        own.body = QStringLiteral("{{nope}}");
        const Status bad = t.core().notifications().saveTemplate(own);
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(QStringLiteral("{{nope}}")));
        own.key = QStringLiteral("postmortem_invite");
        own.body = QStringLiteral("Postmortem for {{incident.code}}");
        QVERIFY(t.core().notifications().saveTemplate(own).ok());
        QCOMPARE(t.core().notifications().templates()->size(), 11);
        // A new template without a title, or too long to ever be sent, gets a sentence, not a database error.
        NotificationTemplate untitled = own;
        untitled.key = QStringLiteral("untitled");
        untitled.title.clear();
        const Status noTitle = t.core().notifications().saveTemplate(untitled);
        QVERIFY(!noTitle.ok());
        QVERIFY2(noTitle.error().contains(QStringLiteral("title")), qPrintable(noTitle.error()));
        untitled.title = QStringLiteral("Huge");
        untitled.body = QString(30000, QLatin1Char('x'));
        QVERIFY(!t.core().notifications().saveTemplate(untitled).ok());
        QCOMPARE(t.core().notifications().templates()->size(), 11);
    }

    void cadenceDefaultsAndOverdueReminder()
    {
        TestSupport::TempCore t;
        QCOMPARE(t.core().cadence().intervalMinutes(Audience::Customers, Severity::Sev1).value(), 20);
        QCOMPARE(t.core().cadence().intervalMinutes(Audience::Executives, Severity::Sev1).value(), 30);
        const Incident i = t.declare(QStringLiteral("Outage"), Severity::Sev1);
        QSignalSpy overdue(&t.core().cadence(), &CadenceService::updateOverdue);
        t.core().cadence().checkOverdue();
        QCOMPARE(overdue.count(), 0);
        t.clock().advance(21 * 60 * 1000);
        t.core().cadence().checkOverdue();
        QCOMPARE(overdue.count(), 1);
        QCOMPARE(overdue.first().at(0).toLongLong(), i.id);
        QCOMPARE(overdue.first().at(1).value<Audience>(), Audience::Customers);
        t.core().cadence().checkOverdue(); // reminded once per due time
        QCOMPARE(overdue.count(), 1);
        QVERIFY(t.core().cadence().setIntervalMinutes(Audience::Customers, Severity::Sev1, 45).ok());
        QCOMPARE(t.core().cadence().intervalMinutes(Audience::Customers, Severity::Sev1).value(), 45);
        QVERIFY(!t.core().cadence().setIntervalMinutes(Audience::Customers, Severity::Sev1, -1).ok());
    }

    // checkOverdue() reads the cadence table and the last updates once for all incidents; it must remind of
    // exactly what dueTimes() computes incident by incident.
    void overdueCheckAgreesWithDueTimesAcrossIncidents()
    {
        TestSupport::TempCore t;
        const Incident sev1 = t.declare(QStringLiteral("Checkout down"), Severity::Sev1);
        const Incident sev2 = t.declare(QStringLiteral("Search slow"), Severity::Sev2);
        const Incident done = t.declare(QStringLiteral("Already fixed"), Severity::Sev1);
        QVERIFY(t.core().incidents().setStatus(done.id, IncidentStatus::Resolved, QStringLiteral("tester")).ok());
        QVERIFY(t.core().cadence().setIntervalMinutes(Audience::Responders, Severity::Sev2, 25).ok());
        const qint64 ch = addChannel(t.core(), QStringLiteral("status"));
        t.clock().advance(15 * 60 * 1000);
        QVERIFY(t.core().notifications().send(request(sev1.id, {ch}, QStringLiteral("On it"))).ok());
        t.clock().advance(31 * 60 * 1000); // 46 minutes in; customers of sev1 last heard 31 minutes ago

        QSignalSpy overdue(&t.core().cadence(), &CadenceService::updateOverdue);
        t.core().cadence().checkOverdue();
        QSet<QString> reminded;
        for (const auto& args : overdue)
            reminded << QStringLiteral("%1/%2").arg(args.at(0).toLongLong()).arg(int(args.at(1).value<Audience>()));
        QSet<QString> expected;
        for (const Incident& i : {sev1, sev2, done}) {
            const auto due = t.core().cadence().dueTimes(i.id);
            QVERIFY(due.ok());
            for (const auto& d : due.value())
                if (d.overdue)
                    expected << QStringLiteral("%1/%2").arg(i.id).arg(int(d.audience));
        }
        QCOMPARE(reminded, expected);
        // What that is, worked out by hand from the defaults and the 25 minutes set above:
        QVERIFY(expected.contains(QStringLiteral("%1/%2").arg(sev1.id).arg(int(Audience::Customers))));  // 20 < 31
        QVERIFY(expected.contains(QStringLiteral("%1/%2").arg(sev1.id).arg(int(Audience::Executives)))); // 30 < 46
        QVERIFY(expected.contains(QStringLiteral("%1/%2").arg(sev2.id).arg(int(Audience::Responders)))); // 25 < 46
        for (const QString& key : expected)
            QVERIFY2(!key.startsWith(QString::number(done.id) + QLatin1Char('/')), "a resolved incident is not due");
    }
};

QTEST_GUILESS_MAIN(TestNotificationService)
#include "tst_notificationservice.moc"
