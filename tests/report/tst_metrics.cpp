#include "testsupport.h"

#include "report/metricscalculator.h"
#include "report/metricsservice.h"
#include "services/followupservice.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"

#include <QJsonObject>
#include <QTest>

namespace {
constexpr qint64 kMinute = 60 * 1000;

struct Plan
{
    QDateTime detected;
    Severity severity;
    int declareAfter;          // minutes after detection
    QList<int> updatesAfter;   // communication entries, minutes after detection
    int mitigateAfter;         // -1: never monitoring
    int resolveAfter;
    bool drill = false;
};

qint64 run(TestSupport::TempCore& tc, const Plan& p)
{
    tc.clock().set(p.detected.addSecs(p.declareAfter * 60));
    IncidentDraft d;
    d.title = QStringLiteral("incident");
    d.severity = p.severity;
    d.isDrill = p.drill;
    d.detectedAt = p.detected;
    const auto i = tc.core().incidents().declare(d);
    if (!i)
        qFatal("declare: %s", qPrintable(i.error()));
    for (int m : p.updatesAfter) {
        EntryDraft e;
        e.kind = EntryKind::Communication;
        e.text = QStringLiteral("update");
        e.occurredAt = p.detected.addSecs(m * 60);
        if (!tc.core().timeline().add(i->id, e))
            qFatal("update");
    }
    if (p.mitigateAfter >= 0) {
        tc.clock().set(p.detected.addSecs(p.mitigateAfter * 60));
        if (!tc.core().incidents().setStatus(i->id, IncidentStatus::Monitoring, {}))
            qFatal("monitoring");
    }
    tc.clock().set(p.detected.addSecs(p.resolveAfter * 60));
    if (!tc.core().incidents().setStatus(i->id, IncidentStatus::Resolved, {}))
        qFatal("resolved");
    return i->id;
}

QDateTime day(int month, int d)
{
    return QDateTime(QDate(2026, month, d), QTime(0, 0), Qt::UTC);
}
} // namespace

class TestMetrics final : public QObject
{
    Q_OBJECT
private slots:
    void percentiles();
    void seededDatabase();
    void rangeAndDrills();
};

void TestMetrics::percentiles()
{
    QCOMPARE(MetricsCalculator::percentile({10, 20, 30, 40}, 0.5), qint64(25));
    QCOMPARE(MetricsCalculator::percentile({10, 20, 30, 40}, 0.9), qint64(37));
    QCOMPARE(MetricsCalculator::percentile({7}, 0.9), qint64(7));
    const DurationStats none = MetricsCalculator::stats({});
    QCOMPARE(none.count, 0);
    QCOMPARE(none.medianMs, qint64(-1));
}

