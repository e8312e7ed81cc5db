#include "domain/rotation.h"
#include "services/oncallservice.h"
#include "services/personservice.h"
#include "testsupport.h"

#include <QTest>

// Who is on call: the pure shift arithmetic, then rotations and overrides through the service.
class TestOnCall final : public QObject
{
    Q_OBJECT

private:
    static QDateTime utc(int day, int hour = 0)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, 0), Qt::UTC);
    }

private slots:
    void weeklyTurnsAndSecondary()
    {
        Rotation r;
        r.id = 1;
        r.startsAt = utc(2, 9); // Monday 09:00
        r.shiftHours = OnCall::weeklyHours;
        r.memberIds = {10, 20, 30};
        QCOMPARE(OnCall::at(r, {}, utc(1)).primaryId, 0); // before the start: nobody
        OnCallShift s = OnCall::at(r, {}, utc(2, 9));
        QCOMPARE(s.primaryId, 10);
        QCOMPARE(s.secondaryId, 20);
        QCOMPARE(s.shiftEnd, utc(9, 9));
        s = OnCall::at(r, {}, utc(9, 9));
        QCOMPARE(s.primaryId, 20);
        QCOMPARE(s.secondaryId, 30);
        s = OnCall::at(r, {}, utc(16, 10)); // third week
        QCOMPARE(s.primaryId, 30);
        QCOMPARE(s.secondaryId, 10);
        r.memberIds = {10};
        QCOMPARE(OnCall::at(r, {}, utc(23)).secondaryId, 0);
    }

    void overridesWinNewestFirst()
    {
        Rotation r;
        r.id = 1;
        r.startsAt = utc(2);
        r.shiftHours = 24;
        r.memberIds = {10, 20};
        const QList<RotationOverride> overrides{
            {1, 1, OnCallSlot::Primary, 77, utc(3), utc(5), {}},
            {2, 1, OnCallSlot::Primary, 88, utc(4), utc(5), {}},
            {3, 1, OnCallSlot::Secondary, 99, utc(3), utc(4), {}},
            {4, 2, OnCallSlot::Primary, 55, utc(1), utc(30), {}}, // another rotation
        };
        OnCallShift s = OnCall::at(r, overrides, utc(3, 12));
        QCOMPARE(s.primaryId, 77);
        QCOMPARE(s.secondaryId, 99);
        QVERIFY(s.primaryOverridden && s.secondaryOverridden);
        s = OnCall::at(r, overrides, utc(4, 12));
        QCOMPARE(s.primaryId, 88);
        QCOMPARE(s.secondaryId, 20); // shift 2: 10 is primary (overridden), 20 is next
        s = OnCall::at(r, overrides, utc(5));
        QVERIFY(!s.primaryOverridden); // ends are exclusive
    }

    void serviceSuggestsTheOnCallPerson()
    {
        TestSupport::TempCore t;
        QVERIFY(t.ok());
        QList<qint64> ids;
        for (const char* name : {"Alice", "Bob"}) {
            Person p;
            p.name = QString::fromLatin1(name);
            p.handle = p.name.toLower();
            ids << t.core().people().add(p)->id;
        }
        QVERIFY(!t.core().onCall().suggestion(QStringLiteral("commander"))->has_value());

        Rotation r;
        r.name = QStringLiteral("SRE primary");
        r.kind = RotationKind::Weekly;
        r.startsAt = t.clock().now().addDays(-8); // second week: Bob's turn
        r.memberIds = ids;
        const auto created = t.core().onCall().createRotation(r);
        QVERIFY2(created, qPrintable(created.error()));
        QCOMPARE(created->shiftHours, OnCall::weeklyHours);
        QVERIFY(!t.core().onCall().createRotation(r)); // the name is taken
        Rotation empty;
        empty.name = QStringLiteral("Empty");
        QVERIFY(!t.core().onCall().createRotation(empty));
        Rotation badRole = r;
        badRole.name = QStringLiteral("Bad");
        badRole.roleKey = QStringLiteral("janitor");
        QVERIFY(!t.core().onCall().createRotation(badRole));

        QCOMPARE(t.core().onCall().suggestion(QStringLiteral("operations"))->value().name,
                 QStringLiteral("Bob"));
        const auto now = t.core().onCall().onCall();
        QCOMPARE(now->size(), 1);
        QCOMPARE(now->at(0).secondary->name, QStringLiteral("Alice"));

        RotationOverride o;
        o.personId = ids.at(0);
        o.startsAt = t.clock().now().addSecs(-60);
        o.endsAt = t.clock().now().addSecs(3600);
        QVERIFY(t.core().onCall().addOverride(QStringLiteral("SRE primary"), o));
        QCOMPARE(t.core().onCall().suggestion(QStringLiteral("commander"))->value().name,
                 QStringLiteral("Alice"));
        QVERIFY(!t.core().onCall().addOverride(QStringLiteral("nope"), o));
        o.endsAt = o.startsAt;
        QVERIFY(!t.core().onCall().addOverride(QStringLiteral("SRE primary"), o));
    }
};

QTEST_GUILESS_MAIN(TestOnCall)
#include "tst_oncall.moc"
