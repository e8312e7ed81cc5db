#include "drill/drillclock.h"
#include "drill/drillscheduler.h"
#include "drilltesthelpers.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"
#include "storage/database.h"
#include "storage/drillstore.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QtTest>

// The drill service's game-master operations, its scenario clock and its persistence across a restart.
class TestDrillService final : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 minute = 60000;

    static const DrillInjectState* find(const DrillRun& run, const QString& id)
    {
        for (const DrillInjectState& s : run.injects)
            if (s.injectId == id)
                return &s;
        return nullptr;
    }

private slots:
    void clockMapsAcrossSpeedChanges()
    {
        DrillClock c;
        c.start(1000, 2);
        QCOMPARE(c.scenarioAt(1000 + 60000), 120000);
        c.setSpeed(61000, 0); // paused at T+2m
        QCOMPARE(c.scenarioAt(500000), 120000);
        QCOMPARE(c.wallAt(180000), -1);
        c.jumpTo(600000, 300000);
        QCOMPARE(c.scenarioAt(600000), 300000);
        c.setSpeed(700000, 5);
        QCOMPARE(c.scenarioAt(760000), 600000);
        QCOMPARE(c.wallAt(600000), 760000);
        // An earlier wall time still maps to the scenario time of its own segment.
        QCOMPARE(c.scenarioAt(31000), 60000);
        QCOMPARE(c.scenarioAt(0), 0);
    }

    void startCreatesADrillIncidentAndFiresWhatIsDue()
    {
        TestSupport::TempCore tc;
        QSignalSpy started(&tc.core().drills(), &DrillService::runStarted);
        const DrillRun run = DrillTest::start(tc.core(), QStringLiteral("bad-deploy-rollback"), 1,
                                              {{QStringLiteral("Aiko"), QStringLiteral("commander")},
                                               {QStringLiteral("Ken"), QStringLiteral("operations")}},
                                              QStringLiteral("ja"));
        QVERIFY(run.id);
        QCOMPARE(started.count(), 1);
        const auto incident = tc.core().incidents().get(run.incidentId);
        QVERIFY(incident->isDrill);
        QCOMPARE(incident->title, QStringLiteral("ロールバックが必要な不具合のあるデプロイ"));
        QCOMPARE(incident->severity, Severity::Sev2);
        QCOMPARE(find(run, QStringLiteral("deploy-done"))->state, DrillInjectState::State::Fired);
        QCOMPARE(find(run, QStringLiteral("cw-5xx"))->state, DrillInjectState::State::Pending);
        const auto entry = tc.core().timeline().get(find(run, QStringLiteral("deploy-done"))->entryId);
        QCOMPARE(entry->kind, EntryKind::Inject);
        QVERIFY(entry->text.startsWith(QStringLiteral("リリーストレイン")));
        QCOMPARE(run.participants.size(), 2);
    }

    void gameMasterFiresDelaysSkipsAndAdds()
    {
        TestSupport::TempCore tc;
        DrillService& drills = tc.core().drills();
        const DrillRun run = DrillTest::start(tc.core(), QStringLiteral("bad-deploy-rollback"), 1);
        QVERIFY(drills.fireNow(run.id, QStringLiteral("nagios-health"), QStringLiteral("gm")).ok());
        QVERIFY(drills.delay(run.id, QStringLiteral("cw-5xx"), 10 * minute).ok());
        QVERIFY(drills.skip(run.id, QStringLiteral("mobile-team")).ok());
        const auto added = drills.addInject(run.id, InjectKind::Message, QStringLiteral("executive"),
                                            QStringLiteral("CEO: <b>status?</b>"));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        QCOMPARE(added.value(), QStringLiteral("gm-1"));
        const auto later =
            drills.addInject(run.id, InjectKind::Note, QString(), QStringLiteral("Hint"), 3 * minute);
        QCOMPARE(later.value(), QStringLiteral("gm-2"));

        // Nothing twice: a fired or skipped inject cannot change again.
        QVERIFY(!drills.skip(run.id, QStringLiteral("nagios-health")).ok());
        QVERIFY(!drills.fireNow(run.id, QStringLiteral("mobile-team"), QString()).ok());
        QVERIFY(!drills.delay(run.id, QStringLiteral("no-such-inject"), minute).ok());

        tc.clock().advance(3 * minute);
        QCOMPARE(drills.advance(run.id).value(), 2); // err-18 (T+2m) and gm-2 (T+3m)
        tc.clock().advance(8 * minute);
        const auto at11 = drills.get(run.id);
        QCOMPARE(find(at11.value(), QStringLiteral("cw-5xx"))->dueMs, 11 * minute);
        QCOMPARE(find(at11.value(), QStringLiteral("cw-5xx"))->state, DrillInjectState::State::Pending);
        QCOMPARE(drills.advance(run.id).value(), 2); // support-deploy (T+8m) and cw-5xx (delayed to T+11m)
        const auto now = drills.get(run.id);
        QCOMPARE(find(now.value(), QStringLiteral("mobile-team"))->state, DrillInjectState::State::Skipped);
        QCOMPARE(find(now.value(), QStringLiteral("gm-1"))->state, DrillInjectState::State::Fired);
        QCOMPARE(find(now.value(), QStringLiteral("gm-2"))->state, DrillInjectState::State::Fired);
        const auto gm = tc.core().timeline().get(find(now.value(), QStringLiteral("gm-1"))->entryId);
        QCOMPARE(gm->author, QStringLiteral("Executive")); // a message sender is written as its label
        QCOMPARE(gm->text, QStringLiteral("CEO: <b>status?</b>"));
    }

    void stepByStepMovesToTheNextInject()
    {
        TestSupport::TempCore tc;
        DrillService& drills = tc.core().drills();
        const DrillRun run = DrillTest::start(tc.core(), QStringLiteral("db-cpu-morning-peak"), 0);
        tc.clock().advance(30 * minute); // the clock is stopped: nothing more happens
        QCOMPARE(drills.advance(run.id).value(), 0);
        QCOMPARE(drills.step(run.id).value(), 1);
        auto now = drills.get(run.id);
        QCOMPARE(drills.scenarioNow(now.value()), minute);
        QCOMPARE(find(now.value(), QStringLiteral("cpu-100"))->state, DrillInjectState::State::Fired);
        QCOMPARE(drills.nextWakeMs(now.value()), -1);
        QVERIFY(drills.setSpeed(run.id, 2).ok());
        now = drills.get(run.id);
        QCOMPARE(drills.nextWakeMs(now.value()), tc.clock().nowMs() + 30000); // T+2m at 2×
        QVERIFY(!drills.setSpeed(run.id, -1).ok());
    }

    void aFailedStartLeavesNoDrillIncident()
    {
        TestSupport::TempCore tc;
        const auto loaded = ScenarioLibrary::load(QStringLiteral("bad-deploy-rollback"));
        QVERIFY(loaded.ok());
        DrillSetup setup;
        setup.scenario = loaded->scenario;
        setup.scenarioJson = loaded->json;
        setup.speed = 1;
        setup.language = QStringLiteral("en");
        setup.gameMaster = QStringLiteral("gm");
        // The parser refuses a repeated inject id; here it gets past it, so storing the run's injects fails
        // on the primary key, after the drill incident was declared in the same transaction.
        setup.scenario.injects << setup.scenario.injects.constFirst();
        QSignalSpy created(&tc.core().incidents(), &IncidentService::incidentCreated);
        QSignalSpy started(&tc.core().drills(), &DrillService::runStarted);
        QSignalSpy added(&tc.core().timeline(), &TimelineService::entryAdded);

        const auto run = tc.core().drills().start(setup);
        QVERIFY(!run.ok());
        QVERIFY(tc.core().incidents().list(true)->isEmpty());
        QVERIFY(tc.core().drills().list()->isEmpty());
        QCOMPARE(created.count(), 0); // the declaration was never announced: it never happened
        QCOMPARE(started.count(), 0);
        QCOMPARE(added.count(), 0);

        // The same setup without the repeated inject starts normally, and the code is the first one of the
        // year.
        setup.scenario.injects.removeLast();
        const auto ok = tc.core().drills().start(setup);
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        QCOMPARE(created.count(), 1);
        QCOMPARE(started.count(), 1);
        QVERIFY(tc.core().incidents().get(ok->incidentId)->code.endsWith(QStringLiteral("-0001")));
    }

    void schedulerPlaysWhatFellDue()
    {
        TestSupport::TempCore tc;
        const DrillRun fast = DrillTest::start(tc.core(), QStringLiteral("db-cpu-morning-peak"), 5);
        const DrillRun stepped = DrillTest::start(tc.core(), QStringLiteral("bad-deploy-rollback"), 0);
        DrillScheduler scheduler(tc.core().drills());
        QCOMPARE(scheduler.tick(), 0);
        tc.clock().advance(60000);     // T+5m at 5×; the stepped drill does not move
        QCOMPARE(scheduler.tick(), 3); // cpu-100, nagios-http, support-first
        QCOMPARE(scheduler.tick(), 0);
        QVERIFY(tc.core().drills().finish(fast.id).ok());
        tc.clock().advance(600000);
        QCOMPARE(scheduler.tick(), 0); // finished and stepping drills are left alone
        QVERIFY(tc.core().drills().get(stepped.id)->isRunning());
    }

    void anInjectIsNeverHandledTwice()
    {
        TestSupport::TempCore tc;
        const DrillRun run = DrillTest::start(tc.core(), QStringLiteral("bad-deploy-rollback"), 1);
        // As if a second process had read the same upcoming inject: only the first change lands.
        DrillStore store(tc.core().database());
        DrillInjectState s = *find(run, QStringLiteral("cw-5xx"));
        s.state = DrillInjectState::State::Skipped;
        QVERIFY(store.updateInject(run.id, s).ok());
        const Status again = store.updateInject(run.id, s);
        QVERIFY(!again.ok());
        QVERIFY(again.error().contains(QStringLiteral("handled elsewhere")));
        tc.clock().advance(2 * 60000);
        QCOMPARE(tc.core().drills().advance(run.id).value(), 1); // err-18 only; cw-5xx stays skipped
    }

    void aFinishedDrillKeepsItsScores()
    {
        TestSupport::TempCore tc;
        const DrillRun run = DrillTest::start(tc.core(), QStringLiteral("bad-deploy-rollback"), 1);
        QVERIFY(tc.core().drills().finish(run.id).ok());
        const QByteArray frozen = tc.core().drills().get(run.id)->scoresJson;
        // As if a second process had seen the drill running and finished it later, with other scores.
        DrillStore store(tc.core().database());
        const Status again = store.finish(run.id, tc.clock().now().addSecs(600), "{\"total\": 0}");
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QStringLiteral("already ended")), qPrintable(again.error()));
        QCOMPARE(tc.core().drills().get(run.id)->scoresJson, frozen);
    }

    void aDrillSurvivesARestart()
    {
        TestSupport::TempCore tc;
        qint64 runId = 0;
        {
            const DrillRun run = DrillTest::start(tc.core(), QStringLiteral("db-cpu-morning-peak"), 2,
                                                  {{QStringLiteral("Aiko"), QStringLiteral("commander")}});
            runId = run.id;
            tc.clock().advance(3 * minute); // T+6m at 2×
            QCOMPARE(tc.core().drills().advance(runId).value(), 4);
            QVERIFY(tc.core().drills().setSpeed(runId, 5).ok());
        }
        QVERIFY(tc.reopen());
        {
            // A fresh core on the same file, as a new process would have.
            ManualClock later(tc.clock().now().addSecs(60)); // T+6m + 5 min = T+11m
            Core fresh(&later);
            QVERIFY(fresh.open(tc.dbPath()).ok());
            auto run = fresh.drills().get(runId);
            QVERIFY2(run.ok(), qPrintable(run.error()));
            QVERIFY(run->isRunning());
            QCOMPARE(run->clock.segments().size(), 2);
            QCOMPARE(fresh.drills().scenarioNow(run.value()), 11 * minute);
            QCOMPARE(fresh.drills().advance(runId).value(), 1); // cto-declare at T+10m (nobody declared)
            QVERIFY(fresh.drills().finish(runId).ok());
            QVERIFY(!fresh.drills().finish(runId).ok());
            QVERIFY(fresh.drills()
                        .saveNotes(runId, QStringLiteral("Alerts were read out."),
                                   QStringLiteral("Declare sooner."))
                        .ok());
        }
        QVERIFY(tc.reopen());
        const auto run = tc.core().drills().get(runId);
        QVERIFY(!run->isRunning());
        QCOMPARE(run->wentWell, QStringLiteral("Alerts were read out."));
        QCOMPARE(run->toImprove, QStringLiteral("Declare sooner."));
        const auto card = tc.core().drills().scores(runId);
        QCOMPARE(card->total, 0.0);
        const auto history = tc.core().drills().history(QStringLiteral("Aiko"));
        QCOMPARE(history->size(), 1);
        QCOMPARE(history->at(0).role, QStringLiteral("commander"));
        QVERIFY(history->at(0).finished);
        QVERIFY(history->at(0).incidentCode.startsWith(QStringLiteral("DRILL-")));
        QVERIFY(tc.core().drills().history(QStringLiteral("Nobody"))->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDrillService)
#include "tst_drillservice.moc"
