// The lazily fetched timeline model, checked by QAbstractItemModelTester while it pages, filters,
// follows the service's signals and reloads after another process wrote.
#include "testsupport.h"

#include "services/timelineservice.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "timelinemodel.h"

#include <QAbstractItemModelTester>
#include <QScopeGuard>
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
    }

    // Qt renders a tool tip as rich text when it looks like it: user text must come out escaped.
    void toolTipsEscapeUserText()
    {
        m_tc->clock().advance(1000);
        EntryDraft d;
        d.text = QStringLiteral("<img src=x>\nline two");
        d.author = QStringLiteral("<b>mallory</b>");
        QVERIFY(m_tc->core().timeline().add(m_incident, d));
        TimelineModel model(m_tc->core());
        model.setIncident(m_incident);
        const QString text = model.index(0, TimelineModel::Text).data(Qt::ToolTipRole).toString();
        QVERIFY2(text.contains(QStringLiteral("&lt;img src=x&gt;\nline two")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("<img")), qPrintable(text));
        const QString author = model.index(0, TimelineModel::Author).data(Qt::ToolTipRole).toString();
        QVERIFY2(author.contains(QStringLiteral("&lt;b&gt;mallory&lt;/b&gt;")) &&
                     !author.contains(QStringLiteral("<b>")),
                 qPrintable(author));
    }

    void timeColumnIsShortAndSaysWhatItLeavesOut()
    {
        const QByteArray zone = qgetenv("TZ");
        const auto restore = qScopeGuard([zone] { qputenv("TZ", zone); });
        const QDate day(2026, 11, 29);
        const auto at = [](QDate d, int h, int m, int s = 0) { return QDateTime(d, QTime(h, m, s), Qt::UTC); };
        qputenv("TZ", "UTC");
        QCOMPARE(TimelineModel::formatRowTime(at(day, 14, 8, 54), day), QStringLiteral("14:08:54"));
        QCOMPARE(TimelineModel::formatRowTime(at(day.addDays(1), 0, 12, 3), day), QStringLiteral("11-30 00:12:03"));
        QCOMPARE(TimelineModel::formatRowTime(at(QDate(2027, 1, 1), 0, 5), day), QStringLiteral("2027-01-01 00:05:00"));
        qputenv("TZ", "Asia/Tokyo");
        QCOMPARE(TimelineModel::formatRowTime(at(day, 14, 8, 54), day), QStringLiteral("23:08:54 (14:08 UTC)"));
        QCOMPARE(TimelineModel::formatRowTime(at(day, 16, 0), day), QStringLiteral("11-30 01:00:00 (11-29 16:00 UTC)"));

        // The model: on a UTC machine, rows of the day of declaration show the time alone.
        qputenv("TZ", "UTC");
        TimelineModel model(m_tc->core());
        model.setIncident(m_incident);
        QCOMPARE(model.index(0, TimelineModel::Time).data().toString(), QStringLiteral("09:04:09"));
        QCOMPARE(model.headerData(TimelineModel::Time, Qt::Horizontal).toString(), QStringLiteral("Occurred"));
        QCOMPARE(model.widestTimeText(), QStringLiteral("23:59:59"));
        const QString tip = model.index(0, TimelineModel::Time).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("2026-11-29 09:04:09 (09:04 UTC)")), qPrintable(tip));
        QVERIFY(model.headerData(TimelineModel::Time, Qt::Horizontal, Qt::ToolTipRole).toString().contains(
            QStringLiteral("2026-11-29")));
        // An entry on the next day brings dates in, and the header says the column changed.
        QSignalSpy header(&model, &QAbstractItemModel::headerDataChanged);
        m_tc->clock().set(at(day.addDays(1), 0, 30));
        add(QStringLiteral("after midnight"));
        QCOMPARE(model.index(0, TimelineModel::Time).data().toString(), QStringLiteral("11-30 00:30:01"));
        QCOMPARE(model.index(1, TimelineModel::Time).data().toString(), QStringLiteral("09:04:09"));
        QCOMPARE(header.count(), 1);
        QCOMPARE(model.widestTimeText(), QStringLiteral("12-28 23:59:59"));
        // Where local time is not UTC, both are shown, and the header says so.
        qputenv("TZ", "Asia/Tokyo");
        model.reload();
        QCOMPARE(model.index(1, TimelineModel::Time).data().toString(), QStringLiteral("18:04:09 (09:04 UTC)"));
        QCOMPARE(model.headerData(TimelineModel::Time, Qt::Horizontal).toString(),
                 QStringLiteral("Occurred (local, UTC)"));
        QCOMPARE(model.widestTimeText(), QStringLiteral("12-28 23:59:59 (12-28 23:59 UTC)"));
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
        TestSupport::Run r =
            TestSupport::icctl({QStringLiteral("--db"), m_tc->dbPath(), QStringLiteral("log"),
                                QStringLiteral("add"), QString::number(m_incident), QStringLiteral("--at"),
                                QStringLiteral("2030-01-01T00:00:00Z"), QStringLiteral("from icctl")});
        QCOMPARE(r.exitCode, 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        m_tc->core().database().checkExternalChanges();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.index(0, TimelineModel::Text).data().toString(), QStringLiteral("from icctl"));
    }
};

QTEST_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
