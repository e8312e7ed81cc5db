#include "services/incidentservice.h"
#include "services/roleservice.h"
#include "services/timelineservice.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestIncidentService : public QObject
{
    Q_OBJECT
private slots:
    void declareValidatesTitle();
    void declareAssignsCodesPerYearAndKind();
    void declareRecordsAnswersAndFirstEntry();
    void investigateThenDeclare();
    void statusLifecycleSetsTimestamps();
    void closedIsFinal();
    void severityChangeIsLogged();
    void severityChangeValidates();
    void severityChangeIsOneTransaction();
    void findAcceptsIdOrCode();
    void listPutsOpenIncidentsFirst();
    void signalsFollowCommit();
    void declarerTakesCommandInTheSameTransaction();
    void failingCommanderRollsTheDeclarationBack();
};

void TestIncidentService::declareValidatesTitle()
{
    TestSupport::TempCore t;
    IncidentDraft d;
    d.title = QStringLiteral("   ");
    auto r = t.core().incidents().declare(d);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("title")));
    d.title = QString(Incidents::maxTitleLength + 1, QLatin1Char('a'));
    r = t.core().incidents().declare(d);
    QVERIFY(!r.ok());
    QVERIFY(r.error().contains(QStringLiteral("too long")));
    d.title = QStringLiteral("ok");
    d.impact = QString(Incidents::maxTextLength + 1, QLatin1Char('i'));
    QVERIFY(!t.core().incidents().declare(d).ok());
    QCOMPARE(t.core().incidents().list()->size(), 0);
}

void TestIncidentService::declareAssignsCodesPerYearAndKind()
{
    TestSupport::TempCore t;
    QCOMPARE(t.declare(QStringLiteral("a")).code, QStringLiteral("INC-2026-0001"));
    QCOMPARE(t.declare(QStringLiteral("b")).code, QStringLiteral("INC-2026-0002"));
    QCOMPARE(t.declare(QStringLiteral("drill"), Severity::Sev3, true).code, QStringLiteral("DRILL-2026-0001"));
    t.clock().set(QDateTime(QDate(2027, 1, 2), QTime(12, 0), Qt::UTC));
    QCOMPARE(t.declare(QStringLiteral("c")).code, QStringLiteral("INC-2027-0001"));
}

void TestIncidentService::declareRecordsAnswersAndFirstEntry()
{
    TestSupport::TempCore t;
    IncidentDraft d;
    d.title = QStringLiteral("決済APIのエラー率上昇");
    d.severity = Severity::Sev1;
    d.impact = QStringLiteral("決済の30%が失敗");
    d.answers.customersAffected = true;
    d.author = QStringLiteral("sato");
    const auto r = t.core().incidents().declare(d);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const Incident i = t.core().incidents().get(r->id).value();
    QCOMPARE(i.title, d.title);
    QCOMPARE(i.severity, Severity::Sev1);
    QVERIFY(i.answers.customersAffected);
    QVERIFY(!i.answers.secondTeamNeeded);
    QCOMPARE(i.declaredAt, t.clock().now());
    QCOMPARE(i.status, IncidentStatus::Investigating);
    const auto entries = t.core().timeline().page(i.id, true, {}, 10).value();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().kind, EntryKind::Milestone);
    QCOMPARE(entries.first().author, QStringLiteral("sato"));
    QVERIFY(entries.first().text.contains(d.title));
}

void TestIncidentService::investigateThenDeclare()
{
    TestSupport::TempCore t;
    IncidentDraft d;
    d.title = QStringLiteral("Slow search");
    d.declare = false;
    const auto r = t.core().incidents().declare(d);
    QVERIFY(r.ok());
    QVERIFY(!r->isDeclared());
    t.clock().advance(3600 * 1000);
    QVERIFY(t.core().incidents().markDeclared(r->id, {false, false, true}, QStringLiteral("ic")).ok());
    const Incident i = t.core().incidents().get(r->id).value();
    QVERIFY(i.isDeclared());
    QVERIFY(i.answers.unresolvedAfterHour);
    QCOMPARE(i.detectedAt.secsTo(i.declaredAt), 3600);
    QVERIFY(!t.core().incidents().markDeclared(r->id, {}, QStringLiteral("ic")).ok());
}

