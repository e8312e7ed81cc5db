#include "testsupport.h"

#include "report/followupexport.h"
#include "services/followupservice.h"
#include "services/timelineservice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

class TestFollowUps final : public QObject
{
    Q_OBJECT
private slots:
    void addListAndStatus();
    void validation();
    void filtersAndOverdue();
    void csvEscapesAndGuardsFormulas();
    void jsonIsTrackerShaped();

private:
    static FollowUp draft(qint64 incidentId, const QString& title)
    {
        FollowUp f;
        f.incidentId = incidentId;
        f.title = title;
        return f;
    }
};

void TestFollowUps::addListAndStatus()
{
    TestSupport::TempCore tc;
    const Incident i = tc.declare(QStringLiteral("DB down"));
    QSignalSpy changed(&tc.core().followUps(), &FollowUpService::followUpChanged);
    QSignalSpy entries(&tc.core().timeline(), &TimelineService::entryAdded);
    FollowUp f = draft(i.id, QStringLiteral("  Add replica lag alert  "));
    f.owner = QStringLiteral("dave");
    f.dueDate = QDate(2026, 12, 15);
    f.type = FollowUpType::Detective;
    f.priority = FollowUpPriority::High;
    f.trackerUrl = QStringLiteral("https://tracker.example.com/issues/7");
    f.status = FollowUpStatus::Done; // ignored: new items start open
    const auto added = tc.core().followUps().add(f, QStringLiteral("bob"));
    QVERIFY2(added.ok(), qPrintable(added.error()));
    QCOMPARE(added->title, QStringLiteral("Add replica lag alert"));
    QCOMPARE(added->status, FollowUpStatus::Open);
    QCOMPARE(added->incidentCode, i.code);
    QCOMPARE(added->createdBy, QStringLiteral("bob"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(entries.count(), 1); // recorded on the incident's timeline

    tc.clock().advance(3600 * 1000);
    const auto done = tc.core().followUps().setStatus(added->id, FollowUpStatus::Done, QStringLiteral("dave"));
    QVERIFY(done.ok());
    QCOMPARE(done->completedAt, tc.clock().now());
    const auto reopened = tc.core().followUps().setStatus(added->id, FollowUpStatus::InProgress, QStringLiteral("dave"));
    QVERIFY(reopened.ok());
    QVERIFY(!reopened->completedAt.isValid());

    FollowUp edited = reopened.value();
    edited.owner = QStringLiteral("erin");
    edited.incidentId = 999; // an item never moves
    const auto saved = tc.core().followUps().update(edited, QStringLiteral("dave"));
    QVERIFY(saved.ok());
    QCOMPARE(saved->owner, QStringLiteral("erin"));
    QCOMPARE(saved->incidentId, i.id);
    QVERIFY(tc.reopen());
    QCOMPARE(tc.core().followUps().get(added->id)->owner, QStringLiteral("erin"));
}

void TestFollowUps::validation()
{
    TestSupport::TempCore tc;
    const Incident i = tc.declare(QStringLiteral("DB down"));
    QVERIFY(!tc.core().followUps().add(draft(i.id, QStringLiteral("   ")), {}).ok());
    QVERIFY(!tc.core().followUps().add(draft(i.id, QString(FollowUps::maxTitleLength + 1, QLatin1Char('x'))), {}).ok());
    FollowUp bad = draft(i.id, QStringLiteral("x"));
    for (const QString& url : {QStringLiteral("javascript:alert(1)"), QStringLiteral("ftp://host/x"),
                               QStringLiteral("not a url"), QStringLiteral("https://")}) {
        bad.trackerUrl = url;
        QVERIFY2(!tc.core().followUps().add(bad, {}).ok(), qPrintable(url));
    }
    QVERIFY(!tc.core().followUps().add(draft(4242, QStringLiteral("x")), {}).ok()); // unknown incident
    QVERIFY(!tc.core().followUps().setStatus(4242, FollowUpStatus::Done, {}).ok());
    FollowUpStore::Filter all;
    QCOMPARE(tc.core().followUps().list(all)->size(), 0);
}

void TestFollowUps::filtersAndOverdue()
{
    TestSupport::TempCore tc; // today: 2026-11-29
    const Incident real = tc.declare(QStringLiteral("Real"));
    const Incident drill = tc.declare(QStringLiteral("Drill"), Severity::Sev3, true);
    FollowUp late = draft(real.id, QStringLiteral("late"));
    late.dueDate = QDate(2026, 11, 28);
    FollowUp later = draft(real.id, QStringLiteral("later"));
    later.dueDate = QDate(2026, 12, 1);
    FollowUp undated = draft(real.id, QStringLiteral("undated"));
    FollowUp drillItem = draft(drill.id, QStringLiteral("drill late"));
    drillItem.dueDate = QDate(2026, 11, 1);
    qint64 lateId = 0;
    for (const FollowUp& f : {undated, later, late, drillItem}) {
        const auto r = tc.core().followUps().add(f, {});
        QVERIFY(r.ok());
        if (f.title == QStringLiteral("late"))
            lateId = r->id;
    }
    FollowUpStore::Filter filter;
    const auto everything = tc.core().followUps().list(filter);
    QCOMPARE(everything->size(), 4);
    QCOMPARE(everything->at(0).title, QStringLiteral("drill late")); // by due date, undated last
    QCOMPARE(everything->at(3).title, QStringLiteral("undated"));
    filter.includeDrills = false;
    QCOMPARE(tc.core().followUps().list(filter)->size(), 3);
    const auto overdue = tc.core().followUps().overdue(false);
    QCOMPARE(overdue->size(), 1);
    QCOMPARE(overdue->first().title, QStringLiteral("late"));
    QCOMPARE(tc.core().followUps().overdue(true)->size(), 2);
    QVERIFY(tc.core().followUps().setStatus(lateId, FollowUpStatus::WontDo, {}).ok());
    QCOMPARE(tc.core().followUps().overdue(false)->size(), 0);
    filter.openOnly = true;
    QCOMPARE(tc.core().followUps().list(filter)->size(), 2);
    filter.incidentId = drill.id;
    filter.includeDrills = true;
    QCOMPARE(tc.core().followUps().list(filter)->size(), 1);
}

void TestFollowUps::csvEscapesAndGuardsFormulas()
{
    FollowUp f;
    f.id = 3;
    f.incidentCode = QStringLiteral("INC-2026-0001");
    f.incidentTitle = QStringLiteral("DB, \"primary\"\ndown");
    f.title = QStringLiteral("=HYPERLINK(\"http://evil\")");
    f.owner = QStringLiteral("@dave");
    f.dueDate = QDate(2026, 11, 1);
    f.createdAt = QDateTime(QDate(2026, 11, 2), QTime(3, 4), Qt::UTC);
    const QString csv = FollowUpExport::csv({f}, QDate(2026, 11, 29));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(0), QStringLiteral("id,incident,incident_title,title,owner,due_date,type,priority,status,overdue,"
                                         "tracker_url,created_at,completed_at,drill"));
    QCOMPARE(lines.at(1), QStringLiteral("3,INC-2026-0001,\"DB, \"\"primary\"\"\ndown\",\"'=HYPERLINK(\"\"http://evil\"\")\","
                                         "'@dave,2026-11-01,corrective,medium,open,yes,,2026-11-02T03:04:00Z,,"));
    f.incidentIsDrill = true;
    QVERIFY(FollowUpExport::csv({f}, QDate(2026, 11, 29)).split(QStringLiteral("\r\n")).at(1).endsWith(QStringLiteral(",DRILL")));
    const QJsonObject drill = FollowUpExport::json({f}, QDate(2026, 11, 29)).first().toObject();
    QVERIFY(drill.value(QStringLiteral("labels")).toArray().contains(QStringLiteral("drill")));
    QVERIFY(drill.value(QStringLiteral("body")).toString().startsWith(QStringLiteral("[DRILL] ")));
    QCOMPARE(FollowUpExport::csvField(QStringLiteral("-1+2")), QStringLiteral("'-1+2"));
    QCOMPARE(FollowUpExport::csvField(QStringLiteral("plain 日本語")), QStringLiteral("plain 日本語"));
}

void TestFollowUps::jsonIsTrackerShaped()
{
    FollowUp f;
    f.id = 9;
    f.incidentCode = QStringLiteral("INC-2026-0002");
    f.incidentTitle = QStringLiteral("決済障害");
    f.title = QStringLiteral("接続プールを監視する");
    f.owner = QStringLiteral("エリカ");
    f.type = FollowUpType::Preventative;
    f.priority = FollowUpPriority::High;
    f.status = FollowUpStatus::Done;
    f.trackerUrl = QStringLiteral("https://tracker.example.com/issues/9");
    const QJsonObject o = FollowUpExport::json({f}, QDate(2026, 11, 29)).first().toObject();
    QCOMPARE(o.value(QStringLiteral("title")).toString(), f.title);
    QCOMPARE(o.value(QStringLiteral("assignee")).toString(), f.owner);
    QCOMPARE(o.value(QStringLiteral("state")).toString(), QStringLiteral("closed"));
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
    QCOMPARE(o.value(QStringLiteral("due_on")).toString(), QString());
    QCOMPARE(o.value(QStringLiteral("external_url")).toString(), f.trackerUrl);
    const QJsonArray labels = o.value(QStringLiteral("labels")).toArray();
    QCOMPARE(labels, (QJsonArray{QStringLiteral("follow-up"), QStringLiteral("type:preventative"),
                                 QStringLiteral("priority:high"), QStringLiteral("incident:INC-2026-0002")}));
    QVERIFY(o.value(QStringLiteral("body")).toString().contains(QStringLiteral("決済障害")));
}

QTEST_GUILESS_MAIN(TestFollowUps)
#include "tst_followups.moc"
