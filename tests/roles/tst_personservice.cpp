#include "domain/peoplecsv.h"
#include "services/personservice.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

// The roster: adding people, finding them by what a user types, and CSV import and export.
class TestPersonService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> t;
    PersonService& people() { return t->core().people(); }

private slots:
    void init()
    {
        t = std::make_unique<TestSupport::TempCore>();
        QVERIFY(t->ok());
    }
    void cleanup() { t.reset(); }

    void addValidatesAndSignals()
    {
        QSignalSpy changed(&people(), &PersonService::peopleChanged);
        Person p;
        p.name = QStringLiteral("山田 花子");
        p.handle = QStringLiteral("@hanako");
        p.languages = {QStringLiteral("ja"), QStringLiteral("en")};
        const auto saved = people().add(p);
        QVERIFY2(saved, qPrintable(saved.error()));
        QCOMPARE(saved->handle, QStringLiteral("hanako")); // stored without '@'
        QCOMPARE(saved->languages, (QStringList{QStringLiteral("ja"), QStringLiteral("en")}));
        QCOMPARE(changed.count(), 1);

        Person twin;
        twin.name = QStringLiteral("Someone else");
        twin.handle = QStringLiteral("HANAKO");
        QVERIFY(!people().add(twin)); // handles are unique, case-insensitively
        QVERIFY(!people().add(Person{}));
        Person spaced;
        spaced.name = QStringLiteral("X");
        spaced.handle = QStringLiteral("two words");
        QVERIFY(!people().add(spaced));
        QCOMPARE(changed.count(), 1);
    }

    void resolveFindsPeopleByIdHandleOrName()
    {
        Person a;
        a.name = QStringLiteral("Alice Smith");
        a.handle = QStringLiteral("alice");
        const qint64 id = people().add(a)->id;
        QCOMPARE(people().resolve(QString::number(id))->id, id);
        QCOMPARE(people().resolve(QStringLiteral("@alice"))->id, id);
        QCOMPARE(people().resolve(QStringLiteral("ALICE"))->id, id);
        QCOMPARE(people().resolve(QStringLiteral("alice smith"))->id, id);
        QVERIFY(!people().resolve(QStringLiteral("nobody")));

        Person b;
        b.name = QStringLiteral("Alice Smith");
        QVERIFY(people().add(b));
        const auto ambiguous = people().resolve(QStringLiteral("Alice Smith"));
        QVERIFY(!ambiguous);
        QVERIFY(ambiguous.error().contains(QStringLiteral("2")));
    }

    void updateKeepsHandlesUnique()
    {
        Person a;
        a.name = QStringLiteral("A");
        a.handle = QStringLiteral("a");
        Person b;
        b.name = QStringLiteral("B");
        b.handle = QStringLiteral("b");
        Person saved = people().add(a).value();
        QVERIFY(people().add(b));
        saved.phone = QStringLiteral("+81 3 1234 5678");
        QVERIFY(people().update(saved));
        QCOMPARE(people().get(saved.id)->phone, QStringLiteral("+81 3 1234 5678"));
        saved.handle = QStringLiteral("b");
        QVERIFY(!people().update(saved));
    }

    void csvImportReportsEveryBadRowAndWritesNothing()
    {
        const QString csv = QStringLiteral("name,handle,phone,team\n"
                                           "Alice,alice,+81 90 1,SRE\n"
                                           ",nobody,,\n"
                                           "Bob,alice,,\n"
                                           "Carol,carol,,DB,extra\n");
        QSignalSpy changed(&people(), &PersonService::peopleChanged);
        const auto r = people().importCsv(csv);
        QVERIFY(!r);
        const QStringList errors = r.error().split(QLatin1Char('\n'));
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors.at(0).startsWith(QStringLiteral("Line 3:")));
        QVERIFY(errors.at(1).startsWith(QStringLiteral("Line 4:")));
        QVERIFY(errors.at(1).contains(QStringLiteral("line 2")));
        QVERIFY(errors.at(2).startsWith(QStringLiteral("Line 5:")));
        QCOMPARE(people().list()->size(), 0);
        QCOMPARE(changed.count(), 0);
    }

    void csvHeaderErrors_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::newRow("empty") << QString();
        QTest::newRow("no name column") << QStringLiteral("handle\nalice\n");
        QTest::newRow("unknown column") << QStringLiteral("name,shoe size\nAlice,38\n");
        QTest::newRow("unclosed quote") << QStringLiteral("name\n\"Alice\n");
    }

    void csvHeaderErrors()
    {
        QFETCH(QString, csv);
        const auto r = people().importCsv(csv);
        QVERIFY(!r);
        QVERIFY(!r.error().isEmpty());
        QCOMPARE(people().list()->size(), 0);
    }

    void csvRoundTripUpdatesKnownHandles()
    {
        const QString csv =
            QStringLiteral("\xfeff"
                           "name,handle,phone,email,team,languages,skills\r\n"
                           "\"Smith, Alice\",alice,+81 90 1,a@example.com,SRE,ja; en,\"db, k8s\"\r\n"
                           "佐藤 健,ken,,,,ja,\r\n"
                           "\r\n"
                           "No Handle,,,,,,\r\n");
        const auto r = people().importCsv(csv);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->added, 3);
        const auto alice = people().resolve(QStringLiteral("alice"));
        QCOMPARE(alice->name, QStringLiteral("Smith, Alice"));
        QCOMPARE(alice->skills, (QStringList{QStringLiteral("db"), QStringLiteral("k8s")}));

        const QString exported = people().exportCsv().value();
        QVERIFY(exported.contains(QStringLiteral("\"Smith, Alice\"")));
        QVERIFY(exported.contains(QStringLiteral("佐藤 健")));
        // Importing the export again adds nobody: a handle, or else a name only one person has, is the same
        // person.
        const auto again = people().importCsv(exported);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(again->updated, 3);
        QCOMPARE(again->added, 0);
        QCOMPARE(people().list()->size(), 3);
        QVERIFY(people().resolve(QStringLiteral("No Handle")).ok()); // not ambiguous
    }

    void overlongFieldsAreRefused()
    {
        Person p;
        p.name = QStringLiteral("Long Phone");
        p.phone = QString(People::maxFieldLength + 1, QLatin1Char('1'));
        QVERIFY(!people().add(p));
        const auto r = people().importCsv(QStringLiteral("name,team\nLong Team,%1\n")
                                              .arg(QString(People::maxFieldLength + 1, QLatin1Char('t'))));
        QVERIFY(!r);
        QVERIFY2(r.error().contains(QStringLiteral("Line 2")), qPrintable(r.error()));
        QVERIFY(people().list()->isEmpty());
    }

    void csvParserHandlesQuotesAndLineBreaks()
    {
        const auto parsed =
            PeopleCsv::parse(QStringLiteral("name,skills\n\"Multi\nLine\",\"say \"\"hi\"\"\"\n"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.people.size(), 1);
        QCOMPARE(parsed.people.at(0).person.name, QStringLiteral("Multi\nLine"));
        QCOMPARE(parsed.people.at(0).person.skills, QStringList{QStringLiteral("say \"hi\"")});
    }
};

QTEST_GUILESS_MAIN(TestPersonService)
#include "tst_personservice.moc"