void TestIncidentService::statusLifecycleSetsTimestamps()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"));
    auto& svc = t.core().incidents();
    t.clock().advance(60000);
    QVERIFY(svc.setStatus(i.id, IncidentStatus::Identified, QStringLiteral("ic")).ok());
    QVERIFY(!svc.get(i.id)->mitigatedAt.isValid());
    t.clock().advance(60000);
    QVERIFY(svc.setStatus(i.id, IncidentStatus::Monitoring, QStringLiteral("ic")).ok());
    const QDateTime mitigated = svc.get(i.id)->mitigatedAt;
    QCOMPARE(mitigated, t.clock().now());
    // A fix that did not hold: back to investigating keeps the first mitigation time.
    t.clock().advance(60000);
    QVERIFY(svc.setStatus(i.id, IncidentStatus::Investigating, QStringLiteral("ic")).ok());
    QVERIFY(svc.setStatus(i.id, IncidentStatus::Monitoring, QStringLiteral("ic")).ok());
    QCOMPARE(svc.get(i.id)->mitigatedAt, mitigated);
    t.clock().advance(60000);
    QVERIFY(svc.setStatus(i.id, IncidentStatus::Resolved, QStringLiteral("ic")).ok());
    QCOMPARE(svc.get(i.id)->resolvedAt, t.clock().now());
    QVERIFY(!svc.get(i.id)->isOpen());
    const auto same = svc.setStatus(i.id, IncidentStatus::Resolved, QStringLiteral("ic"));
    QVERIFY(!same.ok());
    // Every change is in the timeline as a status entry.
    const auto entries = t.core().timeline().page(i.id, true, {}, 50).value();
    int statusEntries = 0;
    for (const auto& e : entries)
        statusEntries += e.kind == EntryKind::Status;
    QCOMPARE(statusEntries, 5);
}

void TestIncidentService::closedIsFinal()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"));
    QVERIFY(t.core().incidents().setStatus(i.id, IncidentStatus::Closed, QStringLiteral("ic")).ok());
    const Incident closed = t.core().incidents().get(i.id).value();
    QVERIFY(closed.closedAt.isValid());
    QVERIFY(closed.resolvedAt.isValid());
    const auto r = t.core().incidents().setStatus(i.id, IncidentStatus::Investigating, QStringLiteral("ic"));
    QVERIFY(!r.ok());
    QCOMPARE(t.core().incidents().get(i.id)->status, IncidentStatus::Closed);
}

void TestIncidentService::severityChangeIsLogged()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"), Severity::Sev3);
    QVERIFY(t.core().incidents().setSeverity(i.id, Severity::Sev1, QStringLiteral("ic")).ok());
    QCOMPARE(t.core().incidents().get(i.id)->severity, Severity::Sev1);
    const auto top = t.core().timeline().page(i.id, true, {}, 1).value().first();
    QVERIFY(top.text.contains(QStringLiteral("SEV3")) && top.text.contains(QStringLiteral("SEV1")));
    QCOMPARE(top.kind, EntryKind::Status);
    QCOMPARE(top.author, QStringLiteral("ic"));
    QVERIFY(top.important); // an escalation

    QVERIFY(t.core()
                .incidents()
                .setSeverity(i.id, Severity::Sev2, QStringLiteral("ic"), QStringLiteral(" 復旧の見込み "))
                .ok());
    const auto down = t.core().timeline().page(i.id, true, {}, 1).value().first();
    QVERIFY(down.text.contains(QStringLiteral("SEV1")) && down.text.contains(QStringLiteral("SEV2")));
    QVERIFY(down.text.contains(QStringLiteral("復旧の見込み")));
    QVERIFY(!down.important);
    // The earlier entry stays: the timeline keeps the whole severity history.
    QCOMPARE(t.core().timeline().count(i.id).value(), 3);
}

