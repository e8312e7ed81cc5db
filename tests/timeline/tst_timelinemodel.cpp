// The lazily fetched timeline model, checked by QAbstractItemModelTester while it pages, filters,
// follows the service's signals and reloads after another process wrote.
#include "testsupport.h"

#include "services/timelineservice.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestTimelineModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;
    qint64 m_incident = 0;

    qint64 add(const QString& text, EntryKind kind = EntryKind::Note)
    {
        m_tc->clock().advance(1000);
        EntryDraft d;
        d.text = text;
        d.kind = kind;
        d.author = QStringLiteral("alice");
        return m_tc->core().timeline().add(m_incident, d)->id;
    }

private slots:
    void init()
    {
        m_tc = std::make_unique<TestSupport::TempCore>();
        QVERIFY(m_tc->ok());
        m_incident = m_tc->declare(QStringLiteral("Model")).id;
        for (int i = 0; i < 249; ++i)
            add(QStringLiteral("entry %1").arg(i), i % 10 == 0 ? EntryKind::Decision : EntryKind::Note);
    }

    void cleanup() { m_tc.reset(); }

    void pagesLazily()
    {
        TimelineModel model(m_tc->core());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The 6.4 tester calls fetchMore() from its modelReset slot before it marks the reset as done;
        // the test drives fetchMore() itself instead.
        tester.setUseFetchMore(false);
        model.setIncident(m_incident);
        QCOMPARE(model.rowCount(), TimelineModel::pageSize);
        QCOMPARE(model.index(0, TimelineModel::Text).data().toString(), QStringLiteral("entry 248"));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 250); // with the declaration entry
        model.setNewestFirst(false);
        QCOMPARE(model.index(1, TimelineModel::Text).data().toString(), QStringLiteral("entry 0"));
        QVERIFY(model.index(0, TimelineModel::Time).data().toString().contains(QStringLiteral("UTC")));
    }

    void filtersAndSearches()
    {
        TimelineModel model(m_tc->core());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The 6.4 tester calls fetchMore() from its modelReset slot before it marks the reset as done;
        // the test drives fetchMore() itself instead.
        tester.setUseFetchMore(false);
        model.setIncident(m_incident);
        TimelineFilter f;
        f.kinds = {EntryKind::Decision};
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 25);
        f = {};
        f.text = QStringLiteral("entry 24");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 12); // every word anywhere: 24, 124, 224, 240…248
    }

    void followsTheService()
    {
        TimelineModel model(m_tc->core());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The 6.4 tester calls fetchMore() from its modelReset slot before it marks the reset as done;
        // the test drives fetchMore() itself instead.
        tester.setUseFetchMore(false);
        model.setIncident(m_incident);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const qint64 id = add(QStringLiteral("newest"));
        QCOMPARE(inserted.count(), 1); // an insert at the top, not a reset
        QCOMPARE(reset.count(), 0);
        QCOMPARE(model.entryAt(0)->id, id);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        EntryDraft d = EntryDraft::from(*model.entryAt(0));
        d.important = true;
        QVERIFY(m_tc->core().timeline().edit(id, d, QStringLiteral("bob")));
        QCOMPARE(changed.count(), 1);
        QVERIFY(model.index(0, TimelineModel::Text).data(TimelineModel::ImportantRole).toBool());

        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_tc->core().timeline().remove(id, QStringLiteral("bob")));
        QCOMPARE(removed.count(), 1);
        QVERIFY(model.rowOf(id) < 0);
        QVERIFY(m_tc->core().timeline().restore(id, QStringLiteral("bob")));
        QCOMPARE(model.rowOf(id), 0);
    }

    void editsInTheViewBecomeRequests()
    {
        TimelineModel model(m_tc->core());
        model.setIncident(m_incident);
        QSignalSpy requested(&model, &TimelineModel::editRequested);
        const QModelIndex text = model.index(0, TimelineModel::Text);
        QVERIFY(model.flags(text) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, TimelineModel::Author)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(text, QStringLiteral("changed")));
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.at(0).at(1).value<EntryDraft>().text, QStringLiteral("changed"));
        QCOMPARE(text.data().toString(), QStringLiteral("entry 248")); // unchanged until the service says so
    }

    void rareMatchesArriveInStepsFromTheEventLoop()
    {
        // Only the oldest entry matches; it lies beyond the first windows, so the model keeps searching
        // from the event loop and inserts it when found.
        {
            Transaction tx(m_tc->core().database());
            QVERIFY(tx.begin());
            for (int i = 0; i < 3000; ++i) {
                m_tc->clock().advance(1000);
                EntryDraft d;
                d.text = QStringLiteral("routine %1").arg(i);
                QVERIFY(m_tc->core().timeline().appendInTransaction(m_incident, d));
            }
            QVERIFY(tx.commit());
        }
        TimelineModel model(m_tc->core());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tester.setUseFetchMore(false);
        model.setIncident(m_incident);
        TimelineFilter f;
        f.kinds = {EntryKind::Milestone}; // the declaration, the oldest entry
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.canFetchMore({}));
        QTRY_COMPARE(model.rowCount(), 1);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.entryAt(0)->kind, EntryKind::Milestone);
    }

    void reloadsAfterAnotherProcessWrote()
    {
        TimelineModel model(m_tc->core());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The 6.4 tester calls fetchMore() from its modelReset slot before it marks the reset as done;
        // the test drives fetchMore() itself instead.
        tester.setUseFetchMore(false);
        model.setIncident(m_incident);
        TestSupport::Run r = TestSupport::icctl({QStringLiteral("--db"), m_tc->dbPath(), QStringLiteral("log"),
                                                 QStringLiteral("add"), QString::number(m_incident),
                                                 QStringLiteral("--at"), QStringLiteral("2030-01-01T00:00:00Z"),
                                                 QStringLiteral("from icctl")});
        QCOMPARE(r.exitCode, 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_tc->core().database().checkExternalChanges();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.index(0, TimelineModel::Text).data().toString(), QStringLiteral("from icctl"));
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
