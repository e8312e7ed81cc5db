// Timeline entries: revisions kept on every edit, soft deletion and restore in the history, links,
// roles, and milestones that set the incident's timestamps.
#include "testsupport.h"

#include "services/incidentservice.h"
#include "services/timelineservice.h"

#include <QSignalSpy>
#include <QTest>

class TestTimelineEntries final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;
    qint64 m_incident = 0;
    TimelineService& timeline() { return m_tc->core().timeline(); }

    static EntryDraft draft(const QString& text, EntryKind kind = EntryKind::Note)
    {
        EntryDraft d;
        d.text = text;
        d.kind = kind;
        d.author = QStringLiteral("alice");
        return d;
    }

private slots:
    void init()
    {
        m_tc = std::make_unique<TestSupport::TempCore>();
        QVERIFY(m_tc->ok());
        m_incident = m_tc->declare(QStringLiteral("Service")).id;
    }

    void cleanup() { m_tc.reset(); }

    void editsKeepEveryVersion()
    {
        const auto e = timeline().add(m_incident, draft(QStringLiteral("first")));
        QVERIFY(e);
        m_tc->clock().advance(60'000);
        EntryDraft second = EntryDraft::from(e.value());
        second.text = QStringLiteral("second");
        second.important = true;
        const auto v2 = timeline().edit(e->id, second, QStringLiteral("bob"));
        QVERIFY(v2);
        m_tc->clock().advance(60'000);
        second = EntryDraft::from(v2.value()); // an edit is made from the version it replaces
        second.text = QStringLiteral("third\nwith a second line");
        const auto third = timeline().edit(e->id, second, QStringLiteral("carol"));
        QVERIFY(third);
        QCOMPARE(third->revision, 3);
        QCOMPARE(third->recordedAt, e->recordedAt); // recorded-at never changes
        const auto revisions = timeline().revisions(e->id).value();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0).text, QStringLiteral("first"));
        QCOMPARE(revisions.at(0).replacedBy, QStringLiteral("bob"));
        QCOMPARE(revisions.at(1).text, QStringLiteral("second"));
        QVERIFY(revisions.at(1).important);
        QCOMPARE(revisions.at(1).replacedAt, e->recordedAt.addSecs(120));
    }

    void editThatChangesNothingWritesNothing()
    {
        const auto e = timeline().add(m_incident, draft(QStringLiteral("same")));
        QSignalSpy changed(&timeline(), &TimelineService::entryChanged);
        const auto again = timeline().edit(e->id, EntryDraft::from(e.value()), QStringLiteral("bob"));
        QCOMPARE(again->revision, 1);
        QVERIFY(timeline().revisions(e->id)->isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void softDeleteAndRestoreAreInHistory()
    {
        const auto e = timeline().add(m_incident, draft(QStringLiteral("oops")));
        const int before = timeline().count(m_incident).value();
        QVERIFY(timeline().remove(e->id, QStringLiteral("bob")));
        QCOMPARE(timeline().count(m_incident).value(), before - 1);
        QVERIFY(timeline().get(e->id)->deleted);
        QVERIFY(timeline().restore(e->id, QStringLiteral("bob")));
        QCOMPARE(timeline().count(m_incident).value(), before);
        const auto revisions = timeline().revisions(e->id).value();
        QCOMPARE(revisions.size(), 2);
        QVERIFY(!revisions.at(0).deleted);
        QVERIFY(revisions.at(1).deleted);
    }

    void linksAndRolesAreStored()
    {
        EntryDraft d = draft(QStringLiteral("dashboard"));
        d.links = {QStringLiteral("https://grafana.example/d/1"), QStringLiteral("  "),
                   QStringLiteral("https://chat.example/c/2")};
        d.role = QStringLiteral("ops");
        d.isPublic = true;
        const auto e = timeline().add(m_incident, d);
        QVERIFY(e);
        QCOMPARE(e->links, (QStringList{QStringLiteral("https://grafana.example/d/1"),
                                        QStringLiteral("https://chat.example/c/2")}));
        QCOMPARE(e->role, QStringLiteral("ops"));
        QVERIFY(e->isPublic);
        d.links = {QStringLiteral("not a link")};
        QVERIFY(!timeline().add(m_incident, d));
        // Links are clickable in the window and go into reports: only http, https and mailto.
        for (const QString& bad :
             {QStringLiteral("javascript:alert(1)"), QStringLiteral("file:///etc/passwd"),
              QStringLiteral("data:text/html,<b>x</b>"), QStringLiteral("ftp://host/x")}) {
            d.links = {bad};
            const auto refused = timeline().add(m_incident, d);
            QVERIFY2(!refused, qPrintable(bad));
            QVERIFY2(refused.error().contains(QStringLiteral("http")), qPrintable(refused.error()));
        }
        d.links = {QStringLiteral("mailto:oncall@example.com"), QStringLiteral("http://wiki.example/x")};
        QVERIFY(timeline().add(m_incident, d));
    }

    void validation()
    {
        QVERIFY(!timeline().add(m_incident, draft(QStringLiteral("   "))));
        EntryDraft d = draft(QStringLiteral("x"));
        d.milestone = Milestone::Mitigated; // only a milestone entry may mark one
        QVERIFY(!timeline().add(m_incident, d));
        QVERIFY(!timeline().add(999, draft(QStringLiteral("no such incident"))));
    }

    void milestonesSetIncidentTimestamps()
    {
        QSignalSpy incidentChanged(&m_tc->core().incidents(), &IncidentService::incidentChanged);
        const QDateTime at(QDate(2026, 11, 29), QTime(8, 40), Qt::UTC);
        EntryDraft d = draft(QStringLiteral("Error rate back to normal"), EntryKind::Milestone);
        d.milestone = Milestone::Mitigated;
        d.occurredAt = at;
        const auto e = timeline().add(m_incident, d);
        QVERIFY(e);
        QCOMPARE(m_tc->core().incidents().get(m_incident)->mitigatedAt, at);
        QCOMPARE(incidentChanged.count(), 1);

        // Moving the entry moves the timestamp.
        EntryDraft moved = EntryDraft::from(e.value());
        moved.occurredAt = at.addSecs(-600);
        QVERIFY(timeline().edit(e->id, moved, QStringLiteral("bob")));
        QCOMPARE(m_tc->core().incidents().get(m_incident)->mitigatedAt, at.addSecs(-600));

        // Detected earlier than the declaration, from the timeline.
        EntryDraft detected = draft(QStringLiteral("First alert"), EntryKind::Milestone);
        detected.milestone = Milestone::Detected;
        detected.occurredAt = QDateTime(QDate(2026, 11, 29), QTime(8, 5), Qt::UTC);
        QVERIFY(timeline().add(m_incident, detected));
        QCOMPARE(m_tc->core().incidents().get(m_incident)->detectedAt, detected.occurredAt);
    }

    void keysetPagingBothDirections()
    {
        for (int i = 0; i < 5; ++i) {
            m_tc->clock().advance(1000);
            QVERIFY(timeline().add(m_incident, draft(QStringLiteral("n%1").arg(i))));
        }
        const auto newest = timeline().page(m_incident, true, {}, 2).value();
        QCOMPARE(newest.at(0).text, QStringLiteral("n4"));
        const auto next =
            timeline().page(m_incident, true, TimelineStore::cursorAfter(newest.last()), 2).value();
        QCOMPARE(next.at(0).text, QStringLiteral("n2"));
        const auto oldest = timeline().page(m_incident, false, {}, 2).value();
        QCOMPARE(oldest.at(1).text, QStringLiteral("n0")); // after the declaration entry
    }
};

QTEST_GUILESS_MAIN(TestTimelineEntries)
#include "tst_timelineentries.moc"