void TestIncidentService::severityChangeValidates()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"), Severity::Sev2);
    QSignalSpy changed(&t.core().incidents(), &IncidentService::incidentChanged);
    const int entries = t.core().timeline().count(i.id).value();
    QVERIFY(!t.core().incidents().setSeverity(i.id, Severity::Sev2, QStringLiteral("ic")).ok());
    QVERIFY(!t.core().incidents().setSeverity(999, Severity::Sev1, QStringLiteral("ic")).ok());
    const Status tooLong = t.core().incidents().setSeverity(
        i.id, Severity::Sev1, QStringLiteral("ic"), QString(Incidents::maxTextLength, QLatin1Char('x')));
    QVERIFY(!tooLong.ok());
    QCOMPARE(t.core().incidents().get(i.id)->severity, Severity::Sev2); // the failed entry rolled it back
    QVERIFY(t.core().incidents().setStatus(i.id, IncidentStatus::Closed, QStringLiteral("ic")).ok());
    QVERIFY(!t.core().incidents().setSeverity(i.id, Severity::Sev1, QStringLiteral("ic")).ok());
    QCOMPARE(t.core().incidents().get(i.id)->severity, Severity::Sev2);
    QCOMPARE(t.core().timeline().count(i.id).value(), entries + 1); // only the status change
    QCOMPARE(changed.count(), 1);
}

void TestIncidentService::severityChangeIsOneTransaction()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"), Severity::Sev3);
    QSignalSpy changed(&t.core().incidents(), &IncidentService::incidentChanged);
    QSignalSpy entries(&t.core().timeline(), &TimelineService::entryAdded);
    // The timeline refuses the entry: the severity must not change without it.
    QSqlQuery q(t.core().database().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON timeline_entries "
                                  "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    QVERIFY(!t.core().incidents().setSeverity(i.id, Severity::Sev1, QStringLiteral("ic")).ok());
    QCOMPARE(t.core().incidents().get(i.id)->severity, Severity::Sev3);
    QVERIFY(q.exec(QStringLiteral("DROP TRIGGER refuse")));
    QCOMPARE(changed.count(), 0);

    // Inside a larger transaction that rolls back, nothing is announced and nothing stays.
    {
        Transaction outer(t.core().database());
        QVERIFY(outer.begin().ok());
        QVERIFY(t.core().incidents().setSeverity(i.id, Severity::Sev1, QStringLiteral("ic")).ok());
        QCOMPARE(changed.count(), 0); // not durable yet
    }
    QCOMPARE(t.core().incidents().get(i.id)->severity, Severity::Sev3);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(entries.count(), 0);

    QVERIFY(t.core().incidents().setSeverity(i.id, Severity::Sev1, QStringLiteral("ic")).ok());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(entries.count(), 1);
}

void TestIncidentService::findAcceptsIdOrCode()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"));
    QCOMPARE(t.core().incidents().find(QString::number(i.id))->id, i.id);
    QCOMPARE(t.core().incidents().find(QStringLiteral("inc-2026-0001"))->id, i.id);
    QVERIFY(!t.core().incidents().find(QStringLiteral("INC-2026-0999")).ok());
    QVERIFY(!t.core().incidents().find(QStringLiteral("42")).ok());
}

void TestIncidentService::listPutsOpenIncidentsFirst()
{
    TestSupport::TempCore t;
    const Incident a = t.declare(QStringLiteral("a"));
    t.clock().advance(1000);
    const Incident b = t.declare(QStringLiteral("b"));
    t.clock().advance(1000);
    const Incident drill = t.declare(QStringLiteral("drill"), Severity::Sev2, true);
    t.clock().advance(1000);
    QVERIFY(t.core().incidents().setStatus(b.id, IncidentStatus::Resolved, QStringLiteral("ic")).ok());
    const auto all = t.core().incidents().list(true).value();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).id, drill.id);
    QCOMPARE(all.at(1).id, a.id);
    QCOMPARE(all.at(2).id, b.id); // resolved last even though it changed most recently
    const auto real = t.core().incidents().list(false).value();
    QCOMPARE(real.size(), 2);
}

