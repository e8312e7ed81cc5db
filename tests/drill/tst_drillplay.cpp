#include "drill/drillplayer.h"
#include "drill/drillscorer.h"
#include "drilltesthelpers.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"
#include "testsupport.h"

#include <QtTest>

// Plays bundled scenarios at speed with scripted trainee actions and checks the scores exactly.
class TestDrillPlay final : public QObject
{
    Q_OBJECT

private:
    static QList<DrillAction> script(const QByteArray& actions)
    {
        const auto parsed =
            DrillActions::parse("{\"format\": \"incident-commander/drill-script\", \"version\": 1, "
                                "\"actions\": " +
                                actions + "}");
        if (!parsed)
            qWarning("%s", qPrintable(parsed.error()));
        return parsed.ok() ? parsed.value() : QList<DrillAction>{};
    }

    static const QByteArray goodMorning;

private slots:
    void dbCpuWithAGoodTeam_data()
    {
        QTest::addColumn<double>("speed");
        QTest::newRow("1x") << 1.0;
        QTest::newRow("5x") << 5.0;
        QTest::newRow("60x") << 60.0;
    }

    void dbCpuWithAGoodTeam()
    {
        QFETCH(double, speed);
        TestSupport::TempCore tc;
        const DrillRun started = DrillTest::start(tc.core(), QStringLiteral("db-cpu-morning-peak"), speed);
        QVERIFY(started.id);
        const QList<DrillAction> actions = script(goodMorning);
        QCOMPARE(actions.size(), 9);

        DrillPlayer player(tc.core(), tc.clock());
        qint64 waited = 0;
        const auto run = player.play(started.id, actions, [&](qint64 ms) { waited += ms; });
        QVERIFY2(run.ok(), qPrintable(run.error()));
        QVERIFY(!run->isRunning());
        // The wall clock moved by the scenario's hour divided by the speed.
        QCOMPARE(waited, qint64(std::ceil(3600000.0 / speed)));

        // Branch points: declared by T+10m, so the CTO stays quiet; no update by T+20m, so support complains;
        // a change at T+30m, so CPU recovers and the replica-lag alarm never comes.
        QCOMPARE(
            DrillTest::statesOf(run.value()),
            (QStringList{QStringLiteral("mackerel-cpu=fired"), QStringLiteral("cpu-100=fired"),
                         QStringLiteral("nagios-http=fired"), QStringLiteral("support-first=fired"),
                         QStringLiteral("twitter-slow=fired"), QStringLiteral("cto-declare=not_triggered"),
                         QStringLiteral("slow-queries=fired"), QStringLiteral("dba-hint=fired"),
                         QStringLiteral("support-no-update=fired"), QStringLiteral("customer-angry=fired"),
                         QStringLiteral("cpu-recovers=fired"), QStringLiteral("replica-lag=not_triggered"),
                         QStringLiteral("exec-summary=fired"), QStringLiteral("peak-passing=fired")}));

        const auto card = tc.core().drills().scores(started.id);
        QVERIFY(card.ok());
        const DrillScore* declare = DrillTest::score(card.value(), QStringLiteral("declare"));
        QCOMPARE(declare->elapsedMs, 3 * 60000); // within 10m: all 25
        QCOMPARE(declare->points, 25.0);
        // Aiko took command at T+5m, Ken Operations at T+8m, and at T+12m Aiko held Communications and
        // Planning in her own name: covered at T+12m, within 15m, all 15.
        const DrillScore* roles = DrillTest::score(card.value(), QStringLiteral("roles"));
        QCOMPARE(roles->elapsedMs, 12 * 60000);
        QCOMPARE(roles->points, 15.0);
        const DrillScore* first = DrillTest::score(card.value(), QStringLiteral("first_update"));
        QCOMPARE(first->elapsedMs, 25 * 60000); // 10 minutes late against 15: 1 - 10/30 of 20 points
        QCOMPARE(first->fraction, 0.667);
        QCOMPARE(first->points, 13.3);
        const DrillScore* cadence = DrillTest::score(card.value(), QStringLiteral("cadence"));
        QCOMPARE(cadence->elapsedMs, 15 * 60000); // gaps 15, 15 and 5 minutes to the end
        QCOMPARE(cadence->points, 15.0);
        // The checklist is measured now, and nobody ticked anything: 0 of 27 items, 0 of 10 points.
        const DrillScore* checklist = DrillTest::score(card.value(), QStringLiteral("checklist"));
        QVERIFY(checklist->measured);
        QCOMPARE(checklist->elapsedMs, -1);
        QCOMPARE(checklist->points, 0.0);
        // The script's change went into the change log at T+30m: one of one expected, all 15.
        const DrillScore* changes = DrillTest::score(card.value(), QStringLiteral("changes"));
        QCOMPARE(changes->elapsedMs, 30 * 60000);
        QCOMPARE(changes->points, 15.0);
        QCOMPARE(card->measuredWeight, 100.0);
        QCOMPARE(card->total, 83.3); // 25 + 15 + 13.3 + 15 + 0 + 15
    }

