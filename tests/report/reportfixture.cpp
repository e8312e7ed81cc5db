#include "reportfixture.h"

#include "domain/documentfield.h"
#include "domain/ideastate.h"
#include "domain/productionchange.h"
#include "services/brainstormservice.h"
#include "services/changeservice.h"
#include "services/documentservice.h"
#include "services/followupservice.h"
#include "services/incidentservice.h"
#include "services/personservice.h"
#include "services/reportservice.h"
#include "services/roleservice.h"
#include "services/timelineservice.h"

#include <QTest>

#include <ctime>

namespace {
QDateTime utc(int hour, int minute)
{
    return QDateTime(QDate(2026, 11, 29), QTime(hour, minute), Qt::UTC);
}

void entry(Core& core, qint64 id, int hour, int minute, EntryKind kind, const QString& text, bool isPublic = false,
           const QString& author = QStringLiteral("alice"))
{
    EntryDraft d;
    d.kind = kind;
    d.text = text;
    d.author = author;
    d.occurredAt = utc(hour, minute);
    d.isPublic = isPublic;
    d.important = kind == EntryKind::Decision;
    QVERIFY2(core.timeline().add(id, d).ok(), "seed entry");
}

qint64 person(Core& core, const QString& name, const QString& handle)
{
    Person p;
    p.name = name;
    p.handle = handle;
    const auto added = core.people().add(p);
    if (!added)
        qFatal("seed: person: %s", qPrintable(added.error()));
    return added->id;
}

void assign(Core& core, qint64 id, const QString& role, qint64 personId)
{
    const auto a = core.roles().assign(id, role, personId, QStringLiteral("alice"));
    if (!a)
        qFatal("seed: assign %s: %s", qPrintable(role), qPrintable(a.error()));
}

// The role board: alice takes command when she declares (08:45), Ops goes to a person with a hostile name and
// Comms to Carol; alice hands command to Bob with a briefing (09:05); a custom role with its own Japanese name
// is assigned (09:08); Ops is reassigned to Dave (09:15, below) and the custom role released (09:50, below).
void seedRoles(TestSupport::TempCore& tc, qint64 id)
{
    Core& core = tc.core();
    tc.clock().set(utc(8, 48));
    assign(core, id, Roles::operations, person(core, ReportFixture::hostilePerson(), QStringLiteral("eve")));
    tc.clock().set(utc(8, 52));
    assign(core, id, Roles::communications, person(core, QStringLiteral("Carol"), QStringLiteral("carol")));
    tc.clock().set(utc(9, 5));
    Briefing b;
    b.situation = QStringLiteral("Card payments fail since 08:30 UTC; pool exhausted? <script>x</script> | *not bold*");
    b.objectives = QStringLiteral("Restore checkout\nKeep EU customers informed");
    b.currentActions = QStringLiteral("Rolling back release 2026.11.29-1");
    const auto handoff = core.roles().handOff(id, Roles::commander, person(core, QStringLiteral("Bob"), QStringLiteral("bob")), b,
                                              QStringLiteral("alice"));
    if (!handoff)
        qFatal("seed: handoff: %s", qPrintable(handoff.error()));
    RoleDefinition custom;
    custom.key = QStringLiteral("db-sme");
    custom.name = QStringLiteral("Database SME");
    custom.nameJa = QStringLiteral("データベース担当");
    if (const auto defined = core.roles().createCustomRole(custom, QStringLiteral("bob")); !defined)
        qFatal("seed: custom role: %s", qPrintable(defined.error()));
    tc.clock().set(utc(9, 8));
    assign(core, id, custom.key, person(core, QStringLiteral("エリカ"), QStringLiteral("erika")));
}
} // namespace

QString ReportFixture::hostilePerson()
{
    return QStringLiteral("<img src=x onerror=alert(1)> | *eve*");
}

QString ReportFixture::hostileTitle()
{
    return QStringLiteral("決済 API 障害 <script>alert('x')</script> | *太字* `rm -rf` & \"quotes\"");
}

QTimeZone ReportFixture::tokyo()
{
    return QTimeZone("Asia/Tokyo");
}

void ReportFixture::fixTimeZone()
{
    qputenv("TZ", "Asia/Tokyo");
    tzset();
}

