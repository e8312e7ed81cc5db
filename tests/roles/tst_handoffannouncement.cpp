#include "core.h"
#include "rolefixture.h"
#include "services/channelservice.h"
#include "services/handoffannouncement.h"
#include "services/outboxservice.h"
#include "services/roleservice.h"
#include "services/timelineservice.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

// A handoff announced to channels: handoff, timeline and outbox rows commit together, or not at all.
class TestHandoffAnnouncement final : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestSupport::TempCore> t;
    RoleFixture::Seeded seeded;

    qint64 channel(const QString& name, bool enabled = true)
    {
        ChannelDraft c;
        c.name = name;
        c.kind = ChannelKind::Slack;
        c.url = QStringLiteral("http://127.0.0.1:9/hook");
        c.enabled = enabled;
        const auto added = t->core().channels().add(c);
        return added ? added->id : 0;
    }
    HandoffAnnouncement::Request request(QList<qint64> channels, MessageLanguage language)
    {
        Briefing b;
        b.situation = QStringLiteral("Error rate 4 %, rollback of release 42 running.");
        b.objectives = QStringLiteral("Stop the errors; then find the cause.");
        return {seeded.incident.id, Roles::commander, seeded.people.at(3).id, b, QStringLiteral("sato"),
                std::move(channels), language};
    }

private slots:
    void init()
    {
        t = std::make_unique<TestSupport::TempCore>();
        QVERIFY(t->ok());
        seeded = RoleFixture::seed(t->core());
        QVERIFY(seeded.incident.id);
    }
    void cleanup() { t.reset(); }

    void handoffAndNoticeCommitTogether_data()
    {
        QTest::addColumn<MessageLanguage>("language");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("en") << MessageLanguage::English
                            << QStringList{QStringLiteral("handed Incident Commander over to"),
                                           QStringLiteral("Situation:\nError rate 4 %"),
                                           QStringLiteral("Objectives:")};
        QTest::newRow("ja") << MessageLanguage::Japanese
                            << QStringList{QStringLiteral("インシデントコマンダーを引き継ぎました"),
                                           QStringLiteral("状況:\nError rate 4 %"), QStringLiteral("目標:")};
    }
    void handoffAndNoticeCommitTogether()
    {
        QFETCH(MessageLanguage, language);
        QFETCH(QStringList, expected);
        const qint64 room = channel(QStringLiteral("#incident-room"));
        QSignalSpy recorded(&t->core().roles(), &RoleService::handoffRecorded);
        QSignalSpy queued(&t->core().outbox(), &OutboxService::outboxChanged);
        const auto h = t->core().handoffAnnouncement().handOff(request({room}, language));
        QVERIFY2(h.ok(), qPrintable(h.error()));
        QCOMPARE(recorded.count(), 1);
        QVERIFY(queued.count() >= 1);
        const auto messages = t->core().outbox().list(seeded.incident.id);
        QCOMPARE(messages->size(), 1);
        const OutboxMessage& m = messages->constFirst();
        QCOMPARE(m.channelId, room);
        // The notice names the outgoing and the incoming IC, and the new IC is the one to reach now.
        const QString bob = seeded.people.at(3).name;
        const QString sato = seeded.people.at(0).name;
        QVERIFY2(m.summary.contains(bob) && m.summary.contains(sato), qPrintable(m.summary));
        for (const QString& e : expected)
            QVERIFY2(m.summary.contains(e), qPrintable(e + QStringLiteral(" missing in:\n") + m.summary));
        QVERIFY2(!m.summary.contains(QStringLiteral("{{")), qPrintable(m.summary));
        // The timeline holds the handoff and the communication.
        const auto entries = t->core().timeline().page(seeded.incident.id, true, {}, 2);
        QCOMPARE(entries->size(), 2);
        QCOMPARE(entries->at(0).kind, EntryKind::Communication);
        QCOMPARE(entries->at(1).kind, EntryKind::RoleChange);
    }

    void aNoticeThatCannotBeQueuedLeavesCommandWhereItWas()
    {
        const qint64 off = channel(QStringLiteral("#disabled"), false);
        QVERIFY(off);
        QSignalSpy recorded(&t->core().roles(), &RoleService::handoffRecorded);
        QSignalSpy entries(&t->core().timeline(), &TimelineService::entryAdded);
        const auto before = t->core().timeline().page(seeded.incident.id, true, {}, 1000)->size();
        const auto h = t->core().handoffAnnouncement().handOff(request({off}, MessageLanguage::English));
        QVERIFY(!h.ok());
        QVERIFY2(h.error().contains(QStringLiteral("not recorded")), qPrintable(h.error()));
        QCOMPARE(recorded.count(), 0);
        QCOMPARE(entries.count(), 0);
        QCOMPARE(t->core().roles().holder(seeded.incident.id, Roles::commander).value()->personId,
                 seeded.people.at(0).id);
        QVERIFY(t->core().roles().handoffs(seeded.incident.id)->isEmpty());
        QVERIFY(t->core().outbox().list(seeded.incident.id)->isEmpty());
        QCOMPARE(t->core().timeline().page(seeded.incident.id, true, {}, 1000)->size(), before);
    }

    void withoutChannelsItIsAPlainHandoff()
    {
        const auto h = t->core().handoffAnnouncement().handOff(request({}, MessageLanguage::English));
        QVERIFY2(h.ok(), qPrintable(h.error()));
        QCOMPARE(t->core().roles().holder(seeded.incident.id, Roles::commander).value()->personId,
                 seeded.people.at(3).id);
        QVERIFY(t->core().outbox().list(seeded.incident.id)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHandoffAnnouncement)
#include "tst_handoffannouncement.moc"