    void dbCpuWithNobodyActing()
    {
        TestSupport::TempCore tc;
        const DrillRun started = DrillTest::start(tc.core(), QStringLiteral("db-cpu-morning-peak"), 5);
        DrillPlayer player(tc.core(), tc.clock());
        const auto run = player.play(started.id, {});
        QVERIFY2(run.ok(), qPrintable(run.error()));
        const QStringList states = DrillTest::statesOf(run.value());
        QVERIFY(states.contains(QStringLiteral("cto-declare=fired")));
        QVERIFY(states.contains(QStringLiteral("support-no-update=fired")));
        QVERIFY(states.contains(QStringLiteral("cpu-recovers=not_triggered")));
        QVERIFY(states.contains(QStringLiteral("replica-lag=fired")));
        const auto card = tc.core().drills().scores(started.id);
        QCOMPARE(card->total, 0.0);
        for (const DrillScore& s : card->scores)
            QVERIFY2(!s.achieved, qPrintable(s.key));
        // Injects are in the drill incident's timeline as kind "inject", and the incident is a drill.
        const auto incident = tc.core().incidents().get(run->incidentId);
        QVERIFY(incident->isDrill);
        QVERIFY(incident->code.startsWith(QStringLiteral("DRILL-")));
        QVERIFY(!incident->isDeclared());
        const auto entries = tc.core().timeline().page(run->incidentId, false, {}, 100);
        int injects = 0;
        for (const TimelineEntry& e : entries.value())
            injects += e.kind == EntryKind::Inject ? 1 : 0;
        QCOMPARE(injects, 13);
        // A drill never shows among real incidents.
        const auto real = tc.core().incidents().list(false);
        QVERIFY(real->isEmpty());
    }

