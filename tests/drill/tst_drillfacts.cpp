#include "domain/role.h"
#include "drill/debriefdocument.h"
#include "drill/drilldebrief.h"
#include "drill/rolefactsource.h"
#include "drilltesthelpers.h"
#include "services/changeservice.h"
#include "services/checklistservice.h"
#include "services/handoffofferservice.h"
#include "services/incidentservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "services/timelineservice.h"
#include "testsupport.h"

#include <QtTest>

// Scores from what trainees record through the real services (role board, handoff offers, checklist,
// change log) during bundled scenarios played at 60× on the manual clock — and nothing from what the
// timeline merely says.
class TestDrillFacts final : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 minute = 60000;
    static constexpr double speed = 60; // one wall second per scenario minute

    // Moves the scenario clock to `scenarioMs`, firing every inject due on the way, as the scheduler would.
    // Injects due exactly at `scenarioMs` fire on the next move, so trainees acting at T+20m act first.
    static void moveTo(TestSupport::TempCore& tc, qint64 runId, qint64 scenarioMs)
    {
        for (;;) {
            const DrillRun run = tc.core().drills().get(runId).value();
            const DrillInjectState* next = run.nextPending();
            const qint64 target = next && next->dueMs <= scenarioMs ? next->dueMs : scenarioMs;
            tc.clock().set(Time::fromMs(run.clock.wallAt(target)));
            QVERIFY(tc.core().drills().advance(runId).ok());
            if (target == scenarioMs)
                return;
        }
    }

    static DrillScoreCard finishAt(TestSupport::TempCore& tc, qint64 runId, qint64 endMs)
    {
        moveTo(tc, runId, endMs);
        const Status finished = tc.core().drills().finish(runId);
        if (!finished)
            qWarning("%s", qPrintable(finished.error()));
        return tc.core().drills().scores(runId).value();
    }

    static void declareAndTakeCommand(TestSupport::TempCore& tc, qint64 incidentId, const QString& who)
    {
        QVERIFY(tc.core().incidents().markDeclared(incidentId, {}, who).ok());
        QVERIFY(tc.core().roles().takeCommand(incidentId, who).ok());
    }

    // A bundled scenario at 60×, declared by aiko, who takes command, at T+`minutes`m.
    static DrillRun startDeclared(TestSupport::TempCore& tc, const char* scenario, int minutes)
    {
        const DrillRun run = DrillTest::start(tc.core(), QString::fromLatin1(scenario), speed);
        if (!run.id)
            return run;
        moveTo(tc, run.id, minutes * minute);
        declareAndTakeCommand(tc, run.incidentId, QStringLiteral("aiko"));
        return run;
    }

    static bool injectWas(TestSupport::TempCore& tc, qint64 runId, const char* idAndState)
    {
        return DrillTest::statesOf(tc.core().drills().get(runId).value())
            .contains(QString::fromLatin1(idAndState));
    }

    static qint64 person(TestSupport::TempCore& tc, const QString& name)
    {
        return tc.core().people().resolveOrAdd(name).value().id;
    }

    static void assign(TestSupport::TempCore& tc, qint64 incidentId, const QString& role, const QString& who)
    {
        const auto a = tc.core().roles().assign(incidentId, role, person(tc, who), who);
        QVERIFY2(a.ok(), qPrintable(a.error()));
    }

    static void write(TestSupport::TempCore& tc, qint64 incidentId, EntryKind kind, const QString& text)
    {
        EntryDraft d;
        d.kind = kind;
        d.text = text;
        d.author = QStringLiteral("aiko");
        QVERIFY(tc.core().timeline().add(incidentId, d).ok());
    }

    static void tick(TestSupport::TempCore& tc, qint64 incidentId, int from, int to)
    {
        for (int n = from; n <= to; ++n) {
            const auto item = tc.core().checklists().findItem(incidentId, QString::number(n));
            QVERIFY2(item.ok(), qPrintable(item.error()));
            QVERIFY(tc.core().checklists().check(item->id, QStringLiteral("aiko")).ok());
        }
    }

    static void recordChange(TestSupport::TempCore& tc, qint64 incidentId, const QString& what)
    {
        ChangeDraft d;
        d.what = what;
        d.revertHow = QStringLiteral("Turn it back on.");
        QVERIFY(tc.core().changes().record(incidentId, d, QStringLiteral("ken")).ok());
    }

    static void offerCommand(TestSupport::TempCore& tc, qint64 incidentId, const QString& to)
    {
        Briefing b;
        b.situation = QStringLiteral("Volume rebuild at 60 %; uploads slow but working.");
        b.objectives = QStringLiteral("Keep uploads usable until the rebuild ends.");
        const auto offer = tc.core().handoffOffers().offer(incidentId, Roles::commander, person(tc, to), b,
                                                           QStringLiteral("aiko"));
        QVERIFY2(offer.ok(), qPrintable(offer.error()));
    }

    static int entriesOfKind(TestSupport::TempCore& tc, qint64 incidentId, EntryKind kind)
    {
        const QList<TimelineEntry> entries = tc.core().timeline().page(incidentId, false, {}, 1000).value();
        return int(std::count_if(entries.begin(), entries.end(),
                                 [kind](const TimelineEntry& e) { return e.kind == kind; }));
    }

    static const DrillScore& score(const DrillScoreCard& card, const char* key)
    {
        const DrillScore* s = DrillTest::score(card, QString::fromLatin1(key));
        if (!s)
            qFatal("no score %s", key);
        return *s;
    }

    // One score's scenario time and points, named in the failure message.
    static bool scored(const DrillScoreCard& card, const char* key, qint64 elapsedMs, double points)
    {
        const DrillScore& s = score(card, key);
        if (s.elapsedMs == elapsedMs && qFuzzyCompare(s.points, points))
            return true;
        qWarning("%s: elapsed %lld ms and %.1f points; expected %lld ms and %.1f", key, s.elapsedMs, s.points,
                 elapsedMs, points);
        return false;
    }

