#include "reportfixture.h"

#include "services/followupservice.h"
#include "services/incidentservice.h"
#include "services/reportservice.h"
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
} // namespace

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
    const auto declared = core.incidents().declare(d);
    if (!declared)
        qFatal("seed: %s", qPrintable(declared.error()));
    const qint64 id = declared->id;

    entry(core, id, 8, 30, EntryKind::Alert, QStringLiteral("Error rate > 5% on checkout-api | pager"));
    entry(core, id, 8, 50, EntryKind::Communication,
          QStringLiteral("We are investigating failed card payments.\nNext update by 09:20 UTC."), true,
          QStringLiteral("carol"));
    entry(core, id, 9, 0, EntryKind::Hypothesis, QStringLiteral("DB connection pool exhausted after release `2026.11.29-1`?"));
    entry(core, id, 9, 5, EntryKind::RoleChange, QStringLiteral("Bob takes over as incident commander"), false,
          QStringLiteral("bob"));
    entry(core, id, 9, 10, EntryKind::Decision, QStringLiteral("Roll back release 2026.11.29-1"), false,
          QStringLiteral("bob"));
    entry(core, id, 9, 25, EntryKind::Communication,
          QStringLiteral("決済は復旧しました。原因を調査しています。<b>not bold</b>"), true, QStringLiteral("carol"));

    tc.clock().set(utc(9, 20));
    if (!core.incidents().setStatus(id, IncidentStatus::Monitoring, QStringLiteral("bob")))
        qFatal("seed: monitoring");
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
    tc.clock().set(utc(11, 0));
    return id;
}
