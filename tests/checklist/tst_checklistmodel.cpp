#include "checklistmodel.h"
#include "services/checklistservice.h"
#include "services/incidentservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

// The checklist model: a valid tree (phases, items beneath) under the model tester, role filtering,
// overdue marking by the clock, and updates from the service.
class TestChecklistModel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;

private slots:
    void init()
    {
        m_tc = std::make_unique<TestSupport::TempCore>();
        QVERIFY(m_tc->ok());
    }
    void cleanup() { m_tc.reset(); }

    void treeIsValidThroughChanges()
    {
        const Incident i = m_tc->declare(QStringLiteral("Outage"), Severity::Sev1);
        ChecklistModel model(m_tc->core());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(i.id);
        QCOMPARE(model.rowCount(), 6); // SEV1 has items in every phase
        QCOMPARE(model.index(0, 0).data().toString().left(7), QStringLiteral("Declare"));
        const QModelIndex first = model.index(0, 0, model.index(0, 0));
        QVERIFY(model.data(first).toString().startsWith(QStringLiteral("1. Declare the incident")));
        QCOMPARE(model.data(first, Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(model.data(model.index(0, ChecklistModel::Owner, model.index(0, 0))).toString(),
                 QStringLiteral("Incident Commander"));

        const qint64 id = model.data(first, ChecklistModel::ItemIdRole).toLongLong();
        QVERIFY(m_tc->core().checklists().check(id, QStringLiteral("ic")).ok());
        const QModelIndex after = model.indexOfItem(id);
        QCOMPARE(model.data(after, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(model.data(model.index(0, ChecklistModel::State, after.parent()))
                    .toString()
                    .contains(QStringLiteral("ic")));
        QCOMPARE(model.closedCount(), 1);

        model.setRoleFilter(QStringLiteral("liaison"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.rowCount(model.index(0, 0)), 1);
        model.setRoleFilter(QString());
        QCOMPARE(model.rowCount(), 6);

        QVERIFY(m_tc->core()
                    .checklists()
                    .addAdHocItem(i.id, ChecklistPhase::After, QStringLiteral("custom:dba"),
                                  QStringLiteral("Vacuum"), QString(), QStringLiteral("x"))
                    .ok());
        QVERIFY(model.roleKeysInUse().contains(QStringLiteral("custom:dba")));
        model.setIncident(0);
        QCOMPARE(model.rowCount(), 0);
    }

    void stateChangesKeepTheRows()
    {
        const Incident i = m_tc->declare(QStringLiteral("Steady"), Severity::Sev2);
        ChecklistModel model(m_tc->core());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(i.id);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex first = model.index(0, 0, model.index(0, 0));
        QVERIFY(m_tc->core().checklists().check(model.itemAt(first)->id, QStringLiteral("ic")).ok());
        QCOMPARE(reset.size(), 0); // a tick does not reset the view (scroll and selection stay)
        QVERIFY(!changed.isEmpty());
        QVERIFY(first.isValid());
        QCOMPARE(model.data(first, Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(m_tc->core()
                    .checklists()
                    .addAdHocItem(i.id, ChecklistPhase::Declare, {}, QStringLiteral("New"), {},
                                  QStringLiteral("ic"))
                    .ok());
        QCOMPARE(reset.size(), 1); // a new row does
    }

    void overdueItemsStandOut()
    {
        const Incident i = m_tc->declare(QStringLiteral("Latency"), Severity::Sev2);
        ChecklistModel model(m_tc->core());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setIncident(i.id);
        QCOMPARE(model.overdueCount(), 0);
        m_tc->clock().advance(16 * 60000);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.refreshTimes();
        QVERIFY(!changed.isEmpty());
        QVERIFY(model.overdueCount() >= 3);
        const QModelIndex first = model.index(0, 0, model.index(0, 0));
        QVERIFY(model.data(first, ChecklistModel::OverdueRole).toBool());
        QVERIFY(model.data(first, Qt::BackgroundRole).isValid());
        QVERIFY(model.data(model.index(0, ChecklistModel::TimeBox, model.index(0, 0)))
                    .toString()
                    .contains(QStringLiteral("overdue")));
    }

    void undeclaredIncidentShowsRelativeTimeBoxes()
    {
        IncidentDraft d;
        d.title = QStringLiteral("Maybe");
        d.declare = false;
        const auto i = m_tc->core().incidents().declare(d);
        QVERIFY(i.ok());
        ChecklistModel model(m_tc->core());
        model.setIncident(i->id);
        const QModelIndex timeBox = model.index(0, ChecklistModel::TimeBox, model.index(0, 0));
        QVERIFY(model.data(timeBox).toString().contains(QStringLiteral("of declaring")));
        QVERIFY(m_tc->core().incidents().markDeclared(i->id, {}, QStringLiteral("ic")).ok());
        QVERIFY(model.data(model.index(0, ChecklistModel::TimeBox, model.index(0, 0)))
                    .toString()
                    .startsWith(QStringLiteral("by ")));
    }
};

QTEST_MAIN(TestChecklistModel)
#include "tst_checklistmodel.moc"
