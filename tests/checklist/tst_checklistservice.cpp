#include "services/checklistservice.h"
#include "services/incidentservice.h"
#include "services/templateservice.h"
#include "services/timelineservice.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// The incident checklist: made with the incident, ticked, reopened and skipped with reasons, each change in
// the timeline, overdue items by the clock, and items added during the incident.
class TestChecklistService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;
    ChecklistService& checklists() { return m_tc->core().checklists(); }

    QList<TimelineEntry> timeline(qint64 incidentId)
    {
        const auto page = m_tc->core().timeline().page(incidentId, true, {}, 100);
        return page ? page.value() : QList<TimelineEntry>{};
    }

private slots:
    void init()
    {
        m_tc = std::make_unique<TestSupport::TempCore>();
        QVERIFY(m_tc->ok());
    }
    void cleanup() { m_tc.reset(); }

    void declaringMakesTheSeverityChecklist()
    {
        const Incident sev1 = m_tc->declare(QStringLiteral("Checkout down"), Severity::Sev1);
        const Incident sev4 = m_tc->declare(QStringLiteral("Slow report"), Severity::Sev4);
        const auto items1 = checklists().items(sev1.id);
        const auto items4 = checklists().items(sev4.id);
        QVERIFY(items1.ok() && items4.ok());
        QCOMPARE(items1->size(), TemplateService::shippedDefault(QStringLiteral("sev1"))->items.size());
        QVERIFY(items1->size() > items4->size());
        QCOMPARE(items1->first().number, 1);
        QCOMPARE(items1->last().number, int(items1->size()));
        QCOMPARE(items1->first().phase, ChecklistPhase::Declare);
        QCOMPARE(items1->first().roleKey, QStringLiteral("commander"));
        QVERIFY(!items1->first().text.ja.isEmpty());
        QCOMPARE(items1->first().state, ChecklistState::Open);
    }

    void undeclaredIncidentGetsItsChecklistToo()
    {
        IncidentDraft d;
        d.title = QStringLiteral("Odd latency");
        d.severity = Severity::Sev3;
        d.declare = false;
        const auto i = m_tc->core().incidents().declare(d);
        QVERIFY(i.ok());
        const auto items = checklists().items(i->id);
        QVERIFY(items.ok() && !items->isEmpty());
        // Time boxes count from declaration: nothing is due before it.
        m_tc->clock().advance(24LL * 3600 * 1000);
        QVERIFY(checklists().overdue(i->id)->isEmpty());
    }

    void declarationAnswersAreSavedUntilDeclared()
    {
        IncidentDraft d;
        d.title = QStringLiteral("Maybe an incident");
        d.declare = false;
        const Incident i = m_tc->core().incidents().declare(d).value();
        IncidentService& incidents = m_tc->core().incidents();
        const int entries = m_tc->core().timeline().count(i.id).value();
        QVERIFY(incidents.setDeclarationAnswers(i.id, {true, false, false}, QStringLiteral("ken")).ok());
        QVERIFY(incidents.get(i.id)->answers.secondTeamNeeded);
        QCOMPARE(m_tc->core().timeline().count(i.id).value(), entries + 1);
        QVERIFY(incidents.setDeclarationAnswers(i.id, {true, false, false}, QStringLiteral("ken"))
                    .ok()); // no change
        QCOMPARE(m_tc->core().timeline().count(i.id).value(), entries + 1);
        QVERIFY(incidents.markDeclared(i.id, {true, true, false}, QStringLiteral("ken")).ok());
        QVERIFY(!incidents.setDeclarationAnswers(i.id, {}, QStringLiteral("ken")).ok());
        QVERIFY(incidents.get(i.id)->answers.customersAffected);
    }

    void checklistIsWrittenInTheDeclaringTransaction()
    {
        // Make the checklist step fail: the incident must not be created either.
        QSqlQuery q(m_tc->core().database().connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON checklist_items "
                                      "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
        IncidentDraft d;
        d.title = QStringLiteral("Never half made");
        QVERIFY(!m_tc->core().incidents().declare(d).ok());
        QVERIFY(m_tc->core().incidents().list()->isEmpty());
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
        QVERIFY(m_tc->core().incidents().declare(d).ok());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM incidents i LEFT JOIN incident_checklists c "
                                      "ON c.incident_id = i.id WHERE c.incident_id IS NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void checkWritesTimelineAndSignals()
    {
        const Incident i = m_tc->declare(QStringLiteral("API errors"));
        const ChecklistItem item = checklists().items(i.id)->at(1);
        QSignalSpy changed(&checklists(), &ChecklistService::itemChanged);
        QSignalSpy added(&m_tc->core().timeline(), &TimelineService::entryAdded);
        m_tc->clock().advance(60000);
        QVERIFY(checklists().check(item.id, QStringLiteral("aiko")).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(added.size(), 1);
        const ChecklistItem done = checklists().item(item.id).value();
        QCOMPARE(done.state, ChecklistState::Done);
        QCOMPARE(done.stateBy, QStringLiteral("aiko"));
        QCOMPARE(done.stateAt, m_tc->clock().now());
        const TimelineEntry e = timeline(i.id).first();
        QCOMPARE(e.kind, EntryKind::Action);
        QCOMPARE(e.author, QStringLiteral("aiko"));
        QVERIFY(e.text.contains(item.text.en));
        QVERIFY(!checklists().check(item.id, QStringLiteral("aiko")).ok()); // already done
    }

    void uncheckAndSkipNeedReasons()
    {
        const Incident i = m_tc->declare(QStringLiteral("Queue backlog"));
        const qint64 id = checklists().items(i.id)->at(0).id;
        QVERIFY(checklists().check(id, QStringLiteral("ken")).ok());
        const int before = m_tc->core().timeline().count(i.id).value();
        const Status noReason = checklists().uncheck(id, QStringLiteral("  "), QStringLiteral("ken"));
        QVERIFY(!noReason.ok());
        QVERIFY(noReason.error().contains(QStringLiteral("why")));
        QCOMPARE(m_tc->core().timeline().count(i.id).value(), before);
        QVERIFY(checklists().uncheck(id, QStringLiteral("IC changed"), QStringLiteral("ken")).ok());
        QCOMPARE(checklists().item(id)->state, ChecklistState::Open);
        QCOMPARE(checklists().item(id)->stateReason, QStringLiteral("IC changed"));
        QVERIFY(timeline(i.id).first().text.contains(QStringLiteral("IC changed")));

        QVERIFY(!checklists().skip(id, QString(), QStringLiteral("ken")).ok());
        QVERIFY(!checklists().skip(id, QString(3000, QLatin1Char('x')), QStringLiteral("ken")).ok());
        QVERIFY(checklists().skip(id, QStringLiteral("Single-person team"), QStringLiteral("ken")).ok());
        QCOMPARE(checklists().item(id)->state, ChecklistState::Skipped);
        QCOMPARE(timeline(i.id).first().kind, EntryKind::Decision);

        const auto history = checklists().history(id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->at(1).from, ChecklistState::Done);
        QCOMPARE(history->at(1).to, ChecklistState::Open);
        QCOMPARE(history->at(1).reason, QStringLiteral("IC changed"));
    }

    void overdueFollowsTheClock()
    {
        const Incident i = m_tc->declare(QStringLiteral("Login failures"), Severity::Sev1);
        const auto items = checklists().items(i.id).value();
        const auto firstBox =
            std::min_element(items.cbegin(), items.cend(), [](const auto& a, const auto& b) {
                const int x = a.timeBoxMinutes ? a.timeBoxMinutes : INT_MAX;
                const int y = b.timeBoxMinutes ? b.timeBoxMinutes : INT_MAX;
                return x < y;
            });
        QVERIFY(checklists().overdue(i.id)->isEmpty());
        m_tc->clock().advance(qint64(firstBox->timeBoxMinutes) * 60000);
        QVERIFY(checklists().overdue(i.id)->isEmpty()); // due exactly now: not late yet
        m_tc->clock().advance(1000);
        const auto late = checklists().overdue(i.id).value();
        QVERIFY(!late.isEmpty());
        QVERIFY(std::any_of(late.cbegin(), late.cend(),
                            [&](const ChecklistItem& x) { return x.id == firstBox->id; }));
        QVERIFY(checklists().check(firstBox->id, QStringLiteral("ic")).ok());
        const auto after = checklists().overdue(i.id).value();
        QVERIFY(std::none_of(after.cbegin(), after.cend(),
                             [&](const ChecklistItem& x) { return x.id == firstBox->id; }));
    }

    void adHocItemsAndHelpRequests()
    {
        const Incident i = m_tc->declare(QStringLiteral("Disk full"));
        const int count = int(checklists().items(i.id)->size());
        QSignalSpy added(&checklists(), &ChecklistService::itemAdded);
        const auto item =
            checklists().addAdHocItem(i.id, ChecklistPhase::Stabilise, QStringLiteral("operations"),
                                      QStringLiteral("Purge old logs"), QString(), QStringLiteral("mei"));
        QVERIFY2(item.ok(), qPrintable(item.error()));
        QCOMPARE(item->number, count + 1);
        QVERIFY(item->adHoc);
        QCOMPARE(item->text.in(QStringLiteral("ja")), QStringLiteral("Purge old logs")); // falls back
        QCOMPARE(added.size(), 1);
        QVERIFY(timeline(i.id).first().text.contains(QStringLiteral("Purge old logs")));

        const auto help =
            checklists().addHelpRequest(i.id, QStringLiteral("communications"), QStringLiteral("mei"));
        QVERIFY(help.ok());
        QCOMPARE(help->roleKey, QStringLiteral("planning"));
        QVERIFY(help->text.en.contains(QStringLiteral("Communications lead")));
        QVERIFY(help->text.ja.contains(QStringLiteral("広報リード")));

        QVERIFY(!checklists()
                     .addAdHocItem(i.id, ChecklistPhase::After, QStringLiteral("janitor"),
                                   QStringLiteral("x"), QString(), QStringLiteral("mei"))
                     .ok());
        QVERIFY(!checklists()
                     .addAdHocItem(i.id, ChecklistPhase::After, {}, QStringLiteral(" "), QString(),
                                   QStringLiteral("mei"))
                     .ok());
        QVERIFY(!checklists()
                     .addAdHocItem(9999, ChecklistPhase::After, {}, QStringLiteral("x"), QString(),
                                   QStringLiteral("mei"))
                     .ok());
    }

    void findItemByNumber()
    {
        const Incident i = m_tc->declare(QStringLiteral("CDN errors"));
        QCOMPARE(checklists().findItem(i.id, QStringLiteral("3"))->number, 3);
        QVERIFY(!checklists().findItem(i.id, QStringLiteral("abc")).ok());
        QVERIFY(!checklists().findItem(i.id, QStringLiteral("999")).ok());
    }

    void severityUpgradeExtendsTheChecklist()
    {
        const Incident i = m_tc->declare(QStringLiteral("Grew worse"), Severity::Sev3);
        const int before = int(checklists().items(i.id)->size());
        const qint64 first = checklists().items(i.id)->first().id;
        QVERIFY(checklists().check(first, QStringLiteral("ic")).ok());
        QVERIFY(!checklists().pendingTemplate(i.id).value().has_value());
        QVERIFY(m_tc->core().incidents().setSeverity(i.id, Severity::Sev1, QStringLiteral("ic")).ok());
        QCOMPARE(checklists().pendingTemplate(i.id).value(), std::optional<QString>(QStringLiteral("sev1")));

        const auto added = checklists().extendFromSeverityTemplate(i.id, QStringLiteral("ic"));
        QVERIFY2(added.ok(), qPrintable(added.error()));
        const auto items = checklists().items(i.id).value();
        const int sev1 = int(TemplateService::shippedDefault(QStringLiteral("sev1"))->items.size());
        QCOMPARE(items.size(), before + added.value());
        QCOMPARE(items.size(), sev1); // SEV3's steps are a subset of SEV1's
        QCOMPARE(checklists().item(first)->state, ChecklistState::Done); // nothing already there changes
        QVERIFY(std::any_of(items.cbegin(), items.cend(), [](const ChecklistItem& x) {
            return x.text.en.contains(QStringLiteral("executives"));
        }));
        QVERIFY(!checklists().pendingTemplate(i.id).value().has_value());
        QVERIFY(timeline(i.id).first().text.contains(QStringLiteral("SEV1")));
        QCOMPARE(checklists().extendFromSeverityTemplate(i.id, QStringLiteral("ic")).value(), 0);
    }

    void checklistSurvivesRestart()
    {
        const Incident i = m_tc->declare(QStringLiteral("Restart"));
        const qint64 id = checklists().items(i.id)->at(0).id;
        QVERIFY(checklists().skip(id, QStringLiteral("n/a"), QStringLiteral("x")).ok());
        QVERIFY(m_tc->reopen());
        QCOMPARE(checklists().item(id)->state, ChecklistState::Skipped);
    }
};

QTEST_GUILESS_MAIN(TestChecklistService)
#include "tst_checklistservice.moc"