private slots:
    // db-cpu-morning-peak scoring: declare 25 (10m), roles 15 (15m), first_update 20 (15m), cadence 15 (20m),
    // checklist 10 (0.8), changes 15 (1); one hour.
    void morningPeakScoredFromTheRecords()
    {
        TestSupport::TempCore tc;
        const DrillRun run = startDeclared(tc, "db-cpu-morning-peak", 4);
        QVERIFY(run.id);
        const qint64 inc = run.incidentId;
        moveTo(tc, run.id, 6 * minute);
        assign(tc, inc, Roles::operations, QStringLiteral("Ken"));
        moveTo(tc, run.id, 9 * minute);
        assign(tc, inc, Roles::communications, QStringLiteral("Mia"));
        moveTo(tc, run.id, 10 * minute);
        write(tc, inc, EntryKind::Communication,
              QStringLiteral("Slow pages since 08:05; next update 08:30."));
        moveTo(tc, run.id, 12 * minute);
        recordChange(tc, inc, QStringLiteral("Disabled feature flag report_v2."));
        moveTo(tc, run.id, 14 * minute);
        tick(tc, inc, 1, 17);

        // Planning is vacant: the board says the IC holds it, but nobody decided so; not covered yet.
        const auto board = tc.core().roles().board(inc);
        QVERIFY(board->icAlsoHolds().contains(Roles::planning));
        QCOMPARE(tc.core().drills().observations(run.id)->rolesCoveredAtMs, 0);

        moveTo(tc, run.id, 18 * minute);
        assign(tc, inc, Roles::planning, QStringLiteral("aiko")); // the IC holds Planning knowingly
        moveTo(tc, run.id, 25 * minute);
        tick(tc, inc, 18, 18);
        moveTo(tc, run.id, 28 * minute);
        write(tc, inc, EntryKind::Communication, QStringLiteral("Report query disabled; load falling."));
        moveTo(tc, run.id, 45 * minute);
        write(tc, inc, EntryKind::Communication, QStringLiteral("Back to normal; monitoring."));
        const DrillScoreCard card = finishAt(tc, run.id, 60 * minute);

        // Declared at T+4m, within 10m: all 25.
        QVERIFY(scored(card, "declare", 4 * minute, 25.0));
        // Covered when Planning got a holder at T+18m, 3 minutes past 15m: 1 - 3/30 = 0.9 of 15.
        QCOMPARE(score(card, "roles").fraction, 0.9);
        QVERIFY(scored(card, "roles", 18 * minute, 13.5));
        // First update at T+10m, within 15m: all 20.
        QVERIFY(scored(card, "first_update", 10 * minute, 20.0));
        // Gaps 18m, 17m and 15m to the end, all within 20m: all 15; the longest was 18m.
        QVERIFY(scored(card, "cadence", 18 * minute, 15.0));
        // 18 of the SEV2 template's 27 items, last at T+25m: (18/27)/0.8 = 0.833 of 10.
        QVERIFY(score(card, "checklist").measured);
        QCOMPARE(score(card, "checklist").fraction, 0.833);
        QVERIFY(scored(card, "checklist", 25 * minute, 8.3));
        // One change at T+12m, one expected: all 15 (the 18 ticks wrote action entries; they do not count).
        QVERIFY(scored(card, "changes", 12 * minute, 15.0));
        QCOMPARE(card.measuredWeight, 100.0);
        QCOMPARE(card.total, 96.8); // 25 + 13.5 + 20 + 15 + 8.3 + 15

        // The branch points read the same records: declared and updated in time, and the change at T+12m
        // makes the CPU recover at T+35m instead of the replica lagging.
        for (const char* expected : {"cto-declare=not_triggered", "support-no-update=not_triggered",
                                     "cpu-recovers=fired", "replica-lag=not_triggered"})
            QVERIFY2(injectWas(tc, run.id, expected), expected);
    }

    // The timeline's wording is no record: "IC holds …", "handed off", "changed the config" and checklist
    // ticks (action entries) leave roles, handoff and changes at zero. long-incident-shift-handoff: declare
    // 15 (15m), roles 15 (20m), first_update 15 (20m), cadence 15 (30m), checklist 5 (0.8), handoff 25,
    // changes 10 (1); four hours.
    void wordsOnTheTimelineDoNotCount()
    {
        TestSupport::TempCore tc;
        const DrillRun run = startDeclared(tc, "long-incident-shift-handoff", 10);
        const qint64 inc = run.incidentId;
        moveTo(tc, run.id, 12 * minute);
        write(tc, inc, EntryKind::RoleChange,
              QStringLiteral("IC holds: Operations lead, Communications lead, Planning lead"));
        moveTo(tc, run.id, 15 * minute);
        write(tc, inc, EntryKind::Communication, QStringLiteral("Uploads are slow; next update 20:45."));
        moveTo(tc, run.id, 20 * minute);
        write(tc, inc, EntryKind::Action,
              QStringLiteral("Changed the config of file-storage-03: rebuild first."));
        moveTo(tc, run.id, 25 * minute);
        tick(tc, inc, 1, 6);
        QVERIFY(entriesOfKind(tc, inc, EntryKind::Action) >= 7); // the ticks are action entries too
        moveTo(tc, run.id, 120 * minute);
        write(tc, inc, EntryKind::RoleChange,
              QStringLiteral("Handed off command to Ken. Briefing: rebuild at 60 %."));
        moveTo(tc, run.id, 125 * minute);
        write(tc, inc, EntryKind::RoleChange,
              QStringLiteral("Ken acknowledged the handoff briefing and is now Incident Commander."));
        const DrillScoreCard card = finishAt(tc, run.id, 240 * minute);

        QCOMPARE(score(card, "declare").points, 15.0); // T+10m, within 15m
        // Measured, and not done: only the IC was ever assigned.
        QVERIFY(score(card, "roles").measured);
        QVERIFY(!score(card, "roles").achieved);
        QCOMPARE(score(card, "roles").points, 0.0);
        QCOMPARE(score(card, "first_update").points, 15.0); // T+15m, within 20m
        // One gap, from T+15m to the end (3h45m), over 30m: none on time.
        QVERIFY(scored(card, "cadence", 225 * minute, 0.0));
        // 6 of 27 items: (6/27)/0.8 = 0.278 of 5 = 1.4.
        QCOMPARE(score(card, "checklist").fraction, 0.278);
        QCOMPARE(score(card, "checklist").points, 1.4);
        QVERIFY(score(card, "handoff").measured);
        QVERIFY(!score(card, "handoff").achieved);
        QCOMPARE(score(card, "handoff").points, 0.0);
        QVERIFY(score(card, "changes").measured);
        QVERIFY(scored(card, "changes", -1, 0.0));
        QCOMPARE(card.measuredWeight, 100.0);
        QCOMPARE(card.total, 31.4); // 15 + 0 + 15 + 0 + 1.4 + 0 + 0

        // The executive asks who is in charge at T+2h20m: no handoff was acknowledged on the board.
        QVERIFY(injectWas(tc, run.id, "exec-who=fired"));
    }

    void checklistTicksAreNotChangesToProduction()
    {
        TestSupport::TempCore tc;
        const DrillRun run = startDeclared(tc, "db-cpu-morning-peak", 5);
        tick(tc, run.incidentId, 1, 27); // "only Operations changes production", "mitigate first" …
        const DrillScoreCard card = finishAt(tc, run.id, 60 * minute);
        QCOMPARE(score(card, "checklist").points, 10.0); // 27 of 27
        QCOMPARE(score(card, "changes").points, 0.0);
        QCOMPARE(score(card, "changes").elapsedMs, -1);
        // Without a change the CPU does not recover, and the replica falls behind.
        QVERIFY(injectWas(tc, run.id, "cpu-recovers=not_triggered"));
        QVERIFY(injectWas(tc, run.id, "replica-lag=fired"));
    }

    // long-incident-shift-handoff done well through the board, the offers, the checklist and the change log.
    void shiftHandoffThroughTheBoard()
    {
        TestSupport::TempCore tc;
        const DrillRun run = startDeclared(tc, "long-incident-shift-handoff", 10);
        const qint64 inc = run.incidentId;
        auto update = [&](int m) {
            moveTo(tc, run.id, m * minute);
            write(tc, inc, EntryKind::Communication,
                  QStringLiteral("Rebuild continuing; next update in 30 minutes."));
        };
        assign(tc, inc, Roles::operations, QStringLiteral("Ken"));
        assign(tc, inc, Roles::communications, QStringLiteral("Mia"));
        assign(tc, inc, Roles::planning, QStringLiteral("Ren"));
        update(15);
        moveTo(tc, run.id, 20 * minute);
        recordChange(tc, inc, QStringLiteral("Raised rebuild priority on file-storage-03."));
        update(45);
        update(75);
        moveTo(tc, run.id, 90 * minute);
        tick(tc, inc, 1, 22);
        update(105);
        moveTo(tc, run.id, 120 * minute);
        offerCommand(tc, inc, QStringLiteral("Ken"));
        moveTo(tc, run.id, 125 * minute);
        QVERIFY(tc.core().handoffOffers().acknowledge(inc, Roles::commander, QStringLiteral("Ken")).ok());
        for (int m = 135; m < 240; m += 30) // T+2h15m … T+3h45m
            update(m);
        const DrillScoreCard card = finishAt(tc, run.id, 240 * minute);

        QCOMPARE(score(card, "declare").points, 15.0);            // T+10m, within 15m
        QVERIFY(scored(card, "roles", 10 * minute, 15.0));        // all four held from T+10m
        QVERIFY(scored(card, "first_update", 15 * minute, 15.0)); // within 20m
        // Updates every 30m from T+15m to T+3h45m, then 15m to the end: 8 of 8 gaps within 30m.
        QVERIFY(scored(card, "cadence", 30 * minute, 15.0));
        // 22 of 27 = 0.81, past the 0.8 target: all 5.
        QCOMPARE(score(card, "checklist").fraction, 1.0);
        QVERIFY(scored(card, "checklist", 90 * minute, 5.0));
        // Offered with its briefing at T+2h, acknowledged by Ken at T+2h05m: briefed and acknowledged.
        QVERIFY(score(card, "handoff").achieved);
        QCOMPARE(score(card, "handoff").elapsedMs, 125 * minute);
        QVERIFY2(score(card, "handoff")
                     .detail.contains(QStringLiteral("Briefed at T+2h and acknowledged at T+2h05m")),
                 qPrintable(score(card, "handoff").detail));
        QCOMPARE(score(card, "handoff").points, 25.0);
        QVERIFY(scored(card, "changes", 20 * minute, 10.0));
        QCOMPARE(card.total, 100.0);
        QVERIFY(injectWas(tc, run.id, "exec-who=not_triggered"));
        QCOMPARE(tc.core().roles().board(inc)->commander()->name, QStringLiteral("Ken"));
    }

    void aBriefingNeverAcknowledgedIsHalfAHandoff()
    {
        TestSupport::TempCore tc;
        const DrillRun run = startDeclared(tc, "long-incident-shift-handoff", 10);
        moveTo(tc, run.id, 120 * minute);
        offerCommand(tc, run.incidentId, QStringLiteral("Ken"));
        const DrillScoreCard card = finishAt(tc, run.id, 240 * minute);
        const DrillScore& handoff = score(card, "handoff");
        QVERIFY(!handoff.achieved);
        QCOMPARE(handoff.elapsedMs, 120 * minute);
        QCOMPARE(handoff.points, 12.5); // half of 25
        QVERIFY(injectWas(tc, run.id, "exec-who=fired"));
    }

    void aHandoffAcknowledgedAtTheScreenIsBriefedThen()
    {
        TestSupport::TempCore tc;
        const DrillRun run = startDeclared(tc, "long-incident-shift-handoff", 10);
        moveTo(tc, run.id, 60 * minute);
        Briefing b;
        b.situation = QStringLiteral("Rebuild running.");
        QVERIFY(tc.core()
                    .roles()
                    .handOff(run.incidentId, Roles::commander, person(tc, QStringLiteral("Ken")), b,
                             QStringLiteral("aiko"))
                    .ok());
        const auto facts = tc.core().drills().observations(run.id);
        QCOMPARE(facts->handoffBriefedAtMs, facts->handoffAcknowledgedAtMs);
        const DrillScoreCard card = finishAt(tc, run.id, 240 * minute);
        QVERIFY(scored(card, "handoff", 60 * minute, 25.0));
    }

    // A role released back to the IC is uncovered until someone holds it again.
    void coverageNeedsAllFourAtOnce()
    {
        auto a = [](const QString& role, qint64 from, qint64 to) {
            Assignment x;
            x.roleKey = role;
            x.startedAt = Time::fromMs(from);
            if (to)
                x.endedAt = Time::fromMs(to);
            return x;
        };
        using R = RoleFactSource;
        QCOMPARE(R::coveredAt({a(Roles::commander, 100, 0), a(Roles::operations, 200, 300),
                               a(Roles::communications, 400, 0), a(Roles::planning, 500, 0)}),
                 0);
        QCOMPARE(R::coveredAt({a(Roles::commander, 100, 0), a(Roles::operations, 200, 300),
                               a(Roles::communications, 400, 0), a(Roles::planning, 500, 0),
                               a(Roles::operations, 700, 0)}),
                 700);
        // A handoff ends one holder and starts the next at the same moment: no gap.
        QCOMPARE(R::coveredAt({a(Roles::commander, 100, 600), a(Roles::commander, 600, 0),
                               a(Roles::operations, 200, 0), a(Roles::communications, 300, 0),
                               a(Roles::planning, 400, 0)}),
                 400);
        QCOMPARE(R::coveredAt({a(Roles::operations, 200, 0), a(Roles::communications, 300, 0),
                               a(Roles::planning, 400, 0), a(QStringLiteral("scribe"), 500, 0)}),
                 0); // nobody took command
    }

    void debriefNotesCannotAddMarkdownBlocks()
    {
        DebriefDocument doc;
        doc.heading(2, QStringLiteral("Notes\n=====\n- sneaky"));
        doc.paragraph(QStringLiteral("went well\n---\n- item\n1. num\n=====\n    code <b>bold</b>\n> quote"));
        doc.table({QStringLiteral("what")}, {{QStringLiteral("- a | b\n1) c")}});
        const QString md = doc.toMarkdown();
        QVERIFY2(!md.contains(QStringLiteral("<b>")), qPrintable(md));
        QVERIFY2(md.contains(QStringLiteral("## Notes ===== - sneaky\n")), qPrintable(md));
        const QStringList lines = md.split(QLatin1Char('\n'));
        for (const QString& line : lines) {
            static const QRegularExpression block(QStringLiteral("^(---|- |1\\. |1\\) |=====|    |> )"));
            QVERIFY2(!block.match(line).hasMatch(), qPrintable(line));
        }
        QVERIFY2(lines.contains(QStringLiteral("\\---\\")) && lines.contains(QStringLiteral("1\\. num\\")),
                 qPrintable(md));
    }

    void everyFactSaysWhereItCameFrom()
    {
        TestSupport::TempCore tc;
        const DrillRun run = DrillTest::start(tc.core(), QStringLiteral("bad-deploy-rollback"), speed);
        const auto facts = tc.core().drills().observations(run.id);
        QVERIFY(facts.ok());
        QStringList contexts;
        for (const DrillObservations::SourceNote& n : facts->sources)
            contexts << QString::fromLatin1(n.context);
        QCOMPARE(contexts,
                 (QStringList{QStringLiteral("TimelineFactSource"), QStringLiteral("ChecklistFactSource"),
                              QStringLiteral("RoleFactSource"), QStringLiteral("ChangeFactSource")}));
        QVERIFY(facts->rolesMeasured && facts->handoffMeasured && facts->changesMeasured);
        QCOMPARE(facts->checklist->total, 27);
        QCOMPARE(facts->checklist->done, 0);
        // The debrief names them, in its own language.
        const auto en = DrillDebrief::markdown(tc.core(), run.id, QStringLiteral("en"));
        QVERIFY2(en->contains(QStringLiteral("Role board:")) && en->contains(QStringLiteral("change log")),
                 qPrintable(en.value()));
        const auto ja = DrillDebrief::markdown(tc.core(), run.id, QStringLiteral("ja"));
        QVERIFY(!ja->contains(QStringLiteral("Role board:")));
        QVERIFY2(ja->contains(QStringLiteral("役割ボード")), qPrintable(ja.value()));
    }
};

QTEST_GUILESS_MAIN(TestDrillFacts)
#include "tst_drillfacts.moc"