    void shiftHandoffIsScored()
    {
        TestSupport::TempCore tc;
        const DrillRun started =
            DrillTest::start(tc.core(), QStringLiteral("long-incident-shift-handoff"), 60);
        const auto actions = script(R"([
            {"at": "T+10m", "do": "declare", "by": "aiko"},
            {"at": "T+12m", "do": "assign_role", "role": "commander", "person": "Aiko"},
            {"at": "T+14m", "do": "hold_roles", "roles": ["operations", "communications", "planning"]},
            {"at": "T+15m", "do": "update", "text": "Uploads are slow; storage degraded; next update 20:35."},
            {"at": "T+45m", "do": "update", "text": "Vendor engaged."},
            {"at": "T+1h15m", "do": "update", "text": "Rebuild takes 3-4h."},
            {"at": "T+1h45m", "do": "update", "text": "Handoff to Ken at 22:00."},
            {"at": "T+2h", "do": "handoff", "to": "Ken", "brief": "Situation: volume rebuild; objectives: keep uploads usable."},
            {"at": "T+2h05m", "do": "acknowledge_handoff", "by": "Ken"}
        ])");
        QCOMPARE(actions.size(), 9);
        DrillPlayer player(tc.core(), tc.clock());
        const auto run = player.play(started.id, actions);
        QVERIFY2(run.ok(), qPrintable(run.error()));
        QVERIFY(DrillTest::statesOf(run.value()).contains(QStringLiteral("exec-who=not_triggered")));
        const auto card = tc.core().drills().scores(started.id);
        const DrillScore* handoff = DrillTest::score(card.value(), QStringLiteral("handoff"));
        QVERIFY(handoff->achieved);
        QCOMPARE(handoff->elapsedMs, 125 * 60000);
        QCOMPARE(handoff->points, 25.0);
        QVERIFY2(handoff->detail.contains(QStringLiteral("Briefed at T+2h and acknowledged at T+2h05m")),
                 qPrintable(handoff->detail));
        const DrillScore* cadence = DrillTest::score(card.value(), QStringLiteral("cadence"));
        // gaps 30, 30, 30 and 2h15m to the end: 3 of 4 within 30 minutes, 0.75 of 15 = 11.25, shown 11.3
        QCOMPARE(cadence->fraction, 0.75);
        QCOMPARE(cadence->points, 11.3);
        QCOMPARE(DrillTest::score(card.value(), QStringLiteral("changes"))->points, 0.0);
        QCOMPARE(DrillTest::score(card.value(), QStringLiteral("checklist"))->points, 0.0);
        // declare 15 (T+10m, target 15m) + roles 15 (T+14m, target 20m) + first update 15 (T+15m, target 20m)
        // + cadence 11.3 + checklist 0 of 5 + handoff 25 + changes 0 of 10 = 81.3 of 100
        QCOMPARE(card->measuredWeight, 100.0);
        QCOMPARE(card->total, 81.3);
    }

    void timeFractionFallsToZeroAtThreeTimesTheTarget()
    {
        QCOMPARE(DrillScorer::timeFraction(10, 10), 1.0);
        QCOMPARE(DrillScorer::timeFraction(20, 10), 0.5);
        QCOMPARE(DrillScorer::timeFraction(30, 10), 0.0);
        QCOMPARE(DrillScorer::timeFraction(90, 10), 0.0);
    }

    void badScriptIsRefusedWithItsPath()
    {
        const auto parsed = DrillActions::parse(R"({"format": "incident-commander/drill-script", "version": 1,
            "actions": [{"at": "T+1m", "do": "assign_role", "role": "chef", "person": "A"}]})");
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(QStringLiteral("$.actions[0].role: unknown value \"chef\"")),
                 qPrintable(parsed.error()));
    }
};

const QByteArray TestDrillPlay::goodMorning = R"([
    {"at": "T+3m", "do": "declare", "by": "aiko"},
    {"at": "T+5m", "do": "assign_role", "role": "commander", "person": "Aiko"},
    {"at": "T+8m", "do": "assign_role", "role": "operations", "person": "Ken"},
    {"at": "T+12m", "do": "hold_roles", "roles": ["communications", "planning"], "by": "aiko"},
    {"at": "T+25m", "do": "update", "text": "We are investigating slow pages since 08:05. Next update 08:50.", "by": "aiko"},
    {"at": "T+30m", "do": "change", "text": "Disabled the new report query (feature flag report_v2 off).", "by": "ken"},
    {"at": "T+40m", "do": "update", "text": "Load is falling after we disabled a report query.", "by": "aiko"},
    {"at": "T+50m", "do": "status", "status": "monitoring", "by": "aiko"},
    {"at": "T+55m", "do": "update", "text": "Service is back to normal; monitoring.", "by": "aiko"}
])";

QTEST_GUILESS_MAIN(TestDrillPlay)
#include "tst_drillplay.moc"
