#include "peoplemodel.h"
#include "rolehistorymodel.h"
#include "services/oncallservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

// The role board's item models under QAbstractItemModelTester, following the core's signals.
class TestRoleModels final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> t;
    qint64 addPerson(const QString& name, const QString& handle)
    {
        Person p;
        p.name = name;
        p.handle = handle;
        return t->core().people().add(p)->id;
    }

private slots:
    void init()
    {
        t = std::make_unique<TestSupport::TempCore>();
        QVERIFY(t->ok());
    }
    void cleanup() { t.reset(); }

    void peopleModelFollowsTheRoster()
    {
        PeopleModel model(t->core());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        const qint64 alice = addPerson(QStringLiteral("Alice"), QStringLiteral("alice"));
        addPerson(QStringLiteral("山田"), QString());
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PeopleModel::ColumnCount));
        QCOMPARE(model.index(0, PeopleModel::Handle).data().toString(), QStringLiteral("@alice"));
        QCOMPARE(model.index(0, 0).data(PeopleModel::PersonIdRole).toLongLong(), alice);
        QVERIFY(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled);
        std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0)}));
        QCOMPARE(mime->data(PeopleModel::mimeType()).toLongLong(), alice);
        QCOMPARE(model.rowOf(alice), 0);

        Rotation r;
        r.name = QStringLiteral("SRE");
        r.startsAt = t->clock().now().addSecs(-60);
        r.memberIds = {alice};
        QVERIFY(t->core().onCall().createRotation(r));
        QVERIFY(model.index(0, 0).data(PeopleModel::OnCallRole).toBool());
        QVERIFY(model.index(0, 0).data().toString().contains(QStringLiteral("Alice")));
    }

    void historyModelKeepsEveryAssignment()
    {
        const Incident i = t->declare(QStringLiteral("Models"));
        const qint64 alice = addPerson(QStringLiteral("Alice"), QStringLiteral("alice"));
        const qint64 bob = addPerson(QStringLiteral("Bob"), QStringLiteral("bob"));
        RoleHistoryModel all(t->core());
        RoleHistoryModel ops(t->core());
        QAbstractItemModelTester tester1(&all, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester2(&ops, QAbstractItemModelTester::FailureReportingMode::QtTest);
        all.setIncident(i.id);
        ops.setIncident(i.id, Roles::operations);
        QVERIFY(t->core().roles().assign(i.id, Roles::commander, alice, QStringLiteral("t")));
        QVERIFY(t->core().roles().assign(i.id, Roles::operations, bob, QStringLiteral("t")));
        QVERIFY(t->core().roles().assign(i.id, Roles::operations, alice, QStringLiteral("t")));
        QCOMPARE(all.rowCount(), 3);
        QCOMPARE(ops.rowCount(), 2);
        QCOMPARE(ops.index(0, RoleHistoryModel::Person).data().toString(), QStringLiteral("Bob"));
        QCOMPARE(ops.index(0, RoleHistoryModel::Ended).data().toString(), QStringLiteral("Reassigned"));
        QCOMPARE(ops.index(1, RoleHistoryModel::Until).data().toString(), QStringLiteral("now"));
        QCOMPARE(all.index(0, RoleHistoryModel::Role).data().toString(),
                 QStringLiteral("Incident Commander"));
        QVERIFY(ops.assignmentAt(1)->isCurrent());
        QVERIFY(!ops.assignmentAt(2));

        // Another incident's changes do not touch this one.
        const Incident other = t->declare(QStringLiteral("Other"));
        QSignalSpy reset(&ops, &QAbstractItemModel::modelReset);
        QVERIFY(t->core().roles().assign(other.id, Roles::operations, bob, QStringLiteral("t")));
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_MAIN(TestRoleModels)
#include "tst_rolemodels.moc"