qint64 ReportFixture::seed(TestSupport::TempCore& tc, bool drill)
{
    Core& core = tc.core();
    tc.clock().set(utc(8, 45));
    IncidentDraft d;
    d.title = hostileTitle();
    d.severity = Severity::Sev2;
    d.summary = QStringLiteral("Card payments failed for EU customers.\n# not a heading\n- not a list");
    d.impact = QStringLiteral("About 30% of checkouts failed. [click](javascript:alert(1)) <img src=x onerror=alert(1)>");
    d.isDrill = drill;
    d.answers.customersAffected = true;
    d.detectedAt = utc(8, 30);
    d.author = QStringLiteral("alice");
    d.authorTakesCommand = true;
    const auto declared = core.incidents().declare(d);
    if (!declared)
        qFatal("seed: %s", qPrintable(declared.error()));
    const qint64 id = declared->id;

    entry(core, id, 8, 30, EntryKind::Alert, QStringLiteral("Error rate > 5% on checkout-api | pager"));
    entry(core, id, 8, 50, EntryKind::Communication,
          QStringLiteral("We are investigating failed card payments.\nNext update by 09:20 UTC."), true,
          QStringLiteral("carol"));
    entry(core, id, 9, 0, EntryKind::Hypothesis, QStringLiteral("DB connection pool exhausted after release `2026.11.29-1`?"));
    entry(core, id, 9, 10, EntryKind::Decision, QStringLiteral("Roll back release 2026.11.29-1"), false,
          QStringLiteral("bob"));
    entry(core, id, 9, 25, EntryKind::Communication,
          QStringLiteral("決済は復旧しました。原因を調査しています。<b>not bold</b>"), true, QStringLiteral("carol"));

    seedRoles(tc, id);

    // The living document: header, a change to production (reverted later), the brainstorm board.
    tc.clock().set(utc(9, 12));
    if (!core.document().setFields(id,
                                   {{DocField::StatusKnown, QStringLiteral("Pool exhausted after release <2026.11.29-1>")},
                                    {DocField::StatusDoing, QStringLiteral("Rolling back | watching error rate")},
                                    {DocField::NextUpdate, QStringLiteral("2026-11-29T09:40:00Z")},
                                    {DocField::CommandPost, QStringLiteral("#inc-payments / https://meet.example.com/abc")},
                                    {DocField::ExitCriteria, QStringLiteral("- Error rate < 0.1% for 30 min\n- 決済成功率が平常に戻る")},
                                    {DocField::Todos, QStringLiteral("* Page the DB team\n\n* Draft the customer notice")}},
                                   QStringLiteral("alice")))
        qFatal("seed: document");
    ChangeDraft change;
    change.what = QStringLiteral("Raised pool size 50 → 200 on db-primary");
    change.madeBy = QStringLiteral("bob");
    change.madeAt = utc(9, 14);
    change.revertHow = QStringLiteral("Set pool_size=50 and reload");
    const auto recorded = core.changes().record(id, change, QStringLiteral("bob"));
    if (!recorded)
        qFatal("seed: change: %s", qPrintable(recorded.error()));
    const auto confirmed = core.brainstorm().add(id, QStringLiteral("Release 2026.11.29-1 halved the pool size"), QStringLiteral("alice"));
    const auto ruledOut = core.brainstorm().add(id, QStringLiteral("Card network outage"), QStringLiteral("carol"));
    if (!confirmed || !ruledOut
        || !core.brainstorm().setVerdict(confirmed->id, IdeaState::Confirmed, {}, QStringLiteral("bob"))
        || !core.brainstorm().setVerdict(ruledOut->id, IdeaState::RuledOut, {}, QStringLiteral("bob")))
        qFatal("seed: ideas");

    tc.clock().set(utc(9, 15));
    assign(core, id, Roles::operations, person(core, QStringLiteral("Dave"), QStringLiteral("dave")));
    tc.clock().set(utc(9, 20));
    if (!core.incidents().setStatus(id, IncidentStatus::Monitoring, QStringLiteral("bob")))
        qFatal("seed: monitoring");
    tc.clock().set(utc(9, 50));
    if (!core.roles().release(id, QStringLiteral("db-sme"), QStringLiteral("bob")))
        qFatal("seed: release");
    tc.clock().set(utc(10, 0));
    if (!core.incidents().setStatus(id, IncidentStatus::Resolved, QStringLiteral("bob")))
        qFatal("seed: resolved");

    FollowUp f;
    f.incidentId = id;
    f.title = QStringLiteral("Alert when the pool is > 80% | used");
    f.owner = QStringLiteral("dave");
    f.dueDate = QDate(2026, 12, 15);
    f.type = FollowUpType::Detective;
    f.priority = FollowUpPriority::High;
    f.trackerUrl = QStringLiteral("https://tracker.example.com/issues/42?a=1&b=(2)");
    if (!core.followUps().add(f, QStringLiteral("bob")))
        qFatal("seed: follow-up");
    FollowUp g;
    g.incidentId = id;
    g.title = QStringLiteral("=HYPERLINK(\"http://evil\") 接続プールの上限を見直す");
    g.owner = QStringLiteral("エリカ");
    g.dueDate = QDate(2026, 11, 20); // overdue on the 29th
    g.type = FollowUpType::Preventative;
    g.priority = FollowUpPriority::Medium;
    if (!core.followUps().add(g, QStringLiteral("bob")))
        qFatal("seed: follow-up 2");

    if (!core.reports().saveWording(id, {{QStringLiteral("customer.cause"),
                                          QStringLiteral("A configuration change <b>reduced</b> the pool | size.")}},
                                    QStringLiteral("carol")))
        qFatal("seed: wording");
    if (!core.changes().markReverted(recorded->id, utc(10, 30), QStringLiteral("bob")))
        qFatal("seed: revert");
    tc.clock().set(utc(11, 0));
    return id;
}