void TestMetrics::seededDatabase()
{
    TestSupport::TempCore tc;
    const qint64 a = run(tc, {day(10, 5), Severity::Sev1, 10, {20, 50}, 60, 90});
    run(tc, {day(11, 1), Severity::Sev2, 20, {40}, 120, 180});
    const qint64 c = run(tc, {day(11, 10), Severity::Sev2, 30, {70}, 90, 240});
    run(tc, {day(11, 20), Severity::Sev3, 40, {}, -1, 100});
    const qint64 e = run(tc, {day(11, 15), Severity::Sev1, 5, {6}, 7, 8, true});
    FollowUp f;
    f.title = QStringLiteral("a1");
    f.incidentId = a;
    const qint64 done = tc.core().followUps().add(f, {})->id;
    QVERIFY(tc.core().followUps().setStatus(done, FollowUpStatus::Done, {}).ok());
    QVERIFY(tc.core().followUps().add(f, {}).ok());
    f.incidentId = c;
    f.dueDate = QDate(2026, 11, 1);
    QVERIFY(tc.core().followUps().add(f, {}).ok());
    f.incidentId = e; // a drill's: left out
    QVERIFY(tc.core().followUps().add(f, {}).ok());
    tc.clock().set(QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC));

    const auto m = MetricsService(tc.core()).compute({}, QTimeZone("Asia/Tokyo"));
    QVERIFY2(m.ok(), qPrintable(m.error()));
    QCOMPARE(m->incidentCount, 4);
    QCOMPARE(m->bySeverity.value(QStringLiteral("SEV1")), 1);
    QCOMPARE(m->bySeverity.value(QStringLiteral("SEV2")), 2);
    QCOMPARE(m->bySeverity.value(QStringLiteral("SEV3")), 1);
    QCOMPARE(m->bySeverity.value(QStringLiteral("SEV4")), 0);
    QCOMPARE(m->byMonth, (QMap<QString, int>{{QStringLiteral("2026-10"), 1}, {QStringLiteral("2026-11"), 3}}));
    QCOMPARE(m->timeToDeclare.count, 4);
    QCOMPARE(m->timeToDeclare.medianMs, 25 * kMinute);
    QCOMPARE(m->timeToDeclare.p90Ms, 37 * kMinute);
    QCOMPARE(m->timeToFirstUpdate.count, 3);
    QCOMPARE(m->timeToFirstUpdate.medianMs, 20 * kMinute);
    QCOMPARE(m->timeToFirstUpdate.p90Ms, 36 * kMinute);
    QCOMPARE(m->timeToMitigate.count, 3);
    QCOMPARE(m->timeToMitigate.medianMs, 90 * kMinute);
    QCOMPARE(m->timeToMitigate.p90Ms, 114 * kMinute);
    QCOMPARE(m->timeToResolve.count, 4);
    QCOMPARE(m->timeToResolve.medianMs, 140 * kMinute);
    QCOMPARE(m->timeToResolve.p90Ms, 222 * kMinute);
    QCOMPARE(m->cadenceGaps, 8);
    QCOMPARE(m->cadenceGapsOnTime, 3);
    QCOMPARE(m->cadenceAdherence(), 0.375);
    QCOMPARE(m->followUpsTotal, 3);
    QCOMPARE(m->followUpsDone, 1);
    QCOMPARE(m->followUpsOpen, 2);
    QCOMPARE(m->followUpsOverdue, 1);

    const QString csv = MetricsService::csv(m.value());
    QVERIFY(csv.startsWith(QStringLiteral("metric,dimension,value\r\nincidents,all,4\r\n")));
    QVERIFY(csv.contains(QStringLiteral("time_to_resolve,median_minutes,140.0\r\n")));
    QVERIFY(csv.contains(QStringLiteral("time_to_first_update,p90_minutes,36.0\r\n")));
    QVERIFY(csv.contains(QStringLiteral("update_cadence,adherence,0.375\r\n")));
    QVERIFY(csv.contains(QStringLiteral("follow_ups,completion,0.333\r\n")));
    const auto rows = MetricsService(tc.core()).rows({}, QTimeZone("Asia/Tokyo"));
    QCOMPARE(rows->size(), 4);
    const QStringList lines = MetricsService::perIncidentCsv(rows.value()).split(QStringLiteral("\r\n"));
    QVERIFY(lines.at(0).startsWith(QStringLiteral("incident,severity,drill,detected_at")));
    QVERIFY2(lines.contains(QStringLiteral("INC-2026-0001,SEV1,,2026-10-05T00:00:00Z,2026-10-05T00:10:00Z,"
                                           "2026-10-05T00:20:00Z,2026-10-05T01:00:00Z,2026-10-05T01:30:00Z,"
                                           "10.0,10.0,60.0,90.0,3,2")),
             qPrintable(lines.join(QLatin1Char('\n'))));
    const QJsonObject json = MetricsService::json(m.value());
    QCOMPARE(json.value(QStringLiteral("time_to_declare")).toObject().value(QStringLiteral("median_ms")).toInteger(),
             25 * kMinute);
    QCOMPARE(json.value(QStringLiteral("by_month")).toObject().value(QStringLiteral("2026-10")).toInt(), 1);
}

void TestMetrics::rangeAndDrills()
{
    TestSupport::TempCore tc;
    run(tc, {day(10, 5), Severity::Sev1, 10, {20}, 60, 90});
    run(tc, {day(11, 1), Severity::Sev2, 20, {40}, 120, 180});
    run(tc, {day(11, 15), Severity::Sev4, 5, {}, -1, 8, true});
    MetricsQuery q;
    q.from = QDate(2026, 11, 1);
    auto m = MetricsService(tc.core()).compute(q, QTimeZone("Asia/Tokyo"));
    QCOMPARE(m->incidentCount, 1);
    q.includeDrills = true;
    m = MetricsService(tc.core()).compute(q, QTimeZone("Asia/Tokyo"));
    QCOMPARE(m->incidentCount, 2);
    QCOMPARE(m->bySeverity.value(QStringLiteral("SEV4")), 1);
    q.to = QDate(2026, 11, 14);
    m = MetricsService(tc.core()).compute(q, QTimeZone("Asia/Tokyo"));
    QCOMPARE(m->incidentCount, 1);
    // Time zones decide the day: 2026-10-31 20:00 UTC is 1 November in Tokyo.
    Incident late;
    late.detectedAt = QDateTime(QDate(2026, 10, 31), QTime(20, 0), Qt::UTC);
    MetricsQuery nov;
    nov.from = QDate(2026, 11, 1);
    QVERIFY(MetricsCalculator::inRange(late, nov, QTimeZone("Asia/Tokyo")));
    QVERIFY(!MetricsCalculator::inRange(late, nov, QTimeZone::utc()));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
