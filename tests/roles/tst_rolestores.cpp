#include "storage/assignmentstore.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/personstore.h"
#include "storage/rolestore.h"
#include "testsupport.h"

#include <QSqlQuery>
#include <QTest>

// The roles schema (migration 0010) and its stores, below the service's rules.
class TestRoleStores final : public QObject
{
    Q_OBJECT

private slots:
    void migrationCreatesTheRolesSchema()
    {
        TestSupport::TempCore t;
        QVERIFY(t.ok());
        QVERIFY(t.core().database().schemaVersion() >= 10);
        const QStringList tables = t.core().database().connection().tables();
        for (const char* name :
             {"people", "custom_roles", "incident_roles", "role_assignments", "role_handoffs",
              "help_requests", "rotations", "rotation_members", "rotation_overrides"})
            QVERIFY2(tables.contains(QString::fromLatin1(name)), name);
        QVERIFY(Migrator::splitStatements(QStringLiteral("CREATE TRIGGER x BEFORE UPDATE ON t\nBEGIN\n"
                                                         "SELECT 1;\nEND;\nSELECT 2;"))
                    .size() == 2);
    }

    void oneCurrentHolderPerRoleIsEnforcedByTheSchema()
    {
        TestSupport::TempCore t;
        QVERIFY(t.ok());
        const Incident i = t.declare(QStringLiteral("Schema"));
        PersonStore people(t.core().database());
        Person p;
        p.name = QStringLiteral("Alice");
        const qint64 alice = people.insert(p, t.clock().now()).value();
        p.name = QStringLiteral("Bob");
        const qint64 bob = people.insert(p, t.clock().now()).value();

        AssignmentStore store(t.core().database());
        Assignment a;
        a.incidentId = i.id;
        a.roleKey = QStringLiteral("commander");
        a.personId = alice;
        a.startedAt = t.clock().now();
        const auto first = store.insert(a);
        QVERIFY(first);
        a.personId = bob;
        QVERIFY(!store.insert(a)); // a second current IC is refused by the partial unique index
        QVERIFY(store.close(first.value(), t.clock().now(), QStringLiteral("t"), AssignmentEnd::HandedOff));
        QVERIFY(store.insert(a));
        QCOMPARE(store.history(i.id)->size(), 2);
        QCOMPARE(store.history(i.id, QStringLiteral("operations"))->size(), 0);
        QCOMPARE(store.current(i.id, QStringLiteral("commander"))->value().personName, QStringLiteral("Bob"));
        QCOMPARE(store.currentAll(i.id)->size(), 1);
    }

    void handlesAreUniqueIgnoringCase()
    {
        TestSupport::TempCore t;
        QVERIFY(t.ok());
        PersonStore people(t.core().database());
        Person p;
        p.name = QStringLiteral("Alice");
        p.handle = QStringLiteral("alice");
        QVERIFY(people.insert(p, t.clock().now()));
        p.handle = QStringLiteral("Alice");
        QVERIFY(!people.insert(p, t.clock().now()));
        p.handle.clear();
        QVERIFY(people.insert(p, t.clock().now())); // many people may have no handle
        QVERIFY(people.insert(p, t.clock().now()));
        QVERIFY(people.findByHandle(QStringLiteral("@ALICE"))->has_value());
        QCOMPARE(people.findByName(QStringLiteral("alice"))->size(), 3);
    }

    void incidentRolesKeepTheirOrder()
    {
        TestSupport::TempCore t;
        QVERIFY(t.ok());
        const Incident i = t.declare(QStringLiteral("Order"));
        RoleStore roles(t.core().database());
        QVERIFY(roles.addToIncident(i.id, QStringLiteral("scribe"), t.clock().now(), QStringLiteral("t")));
        QVERIFY(roles.addToIncident(i.id, QStringLiteral("deputy"), t.clock().now(), QStringLiteral("t")));
        QVERIFY(roles.addToIncident(i.id, QStringLiteral("scribe"), t.clock().now(), QStringLiteral("t")));
        QCOMPARE(roles.incidentRoles(i.id).value(),
                 (QStringList{QStringLiteral("scribe"), QStringLiteral("deputy")}));
    }
};

QTEST_GUILESS_MAIN(TestRoleStores)
#include "tst_rolestores.moc"
