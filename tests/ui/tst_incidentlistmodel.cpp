#include "incidentlistmodel.h"
#include "services/incidentservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestIncidentListModel : public QObject
{
    Q_OBJECT
private slots:
    void passesModelTester();
    void openFirstAndDrillFilter();
    void followsServiceSignals();
    void toolTipsEscapeTheTitle();
};

void TestIncidentListModel::passesModelTester()
{
    TestSupport::TempCore t;
    IncidentListModel model(t.core());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    t.declare(QStringLiteral("a"));
    t.declare(QStringLiteral("b"), Severity::Sev1, true);
    model.setShowDrills(false);
    model.setShowDrills(true);
    QCOMPARE(model.rowCount(), 2);
}

void TestIncidentListModel::openFirstAndDrillFilter()
{
    TestSupport::TempCore t;
    const Incident old = t.declare(QStringLiteral("old"));
    t.clock().advance(1000);
    const Incident drill = t.declare(QStringLiteral("drill"), Severity::Sev2, true);
    t.clock().advance(1000);
    QVERIFY(t.core().incidents().setStatus(old.id, IncidentStatus::Resolved, QStringLiteral("x")).ok());
    IncidentListModel model(t.core());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, 0).data(IncidentListModel::IdRole).toLongLong(), drill.id);
    QVERIFY(model.index(0, IncidentListModel::Code).data().toString().contains(drill.code));
    QVERIFY(!model.index(1, 0).data(IncidentListModel::IsOpenRole).toBool());
    model.setShowDrills(false);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, IncidentListModel::Title).data().toString(), QStringLiteral("old"));
}

void TestIncidentListModel::followsServiceSignals()
{
    TestSupport::TempCore t;
    IncidentListModel model(t.core());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const Incident i = t.declare(QStringLiteral("a"));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(t.core().incidents().setStatus(i.id, IncidentStatus::Monitoring, QStringLiteral("x")).ok());
    QCOMPARE(model.index(0, IncidentListModel::Status).data().toString(), QStringLiteral("Monitoring"));
    QVERIFY(reset.count() >= 2);
}

// Qt renders a tool tip as rich text when it looks like it: "<img src=x>" must show as typed.
void TestIncidentListModel::toolTipsEscapeTheTitle()
{
    TestSupport::TempCore t;
    t.declare(QStringLiteral("DB slow <img src=x>"));
    IncidentListModel model(t.core());
    const QString tip = model.index(0, IncidentListModel::Title).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("DB slow &lt;img src=x&gt;")), qPrintable(tip));
    QVERIFY2(!tip.contains(QStringLiteral("<img")), qPrintable(tip));
}

QTEST_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
