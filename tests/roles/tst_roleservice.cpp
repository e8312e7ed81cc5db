#include "services/incidentservice.h"
#include "services/checklistservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "services/timelineservice.h"
#include "testsupport.h"

#include "storage/database.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// The rules of the role board, through the service every face of the product calls.
class TestRoleService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> t;
    Person alice, bob, carol;

    RoleService& roles() { return t->core().roles(); }
    Person addPerson(const QString& name, const QString& handle)
    {
        Person p;
        p.name = name;
        p.handle = handle;
        p.phone = QStringLiteral("+81 90 0000 0000");
        const auto r = t->core().people().add(p);
        if (!r)
            qWarning("%s", qPrintable(r.error()));
        return r ? r.value() : Person();
    }
    int entries(qint64 incidentId) { return t->core().timeline().count(incidentId).value(); }
    Briefing briefing()
    {
        return {QStringLiteral("Checkout errors at 30%"), QStringLiteral("Stop the errors"),
                QStringLiteral("Rolling back release 42"), QStringLiteral("Ops: Bob")};
    }

private slots:
    void init()
    {
        t = std::make_unique<TestSupport::TempCore>();
        QVERIFY(t->ok());
        alice = addPerson(QStringLiteral("Alice Smith"), QStringLiteral("alice"));
        bob = addPerson(QStringLiteral("Bob Jones"), QStringLiteral("bob"));
        carol = addPerson(QStringLiteral("Carol King"), QStringLiteral("carol"));
        QVERIFY(alice.id && bob.id && carol.id);
    }
    void cleanup() { t.reset(); }

    void assignWritesHistoryAndTimeline()
    {
        const Incident i = t->declare(QStringLiteral("Checkout down"));
        const int before = entries(i.id);
        QSignalSpy changed(&roles(), &RoleService::rolesChanged);
        QSignalSpy added(&t->core().timeline(), &TimelineService::entryAdded);
        const auto a = roles().assign(i.id, QStringLiteral("operations"), bob.id, QStringLiteral("tester"));
        QVERIFY2(a, qPrintable(a.error()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(added.count(), 1);
        QCOMPARE(entries(i.id), before + 1);
        const auto entry = t->core().timeline().get(added.at(0).at(1).toLongLong());
        QCOMPARE(entry->kind, EntryKind::RoleChange);
        QVERIFY(entry->text.contains(QStringLiteral("Bob Jones")));

        t->clock().advance(60000);
        QVERIFY(roles().assign(i.id, QStringLiteral("operations"), carol.id, QStringLiteral("tester")));
        const auto history = roles().history(i.id, QStringLiteral("operations"));
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).personId, bob.id);
        QCOMPARE(history->at(0).endReason, std::optional<AssignmentEnd>(AssignmentEnd::Reassigned));
        QCOMPARE(history->at(0).endedAt, history->at(1).startedAt);
        QVERIFY(history->at(1).isCurrent());
        QCOMPARE(roles().holder(i.id, QStringLiteral("operations"))->value().personId, carol.id);

        // Same holder again is refused, and nothing is written.
        QVERIFY(!roles().assign(i.id, QStringLiteral("operations"), carol.id, QStringLiteral("tester")));
        QCOMPARE(roles().history(i.id)->size(), 2);
    }

    void releaseReturnsTheRoleToTheIc()
    {
        const Incident i = t->declare(QStringLiteral("Search slow"));
        QVERIFY(roles().assign(i.id, Roles::commander, alice.id, QStringLiteral("tester")));
        QVERIFY(roles().assign(i.id, Roles::planning, bob.id, QStringLiteral("tester")));
        QVERIFY(!roles().board(i.id)->icAlsoHolds().contains(Roles::planning));
        QVERIFY(roles().release(i.id, Roles::planning, QStringLiteral("tester")));
        QVERIFY(roles().board(i.id)->icAlsoHolds().contains(Roles::planning));
        const auto history = roles().history(i.id, Roles::planning);
        QCOMPARE(history->constFirst().endReason, std::optional<AssignmentEnd>(AssignmentEnd::Released));
        QVERIFY(!roles().release(i.id, Roles::planning, QStringLiteral("tester"))); // nobody holds it now
    }

    void exactlyOneCommanderWhileOpen()
    {
        const Incident i = t->declare(QStringLiteral("Login failing"));
        const auto ic = roles().takeCommand(i.id, QStringLiteral("alice"));
        QVERIFY2(ic, qPrintable(ic.error()));
        QCOMPARE(ic->personId, alice.id); // found by handle, not added twice
        QCOMPARE(t->core().people().list()->size(), 3);

        const auto second = roles().assign(i.id, Roles::commander, bob.id, QStringLiteral("tester"));
        QVERIFY(!second);
        QVERIFY(second.error().contains(QStringLiteral("handoff")));
        const Status release = roles().release(i.id, Roles::commander, QStringLiteral("tester"));
        QVERIFY(!release);
        QCOMPARE(roles().holder(i.id, Roles::commander)->value().personId, alice.id);

        // Once resolved, the IC may stand down.
        QVERIFY(t->core().incidents().setStatus(i.id, IncidentStatus::Resolved, QStringLiteral("tester")));
        QVERIFY(roles().release(i.id, Roles::commander, QStringLiteral("tester")));
    }

    void takeCommandAddsAnUnknownUserToTheRoster()
    {
        const Incident i = t->declare(QStringLiteral("Mail delayed"));
        const auto ic = roles().takeCommand(i.id, QStringLiteral("dave"));
        QVERIFY2(ic, qPrintable(ic.error()));
        const auto dave = t->core().people().resolve(QStringLiteral("@dave"));
        QVERIFY(dave);
        QCOMPARE(ic->personId, dave->id);
        QVERIFY(!roles().takeCommand(i.id, QStringLiteral("alice"))); // there is an IC already
    }

    void handoffEndsAndStartsInOneStep()
    {
        const Incident i = t->declare(QStringLiteral("API 500s"));
        QVERIFY(roles().assign(i.id, Roles::commander, alice.id, QStringLiteral("alice")));
        t->clock().advance(3600 * 1000);
        QSignalSpy recorded(&roles(), &RoleService::handoffRecorded);
        const auto h = roles().handOff(i.id, Roles::commander, bob.id, briefing(), QStringLiteral("alice"));
        QVERIFY2(h, qPrintable(h.error()));
        QCOMPARE(recorded.count(), 1);
        QCOMPARE(h->fromPersonId, alice.id);
        QCOMPARE(h->toPersonId, bob.id);
        QCOMPARE(h->acknowledgedAt, t->clock().now());

        const auto history = roles().history(i.id, Roles::commander);
        QCOMPARE(history->size(), 2);
        QCOMPARE(history->at(0).endReason, std::optional<AssignmentEnd>(AssignmentEnd::HandedOff));
        QCOMPARE(history->at(0).endedAt, history->at(1).startedAt);
        QCOMPARE(h->fromAssignmentId, history->at(0).id);
        QCOMPARE(h->toAssignmentId, history->at(1).id);
        const auto stored = roles().handoffs(i.id);
        QCOMPARE(stored->size(), 1);
        QCOMPARE(stored->at(0).briefing.currentActions, QStringLiteral("Rolling back release 42"));
        QCOMPARE(stored->at(0).toName, QStringLiteral("Bob Jones"));

        const auto last = t->core().timeline().page(i.id, true, {}, 1);
        QVERIFY(last->constFirst().text.contains(QStringLiteral("Checkout errors at 30%")));
        QVERIFY(last->constFirst().important);
    }

    void theNextIcWhoTakesCommandLeavesTheDeputySeat()
    {
        const Incident i = t->declare(QStringLiteral("Deputy"));
        QVERIFY(roles().assign(i.id, Roles::commander, alice.id, QStringLiteral("tester")));
        QVERIFY(roles().assign(i.id, Roles::deputy, bob.id, QStringLiteral("tester")));
        QVERIFY(roles().handOff(i.id, Roles::commander, bob.id, briefing(), QStringLiteral("alice")));
        const RoleBoard b = roles().board(i.id).value();
        QCOMPARE(b.commander()->id, bob.id);
        QVERIFY(!b.nextCommander());
        QVERIFY(b.slot(Roles::deputy)); // the seat stays on the board, open
        QCOMPARE(roles().history(i.id, Roles::deputy)->constFirst().endReason,
                 std::optional<AssignmentEnd>(AssignmentEnd::Released));
        // Someone else as deputy keeps the seat.
        QVERIFY(roles().assign(i.id, Roles::deputy, carol.id, QStringLiteral("tester")));
        QVERIFY(roles().handOff(i.id, Roles::commander, alice.id, briefing(), QStringLiteral("bob")));
        QCOMPARE(roles().board(i.id)->nextCommander()->id, carol.id);
    }

    void failedHandoffChangesNothing()
    {
        const Incident i = t->declare(QStringLiteral("DNS"));
        QVERIFY(roles().assign(i.id, Roles::commander, alice.id, QStringLiteral("tester")));
        const int before = entries(i.id);
        QVERIFY(!roles().handOff(i.id, Roles::commander, 9999, briefing(), QStringLiteral("tester")));
        QVERIFY(!roles().handOff(i.id, Roles::commander, bob.id, Briefing{}, QStringLiteral("tester")));
        QVERIFY(!roles().handOff(i.id, Roles::commander, alice.id, briefing(), QStringLiteral("tester")));
        QVERIFY(!roles().handOff(i.id, Roles::operations, bob.id, briefing(), QStringLiteral("tester")));
        QCOMPARE(entries(i.id), before);
        QCOMPARE(roles().history(i.id)->size(), 1);
        QVERIFY(roles().history(i.id)->constFirst().isCurrent());
        QVERIFY(roles().handoffs(i.id)->isEmpty());
    }

    void historyCannotBeRewritten()
    {
        const Incident i = t->declare(QStringLiteral("Queue backlog"));
        QVERIFY(roles().assign(i.id, Roles::operations, bob.id, QStringLiteral("tester")));
        QVERIFY(roles().release(i.id, Roles::operations, QStringLiteral("tester")));
        const qint64 id = roles().history(i.id)->constFirst().id;
        QSqlQuery q = t->core().database().prepare(QStringLiteral(
            "UPDATE role_assignments SET person_id = ?, ended_at = NULL, end_reason = NULL WHERE id = ?"));
        q.addBindValue(carol.id);
        q.addBindValue(id);
        QVERIFY(!q.exec());
        QCOMPARE(roles().history(i.id)->constFirst().personId, bob.id);
    }

    void personMayHoldSeveralRoles()
    {
        const Incident i = t->declare(QStringLiteral("Small thing"), Severity::Sev3);
        QVERIFY(roles().assign(i.id, Roles::commander, alice.id, QStringLiteral("tester")));
        QVERIFY(roles().assign(i.id, Roles::communications, alice.id, QStringLiteral("tester")));
        QVERIFY(roles().assign(i.id, QStringLiteral("scribe"), alice.id, QStringLiteral("tester")));
        QCOMPARE(roles().currentHolders(i.id)->size(), 3);
        const RoleBoard b = roles().board(i.id).value();
        QCOMPARE(b.icAlsoHolds(), (QStringList{Roles::operations, Roles::communications, Roles::planning,
                                               QStringLiteral("scribe")}));
        QVERIFY(b.warnings().isEmpty()); // SEV3: the IC may run Ops too
    }

    void warnsWhenTheIcRunsOperationsInASevereIncident_data()
    {
        QTest::addColumn<int>("severity");
        QTest::addColumn<bool>("delegateOps");
        QTest::addColumn<bool>("warned");
        QTest::newRow("SEV1, Ops vacant") << 1 << false << true;
        QTest::newRow("SEV2, Ops vacant") << 2 << false << true;
        QTest::newRow("SEV1, Ops delegated") << 1 << true << false;
        QTest::newRow("SEV3, Ops vacant") << 3 << false << false;
    }

    void warnsWhenTheIcRunsOperationsInASevereIncident()
    {
        QFETCH(int, severity);
        QFETCH(bool, delegateOps);
        QFETCH(bool, warned);
        const Incident i = t->declare(QStringLiteral("Payments"), Severity(severity));
        QVERIFY(roles().assign(i.id, Roles::commander, alice.id, QStringLiteral("tester")));
        if (delegateOps)
            QVERIFY(roles().assign(i.id, Roles::operations, bob.id, QStringLiteral("tester")));
        const QStringList warnings = roles().board(i.id)->warnings();
        QCOMPARE(warnings.size(), warned ? 1 : 0);
        if (warned)
            QVERIFY(warnings.constFirst().contains(QStringLiteral("Operations")));

        // The IC explicitly holding Ops as well is warned about too.
        if (delegateOps && severity <= 2) {
            QVERIFY(roles().assign(i.id, Roles::operations, alice.id, QStringLiteral("tester")));
            QCOMPARE(roles().board(i.id)->warnings().size(), 1);
        }
    }

    void boardWithoutCommanderWarns()
    {
        const Incident i = t->declare(QStringLiteral("Legacy"));
        const RoleBoard b = roles().board(i.id).value();
        QCOMPARE(b.roleSlots.size(), 4);
        QVERIFY(!b.commander());
        QCOMPARE(b.warnings().size(), 1);
        QVERIFY(b.icAlsoHolds().isEmpty());
    }

    void helpRequestsAreFlaggedAndSignalled()
    {
        const Incident i = t->declare(QStringLiteral("Disk full"));
        QVERIFY(roles().assign(i.id, Roles::commander, alice.id, QStringLiteral("tester")));
        QVERIFY(roles().assign(i.id, Roles::operations, bob.id, QStringLiteral("tester")));
        QSignalSpy help(&roles(), &RoleService::helpRequested);
        const int items = int(t->core().checklists().items(i.id)->size());
        QVERIFY(roles().requestHelp(i.id, Roles::operations, QStringLiteral("need a DBA"),
                                    QStringLiteral("bob")));
        QCOMPARE(help.count(), 1);
        QCOMPARE(int(t->core().checklists().items(i.id)->size()), items + 1); // Planning: find someone
        QCOMPARE(help.at(0).at(0).toLongLong(), i.id);
        QCOMPARE(help.at(0).at(1).toString(), Roles::operations);
        const RoleBoard b = roles().board(i.id).value();
        QVERIFY(b.slot(Roles::operations)->help.has_value());
        QCOMPARE(b.slot(Roles::operations)->help->personId, bob.id);
        QCOMPARE(b.slot(Roles::operations)->help->note, QStringLiteral("need a DBA"));

        QVERIFY(!roles().requestHelp(i.id, Roles::operations, {}, QStringLiteral("bob")));
        QCOMPARE(help.count(), 1);
        // A vacant role is the IC's: the IC is the one asking.
        QVERIFY(roles().requestHelp(i.id, Roles::communications, {}, QStringLiteral("alice")));
        QCOMPARE(roles().board(i.id)->slot(Roles::communications)->help->personId, alice.id);

        QVERIFY(roles().clearHelp(i.id, Roles::operations, QStringLiteral("alice")));
        QVERIFY(!roles().board(i.id)->slot(Roles::operations)->help.has_value());
        QVERIFY(!roles().clearHelp(i.id, Roles::operations, QStringLiteral("alice")));
    }

    void aHelpRequestAndPlanningsItemAreKeptTogether()
    {
        const Incident i = t->declare(QStringLiteral("Checklist refuses"));
        QVERIFY(roles().assign(i.id, Roles::operations, bob.id, QStringLiteral("tester")));
        const int items = int(t->core().checklists().items(i.id)->size());
        // The checklist cannot take the item: the request must not be kept without it.
        QSqlQuery trigger(t->core().database().connection());
        QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON checklist_items "
                                            "BEGIN SELECT RAISE(ABORT, 'checklist is full'); END")));
        QSignalSpy help(&roles(), &RoleService::helpRequested);
        QVERIFY(!roles().requestHelp(i.id, Roles::operations, QStringLiteral("need a DBA"), QStringLiteral("bob")));
        QCOMPARE(help.count(), 0);
        QVERIFY(!roles().board(i.id)->slot(Roles::operations)->help.has_value());
        QCOMPARE(int(t->core().checklists().items(i.id)->size()), items);
        QVERIFY(trigger.exec(QStringLiteral("DROP TRIGGER refuse")));
        QVERIFY(roles().requestHelp(i.id, Roles::operations, QStringLiteral("need a DBA"), QStringLiteral("bob")));
        QCOMPARE(int(t->core().checklists().items(i.id)->size()), items + 1);
    }

    void unknownRolesAreRefused()
    {
        const Incident i = t->declare(QStringLiteral("Unknown role"));
        const auto a = roles().assign(i.id, QStringLiteral("janitor"), bob.id, QStringLiteral("tester"));
        QVERIFY(!a);
        QVERIFY(a.error().contains(QStringLiteral("janitor")));
        QVERIFY(a.error().contains(QStringLiteral("commander")));
    }

    void customRolesCanBeCreatedAndAssigned()
    {
        RoleDefinition r;
        r.key = QStringLiteral("db-sme");
        r.name = QStringLiteral("Database expert");
        r.nameJa = QStringLiteral("データベース担当");
        r.duty = QStringLiteral("Knows the database.");
        QVERIFY(roles().createCustomRole(r, QStringLiteral("tester")));
        QVERIFY(!roles().createCustomRole(r, QStringLiteral("tester"))); // exists
        r.key = QStringLiteral("scribe");
        QVERIFY(!roles().createCustomRole(r, QStringLiteral("tester"))); // built-in
        r.key = QStringLiteral("Bad Key");
        QVERIFY(!roles().createCustomRole(r, QStringLiteral("tester")));

        const Incident i = t->declare(QStringLiteral("DB"));
        QVERIFY(roles().assign(i.id, QStringLiteral("DB-SME"), carol.id, QStringLiteral("tester")));
        const RoleBoard b = roles().board(i.id).value();
        QCOMPARE(b.roleSlots.size(), 5);
        QCOMPARE(b.roleSlots.last().role.displayName(), QStringLiteral("Database expert"));
        QCOMPARE(roles().definitions()->size(), Roles::builtins().size() + 1);
    }

    void optionalRolesCanBeAddedVacant()
    {
        const Incident i = t->declare(QStringLiteral("Board"));
        QVERIFY(roles().addRole(i.id, QStringLiteral("deputy"), QStringLiteral("tester")));
        QVERIFY(roles().addRole(i.id, QStringLiteral("deputy"), QStringLiteral("tester"))); // idempotent
        const RoleBoard b = roles().board(i.id).value();
        QCOMPARE(b.roleSlots.size(), 5);
        QVERIFY(b.slot(Roles::deputy)->isVacant());
        QVERIFY(roles().assign(i.id, Roles::deputy, bob.id, QStringLiteral("tester")));
        QCOMPARE(roles().board(i.id)->nextCommander()->id, bob.id);
    }

    void closedIncidentsKeepTheirRoles()
    {
        const Incident i = t->declare(QStringLiteral("Old"));
        QVERIFY(roles().assign(i.id, Roles::commander, alice.id, QStringLiteral("tester")));
        QVERIFY(t->core().incidents().setStatus(i.id, IncidentStatus::Closed, QStringLiteral("tester")));
        QVERIFY(!roles().assign(i.id, Roles::operations, bob.id, QStringLiteral("tester")));
        QVERIFY(!roles().handOff(i.id, Roles::commander, bob.id, briefing(), QStringLiteral("tester")));
        QVERIFY(roles().board(i.id)->warnings().isEmpty());
        QVERIFY(roles().board(i.id)->incidentClosed);
    }

    void activityLogShowsWhatEachHolderDidWhileHoldingTheRole()
    {
        const Incident i = t->declare(QStringLiteral("Activity"));
        QVERIFY(roles().assign(i.id, Roles::operations, bob.id, QStringLiteral("tester")));
        auto write = [&](const QString& author, const QString& text) {
            t->clock().advance(60000);
            EntryDraft d;
            d.author = author;
            d.text = text;
            d.kind = EntryKind::Action;
            QVERIFY(t->core().timeline().add(i.id, d));
        };
        write(QStringLiteral("bob"), QStringLiteral("Restarted the workers"));
        write(QStringLiteral("carol"), QStringLiteral("Looked at graphs"));
        {
            // The scribe writes for Ops: tagged with the timeline's role key, it belongs to Bob's period.
            t->clock().advance(60000);
            EntryDraft tagged;
            tagged.author = QStringLiteral("scribe-san");
            tagged.role = QStringLiteral("ops");
            tagged.text = QStringLiteral("Ops paused the deploy pipeline");
            QVERIFY(t->core().timeline().add(i.id, tagged));
        }
        t->clock().advance(60000);
        QVERIFY(roles().handOff(i.id, Roles::operations, carol.id, briefing(), QStringLiteral("bob")));
        write(QStringLiteral("bob"), QStringLiteral("Went home"));
        write(QStringLiteral("Carol King"), QStringLiteral("Drained the queue"));

        const auto log = roles().activityLog(i.id, Roles::operations);
        QVERIFY(log);
        QCOMPARE(log->size(), 2);
        // Bob's period: his action, the scribe's entry tagged Ops, and the handoff he recorded at its very
        // end; not what he wrote after.
        QCOMPARE(log->at(0).entries.size(), 3);
        QCOMPARE(log->at(0).entries.at(0).text, QStringLiteral("Restarted the workers"));
        QCOMPARE(log->at(0).entries.at(1).text, QStringLiteral("Ops paused the deploy pipeline"));
        QCOMPARE(log->at(0).entries.at(2).kind, EntryKind::RoleChange);
        QCOMPARE(log->at(1).entries.size(), 1);
        QCOMPARE(log->at(1).entries.at(0).text, QStringLiteral("Drained the queue"));
        const QString csv = ActivityLog::toCsv(log.value());
        QVERIFY(csv.startsWith(QStringLiteral("holder,held_from")));
        QVERIFY(csv.contains(QStringLiteral("Drained the queue")));
        const QString md = ActivityLog::toMarkdown(QStringLiteral("Ops"), log.value());
        QVERIFY(md.contains(QStringLiteral("## Bob Jones (@bob)")));
    }

    void everythingSurvivesARestart()
    {
        const Incident i = t->declare(QStringLiteral("Restart"));
        QVERIFY(roles().assign(i.id, Roles::commander, alice.id, QStringLiteral("tester")));
        QVERIFY(roles().handOff(i.id, Roles::commander, bob.id, briefing(), QStringLiteral("tester")));
        QVERIFY(t->reopen());
        QCOMPARE(roles().holder(i.id, Roles::commander)->value().personId, bob.id);
        QCOMPARE(roles().handoffs(i.id)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestRoleService)
#include "tst_roleservice.moc"
