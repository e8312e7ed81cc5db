#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// icctl role / person / oncall end to end: the built binary on a database in a temporary folder.
class TestRoleCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir;
    QString db() const { return dir.filePath(QStringLiteral("cli.sqlite")); }
    TestSupport::Run run(QStringList args, const QString& lang = QStringLiteral("en"))
    {
        args << QStringLiteral("--db") << db() << QStringLiteral("--lang") << lang;
        return TestSupport::icctl(args);
    }
    QJsonObject json(QStringList args)
    {
        args << QStringLiteral("--json");
        const TestSupport::Run r = run(args);
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    QString incident;

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        for (const QStringList& p :
             {QStringList{QStringLiteral("--name"), QStringLiteral("Alice Smith"), QStringLiteral("--handle"),
                          QStringLiteral("alice"), QStringLiteral("--phone"),
                          QStringLiteral("+81 90 1111 2222")},
              QStringList{QStringLiteral("--name"), QStringLiteral("Bob Jones"), QStringLiteral("--handle"),
                          QStringLiteral("bob")},
              QStringList{QStringLiteral("--name"), QStringLiteral("tester")}})
            QCOMPARE(run(QStringList{QStringLiteral("person"), QStringLiteral("add")} + p).exitCode, 0);
        const QJsonObject created =
            json({QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                  QStringLiteral("Checkout down"), QStringLiteral("--severity"), QStringLiteral("SEV1")});
        incident = created.value(QStringLiteral("code")).toString();
        QVERIFY(!incident.isEmpty());
    }

    void declaringMakesTheDeclarerCommander()
    {
        const QJsonObject list = json({QStringLiteral("role"), QStringLiteral("list"), incident});
        const QJsonObject ic = list.value(QStringLiteral("current")).toArray().at(0).toObject();
        QCOMPARE(ic.value(QStringLiteral("role")).toString(), QStringLiteral("commander"));
        QCOMPARE(ic.value(QStringLiteral("person")).toString(), QStringLiteral("tester"));
        QVERIFY(ic.contains(QStringLiteral("phone"))); // where to reach the IC, for scripts
        // SEV1 and nobody on Operations: the IC holds it, and that is warned about.
        QCOMPARE(list.value(QStringLiteral("warnings")).toArray().size(), 1);
        QVERIFY(list.value(QStringLiteral("ic_also_holds")).toArray().contains(QStringLiteral("operations")));

        const QJsonObject other =
            json({QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                  QStringLiteral("Other"), QStringLiteral("--severity"), QStringLiteral("SEV3"),
                  QStringLiteral("--ic"), QStringLiteral("@alice")});
        const QJsonObject otherList = json(
            {QStringLiteral("role"), QStringLiteral("list"), other.value(QStringLiteral("code")).toString()});
        QCOMPARE(otherList.value(QStringLiteral("current"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("person")),
                 QJsonValue(QStringLiteral("Alice Smith")));
        const TestSupport::Run bad =
            run({QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                 QStringLiteral("X"), QStringLiteral("--severity"), QStringLiteral("SEV3"),
                 QStringLiteral("--ic"), QStringLiteral("nobody")});
        QCOMPARE(bad.exitCode, 1);
    }

    void assignReleaseAndHistory()
    {
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("assign"), incident,
                      QStringLiteral("operations"), QStringLiteral("bob")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("assign"), incident, QStringLiteral("scribe"),
                      QStringLiteral("Alice Smith")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("release"), incident, QStringLiteral("scribe")})
                     .exitCode,
                 0);
        // Releasing Ops in a SEV1 puts it back on the IC: done, with a warning on stderr.
        const TestSupport::Run released =
            run({QStringLiteral("role"), QStringLiteral("release"), incident, QStringLiteral("operations")});
        QCOMPARE(released.exitCode, 0);
        QVERIFY(released.err.contains(QStringLiteral("Warning: SEV1")));
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("assign"), incident,
                      QStringLiteral("operations"), QStringLiteral("bob")})
                     .exitCode,
                 0);
        const QJsonObject list = json({QStringLiteral("role"), QStringLiteral("list"), incident});
        QVERIFY(list.value(QStringLiteral("warnings")).toArray().isEmpty());
        const QJsonArray history = list.value(QStringLiteral("history")).toArray();
        QCOMPARE(history.size(), 4);
        const QJsonObject scribe = history.at(2).toObject();
        QCOMPARE(scribe.value(QStringLiteral("role")).toString(), QStringLiteral("scribe"));
        QCOMPARE(scribe.value(QStringLiteral("end_reason")).toString(), QStringLiteral("released"));
        QVERIFY(!scribe.value(QStringLiteral("ended_at")).toString().isEmpty());

        const TestSupport::Run text = run({QStringLiteral("role"), QStringLiteral("list"), incident});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("Current holders:")));
        QVERIFY(text.out.contains(QStringLiteral("Bob Jones (@bob)")));
        QVERIFY(text.out.contains(QStringLiteral("\t@bob\n")) ||
                text.out.contains(QStringLiteral("\t@bob\t")));
        QVERIFY(text.out.contains(QStringLiteral("Released")));
    }

    void handoffOfCommand()
    {
        const TestSupport::Run missing = run({QStringLiteral("role"), QStringLiteral("handoff"), incident,
                                              QStringLiteral("--to"), QStringLiteral("alice")});
        QCOMPARE(missing.exitCode, 2);
        const QJsonObject h =
            json({QStringLiteral("role"), QStringLiteral("handoff"), incident, QStringLiteral("--to"),
                  QStringLiteral("alice"), QStringLiteral("--brief"),
                  QStringLiteral("Checkout errors at 30%, rollback running")});
        QCOMPARE(h.value(QStringLiteral("from")).toString(), QStringLiteral("tester"));
        QCOMPARE(h.value(QStringLiteral("to")).toString(), QStringLiteral("Alice Smith"));
        const QJsonObject list = json({QStringLiteral("role"), QStringLiteral("list"), incident});
        QCOMPARE(
            list.value(QStringLiteral("current")).toArray().at(0).toObject().value(QStringLiteral("person")),
            QJsonValue(QStringLiteral("Alice Smith")));
        const TestSupport::Run log = run({QStringLiteral("log"), QStringLiteral("list"), incident});
        QVERIFY(log.out.contains(QStringLiteral("Checkout errors at 30%")));
        // --role moves another role the same way.
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("handoff"), incident, QStringLiteral("--role"),
                      QStringLiteral("operations"), QStringLiteral("--to"), QStringLiteral("tester"),
                      QStringLiteral("--brief"), QStringLiteral("Rollback at 50%")})
                     .exitCode,
                 0);
    }

    void handoffOfferedThenAcknowledgedByTheIncoming()
    {
        const QJsonObject o = json({QStringLiteral("role"), QStringLiteral("handoff"), incident,
                                    QStringLiteral("--to"), QStringLiteral("bob"), QStringLiteral("--brief"),
                                    QStringLiteral("Rollback done"), QStringLiteral("--offer")});
        QVERIFY(o.value(QStringLiteral("offer_id")).toInt() > 0);
        QJsonObject list = json({QStringLiteral("role"), QStringLiteral("list"), incident});
        QCOMPARE(list.value(QStringLiteral("offers")).toArray().size(), 1);
        QCOMPARE(
            list.value(QStringLiteral("current")).toArray().at(0).toObject().value(QStringLiteral("person")),
            QJsonValue(QStringLiteral("Alice Smith"))); // nothing moved yet

        TestSupport::Run r = run({QStringLiteral("role"), QStringLiteral("ack"), incident}); // as "tester"
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Bob Jones")));
        r = run({QStringLiteral("role"), QStringLiteral("ack"), incident, QStringLiteral("--as"),
                 QStringLiteral("bob")});
        QCOMPARE(r.exitCode, 0);
        list = json({QStringLiteral("role"), QStringLiteral("list"), incident});
        QCOMPARE(
            list.value(QStringLiteral("current")).toArray().at(0).toObject().value(QStringLiteral("person")),
            QJsonValue(QStringLiteral("Bob Jones")));
        QVERIFY(list.value(QStringLiteral("offers")).toArray().isEmpty());
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("withdraw"), incident}).exitCode,
                 1); // none open
    }

    void unknownRolesAreTranslatedErrors()
    {
        TestSupport::Run r = run({QStringLiteral("role"), QStringLiteral("assign"), incident,
                                  QStringLiteral("janitor"), QStringLiteral("bob")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Unknown role \"janitor\"")));
        r = run({QStringLiteral("role"), QStringLiteral("release"), incident, QStringLiteral("janitor")},
                QStringLiteral("ja"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("不明な役割")), qPrintable(r.err));
        r = run({QStringLiteral("role"), QStringLiteral("release"), incident, QStringLiteral("commander")});
        QCOMPARE(r.exitCode, 1); // an open incident keeps its IC
    }

    void customRolesFromAScript()
    {
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("define"), QStringLiteral("db-sme"),
                      QStringLiteral("--name"), QStringLiteral("Database expert"),
                      QStringLiteral("--name-ja"), QStringLiteral("DB担当")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("assign"), incident, QStringLiteral("db-sme"),
                      QStringLiteral("bob")})
                     .exitCode,
                 0);
        const TestSupport::Run ja =
            run({QStringLiteral("role"), QStringLiteral("list"), incident}, QStringLiteral("ja"));
        QVERIFY2(ja.out.contains(QStringLiteral("DB担当")), qPrintable(ja.out));
        QVERIFY(ja.out.contains(QStringLiteral("インシデントコマンダー")));
        // "ops" is the timeline's name for Operations, so it cannot be a custom role; "ic" assigns command.
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("define"), QStringLiteral("ops"),
                      QStringLiteral("--name"), QStringLiteral("x")})
                     .exitCode,
                 1);
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("define"), QStringLiteral("operations"),
                      QStringLiteral("--name"), QStringLiteral("x")})
                     .exitCode,
                 1);
    }

    void needHelpAndActivityLog()
    {
        QCOMPARE(
            run({QStringLiteral("role"), QStringLiteral("need-help"), incident, QStringLiteral("operations"),
                 QStringLiteral("need"), QStringLiteral("a"), QStringLiteral("DBA")})
                .exitCode,
            0);
        QVERIFY(run({QStringLiteral("role"), QStringLiteral("list"), incident})
                    .out.contains(QStringLiteral("NEEDS HELP")));
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("need-help"), incident,
                      QStringLiteral("operations"), QStringLiteral("--clear")})
                     .exitCode,
                 0);
        QCOMPARE(
            run({QStringLiteral("log"), QStringLiteral("add"), incident, QStringLiteral("Drained the queue")})
                .exitCode,
            0);
        const TestSupport::Run md =
            run({QStringLiteral("role"), QStringLiteral("log"), incident, QStringLiteral("operations")});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.startsWith(QStringLiteral("# ") + incident));
        QVERIFY(md.out.contains(QStringLiteral("Drained the queue")));
        const TestSupport::Run csv =
            run({QStringLiteral("role"), QStringLiteral("log"), incident, QStringLiteral("operations"),
                 QStringLiteral("--format"), QStringLiteral("csv")});
        QVERIFY(csv.out.startsWith(QStringLiteral("holder,")));
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("log"), incident, QStringLiteral("operations"),
                      QStringLiteral("--format"), QStringLiteral("pdf")})
                     .exitCode,
                 2);
    }

    void activityLogHeadingIsTranslated()
    {
        const TestSupport::Run md =
            run({QStringLiteral("role"), QStringLiteral("log"), incident, QStringLiteral("commander")},
                QStringLiteral("ja"));
        QCOMPARE(md.exitCode, 0);
        QVERIFY2(md.out.contains(QStringLiteral("## tester（")), qPrintable(md.out));
        QVERIFY2(md.out.contains(QStringLiteral(" UTC）")), qPrintable(md.out));
    }

    void rosterImportExport()
    {
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("name,handle\nCarol,carol\n,nobody\n");
        f.close();
        TestSupport::Run r = run({QStringLiteral("person"), QStringLiteral("import"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("Line 3")));
        const QString out = dir.filePath(QStringLiteral("roster.csv"));
        QCOMPARE(run({QStringLiteral("person"), QStringLiteral("export"), out}).exitCode, 0);
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(exported.readAll());
        QVERIFY(text.contains(QStringLiteral("Alice Smith,alice,+81 90 1111 2222")));
        QVERIFY(!text.contains(QStringLiteral("Carol")));
        r = run({QStringLiteral("person"), QStringLiteral("import"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("0 added")), qPrintable(r.out)); // the same people, nobody twice
    }

    void onCallRotation()
    {
        TestSupport::Run r = run({QStringLiteral("oncall"), QStringLiteral("now")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("No rotation")));
        QCOMPARE(run({QStringLiteral("oncall"), QStringLiteral("rotation"), QStringLiteral("add"),
                      QStringLiteral("SRE"), QStringLiteral("--members"), QStringLiteral("alice,bob"),
                      QStringLiteral("--start"), QStringLiteral("2026-01-05T00:00:00Z")})
                     .exitCode,
                 0);
        r = run({QStringLiteral("oncall"), QStringLiteral("now"), QStringLiteral("--at"),
                 QStringLiteral("2026-01-13T00:00:00Z"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray arr = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(arr.size(), 1);
        QCOMPARE(arr.at(0).toObject().value(QStringLiteral("primary")).toString(),
                 QStringLiteral("Bob Jones (@bob)"));
        QCOMPARE(run({QStringLiteral("oncall"), QStringLiteral("override"), QStringLiteral("SRE"),
                      QStringLiteral("--person"), QStringLiteral("alice"), QStringLiteral("--from"),
                      QStringLiteral("2026-01-12T00:00:00Z"), QStringLiteral("--to"),
                      QStringLiteral("2026-01-14T00:00:00Z")})
                     .exitCode,
                 0);
        r = run({QStringLiteral("oncall"), QStringLiteral("now"), QStringLiteral("--at"),
                 QStringLiteral("2026-01-13T00:00:00Z")});
        QVERIFY(r.out.contains(QStringLiteral("primary: Alice Smith")));
        QCOMPARE(run({QStringLiteral("oncall"), QStringLiteral("rotation"), QStringLiteral("add"),
                      QStringLiteral("X"), QStringLiteral("--members"), QStringLiteral("ghost")})
                     .exitCode,
                 1);
    }
    void handoffAnnouncedToAChannel()
    {
        QCOMPARE(run({QStringLiteral("channel"), QStringLiteral("add"), QStringLiteral("incident-room"),
                      QStringLiteral("--kind"), QStringLiteral("slack"), QStringLiteral("--url"),
                      QStringLiteral("https://hooks.slack.com/services/T0/B0/x")})
                     .exitCode,
                 0);
        const QString code =
            json({QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                  QStringLiteral("Search down"), QStringLiteral("--severity"), QStringLiteral("SEV2")})
                .value(QStringLiteral("code"))
                .toString();
        QVERIFY(!code.isEmpty());
        // An offer changes nothing yet, so there is nothing to announce.
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("handoff"), code, QStringLiteral("--to"),
                      QStringLiteral("bob"), QStringLiteral("--brief"), QStringLiteral("x"),
                      QStringLiteral("--offer"), QStringLiteral("--announce"), QStringLiteral("incident-room")})
                     .exitCode,
                 2);
        QCOMPARE(run({QStringLiteral("role"), QStringLiteral("handoff"), code, QStringLiteral("--to"),
                      QStringLiteral("bob"), QStringLiteral("--brief"), QStringLiteral("x"),
                      QStringLiteral("--announce"), QStringLiteral("no-such-channel")})
                     .exitCode,
                 1);
        const TestSupport::Run r =
            run({QStringLiteral("role"), QStringLiteral("handoff"), code, QStringLiteral("--to"),
                 QStringLiteral("bob"), QStringLiteral("--brief"), QStringLiteral("検索 API のエラー率 20%"),
                 QStringLiteral("--announce"), QStringLiteral("incident-room"), QStringLiteral("--json")},
                QStringLiteral("ja"));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("announced_to")).toInt(),
                 1);
        const TestSupport::Run outbox = run({QStringLiteral("outbox"), QStringLiteral("list"),
                                             QStringLiteral("--incident"), code, QStringLiteral("--json")});
        const QJsonArray messages = QJsonDocument::fromJson(outbox.out.toUtf8()).array();
        QCOMPARE(messages.size(), 1);
        const QString summary = messages.at(0).toObject().value(QStringLiteral("summary")).toString();
        QVERIFY2(summary.contains(QStringLiteral("Bob Jones")) && summary.contains(QStringLiteral("引き継ぎ")) &&
                     summary.contains(QStringLiteral("検索 API のエラー率 20%")),
                 qPrintable(summary));
    }
};

QTEST_GUILESS_MAIN(TestRoleCli)
#include "tst_rolecli.moc"
