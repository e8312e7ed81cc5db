// The incident document's header and the changes made to production: every edit kept, nothing
// overwritten; recording and reverting a change also writes the timeline.
#include "testsupport.h"

#include "services/changeservice.h"
#include "services/documentservice.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"

#include <QSignalSpy>
#include <QTest>

class TestDocumentService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;
    qint64 m_incident = 0;
    DocumentService& doc() { return m_tc->core().document(); }
    ChangeService& changes() { return m_tc->core().changes(); }

private slots:
    void init()
    {
        m_tc = std::make_unique<TestSupport::TempCore>();
        QVERIFY(m_tc->ok());
        m_incident = m_tc->declare(QStringLiteral("Document")).id;
    }

    void cleanup() { m_tc.reset(); }

    void fieldsKeepHistory()
    {
        QSignalSpy spy(&doc(), &DocumentService::documentChanged);
        QVERIFY(doc().setField(m_incident, DocField::StatusKnown, QStringLiteral("API 5xx at 30%"),
                               QStringLiteral("alice")));
        m_tc->clock().advance(5 * 60'000);
        QVERIFY(doc().setFields(m_incident,
                                {{DocField::StatusKnown, QStringLiteral("API 5xx at 2%")},
                                 {DocField::ExitCriteria, QStringLiteral("5xx < 0.1% for 30 min")},
                                 {DocField::Todos, QStringLiteral("Page DB team\nPost status page")}},
                                QStringLiteral("bob")));
        QCOMPARE(spy.count(), 2);
        const auto current = doc().document(m_incident).value();
        QCOMPARE(current.value(DocField::StatusKnown), QStringLiteral("API 5xx at 2%"));
        QCOMPARE(current.fields.value(DocField::StatusKnown).editedBy, QStringLiteral("bob"));
        const auto history = doc().history(m_incident, DocField::StatusKnown).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).value, QStringLiteral("API 5xx at 30%"));
        QCOMPARE(history.at(0).editedBy, QStringLiteral("alice"));
        // Saving the same text again writes nothing.
        QVERIFY(doc().setField(m_incident, DocField::StatusKnown, QStringLiteral("API 5xx at 2%"),
                               QStringLiteral("c")));
        QCOMPARE(doc().history(m_incident, DocField::StatusKnown)->size(), 2);
        QCOMPARE(spy.count(), 2);
    }

    void summaryAndImpactFollowTheIncident()
    {
        QVERIFY(doc().setFields(m_incident,
                                {{DocField::Summary, QStringLiteral("決済APIの障害")},
                                 {DocField::Impact, QStringLiteral("30% of checkouts fail")}},
                                QStringLiteral("alice")));
        const auto incident = m_tc->core().incidents().get(m_incident).value();
        QCOMPARE(incident.summary, QStringLiteral("決済APIの障害"));
        QCOMPARE(incident.impact, QStringLiteral("30% of checkouts fail"));
        QCOMPARE(incident.title, QStringLiteral("Document"));
    }

    void nextUpdateIsATime()
    {
        QVERIFY(
            !doc().setField(m_incident, DocField::NextUpdate, QStringLiteral("soon"), QStringLiteral("a")));
        QVERIFY(doc().setField(m_incident, DocField::NextUpdate, QStringLiteral("2026-11-29T18:30:00+09:00"),
                               QStringLiteral("a")));
        QCOMPARE(doc().document(m_incident)->nextUpdateAt(),
                 QDateTime(QDate(2026, 11, 29), QTime(9, 30), Qt::UTC));
        QVERIFY(doc().setField(m_incident, DocField::NextUpdate, QString(), QStringLiteral("a")));
        QVERIFY(!doc().document(m_incident)->nextUpdateAt().isValid());
    }

    void changesRecordedEditedRevertedWithHistory()
    {
        const int entriesBefore = m_tc->core().timeline().count(m_incident).value();
        ChangeDraft d{QStringLiteral("Disabled nightly batch"),
                      QStringLiteral("ops-bob"),
                      {},
                      QStringLiteral("Re-enable /etc/cron.d/batch")};
        const auto c = changes().record(m_incident, d, QStringLiteral("planner"));
        QVERIFY(c);
        QCOMPARE(c->madeBy, QStringLiteral("ops-bob"));
        QCOMPARE(c->recordedBy, QStringLiteral("planner"));
        QVERIFY(!c->isReverted());
        QCOMPARE(m_tc->core().timeline().count(m_incident).value(), entriesBefore + 1);

        d.revertHow = QStringLiteral("Re-enable the cron entry and run it once");
        const auto edited = changes().edit(c->id, d, QStringLiteral("planner"));
        QCOMPARE(edited->revision, 2);
        m_tc->clock().advance(3600'000);
        const auto reverted = changes().markReverted(c->id, {}, QStringLiteral("ops-bob"));
        QVERIFY(reverted);
        QVERIFY(reverted->isReverted());
        QCOMPARE(reverted->revertedAt, m_tc->clock().now());
        QVERIFY(!changes().markReverted(c->id, {}, QStringLiteral("ops-bob"))); // only once
        QCOMPARE(m_tc->core().timeline().count(m_incident).value(), entriesBefore + 2);

        const auto revisions = changes().revisions(c->id).value();
        QCOMPARE(revisions.size(), 2);
        QCOMPARE(revisions.at(0).revertHow, QStringLiteral("Re-enable /etc/cron.d/batch"));
        QVERIFY(!revisions.at(1).isReverted());
        QCOMPARE(changes().list(m_incident)->size(), 1);
        QVERIFY(!changes().record(m_incident, ChangeDraft{}, QStringLiteral("x"))); // what is required
    }

    void aLongChangeIsRefusedUpFrontNotByItsEntry()
    {
        // The largest change that is accepted fits its timeline entry ("Production change: … To revert: …").
        const QString most(Incidents::maxQuotedLength, QLatin1Char('w'));
        ChangeDraft d{most, QStringLiteral("ops"), {}, most};
        QVERIFY(changes().record(m_incident, d, QStringLiteral("planner")).ok());
        d.what += QLatin1Char('!');
        const auto refused = changes().record(m_incident, d, QStringLiteral("planner"));
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QString::number(Incidents::maxQuotedLength)), qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TestDocumentService)
#include "tst_documentservice.moc"