void TestIncidentService::signalsFollowCommit()
{
    TestSupport::TempCore t;
    QSignalSpy created(&t.core().incidents(), &IncidentService::incidentCreated);
    QSignalSpy changed(&t.core().incidents(), &IncidentService::incidentChanged);
    QSignalSpy entries(&t.core().timeline(), &TimelineService::entryAdded);
    // When the signal arrives, the data must already be readable from another connection.
    Core other;
    QVERIFY(other.open(t.dbPath()).ok());
    bool visibleElsewhere = false;
    connect(&t.core().incidents(), &IncidentService::incidentCreated, this,
            [&](qint64 id) { visibleElsewhere = other.incidents().get(id).ok(); });
    const Incident i = t.declare(QStringLiteral("x"));
    QCOMPARE(created.count(), 1);
    QVERIFY(visibleElsewhere);
    QCOMPARE(entries.count(), 1);
    QVERIFY(t.core().incidents().setStatus(i.id, IncidentStatus::Identified, QStringLiteral("ic")).ok());
    QCOMPARE(changed.count(), 1);
    QVERIFY(!t.core().incidents().setStatus(i.id, IncidentStatus::Identified, QStringLiteral("ic")).ok());
    QCOMPARE(changed.count(), 1); // a refused change emits nothing
}

void TestIncidentService::declarerTakesCommandInTheSameTransaction()
{
    TestSupport::TempCore t;
    QSignalSpy roles(&t.core().roles(), &RoleService::rolesChanged);
    // Another connection sees the incident and its IC together when the window hears of either.
    Core other;
    QVERIFY(other.open(t.dbPath()).ok());
    bool icVisibleElsewhere = false;
    connect(&t.core().incidents(), &IncidentService::incidentCreated, this, [&](qint64 id) {
        const auto ic = other.roles().holder(id, Roles::commander);
        icVisibleElsewhere = ic && ic.value() && ic.value()->personName == QStringLiteral("aiko");
    });
    IncidentDraft d;
    d.title = QStringLiteral("Checkout down");
    d.severity = Severity::Sev1;
    d.author = QStringLiteral("aiko");
    d.authorTakesCommand = true;
    const auto i = t.core().incidents().declare(d);
    QVERIFY2(i.ok(), qPrintable(i.error()));
    QVERIFY(icVisibleElsewhere);
    QCOMPARE(roles.count(), 1);
    QCOMPARE(roles.constFirst().constFirst().toLongLong(), i->id);
    // The declaration comes first in the timeline, then the IC taking command.
    const auto entries = t.core().timeline().page(i->id, false, {}, 10);
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).kind, EntryKind::Milestone);
    QCOMPARE(entries->at(1).kind, EntryKind::RoleChange);
    QVERIFY(entries->at(1).text.contains(QStringLiteral("aiko")));
}

void TestIncidentService::failingCommanderRollsTheDeclarationBack()
{
    TestSupport::TempCore t;
    QSignalSpy created(&t.core().incidents(), &IncidentService::incidentCreated);
    QSignalSpy roles(&t.core().roles(), &RoleService::rolesChanged);
    IncidentDraft d;
    d.title = QStringLiteral("Nobody to command");
    d.author = QStringLiteral("aiko");
    d.commanderId = 999; // nobody on the roster
    QVERIFY(!t.core().incidents().declare(d).ok());
    QCOMPARE(created.count(), 0);
    QCOMPARE(roles.count(), 0); // the rolled-back assignment announced nothing
    const auto all = t.core().incidents().list();
    QVERIFY(all.ok());
    QVERIFY(all->isEmpty());
    // The connection is usable afterwards: the next declaration works and gets the first code again.
    d.commanderId = 0;
    d.authorTakesCommand = true;
    const auto next = t.core().incidents().declare(d);
    QVERIFY2(next.ok(), qPrintable(next.error()));
    QCOMPARE(next->code, QStringLiteral("INC-2026-0001"));
}

QTEST_GUILESS_MAIN(TestIncidentService)
#include "tst_incidentservice.moc"
