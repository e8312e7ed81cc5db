#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// icctl checklist and template commands, end to end through the built binary.
class TestChecklistCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    TestSupport::Run run(QStringList args)
    {
        return TestSupport::icctl(QStringList{QStringLiteral("--db"), m_db} + args);
    }

    QJsonArray listJson(const QString& id)
    {
        const auto r =
            run({QStringLiteral("checklist"), QStringLiteral("list"), id, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array();
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch()));
        const auto r =
            run({QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                 QStringLiteral("Search down"), QStringLiteral("--severity"), QStringLiteral("SEV1")});
        QCOMPARE(r.exitCode, 0);
    }

    void listsByPhaseInBothLanguages()
    {
        const auto en = run({QStringLiteral("checklist"), QStringLiteral("list"), QStringLiteral("1")});
        QCOMPARE(en.exitCode, 0);
        QVERIFY(en.out.contains(QStringLiteral("Declare")));
        QVERIFY(en.out.contains(QStringLiteral("[ ]  1. Declare the incident")));
        const auto ja = run({QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("checklist"),
                             QStringLiteral("list"), QStringLiteral("INC-2026-0001")});
        QCOMPARE(ja.exitCode, 0);
        QVERIFY(ja.out.contains(QStringLiteral("インシデントを宣言し")));
        const QJsonArray all = listJson(QStringLiteral("1"));
        QVERIFY(all.size() > 20);
        QCOMPARE(all.at(0).toObject().value(QStringLiteral("phase")).toString(), QStringLiteral("declare"));
        QVERIFY(all.at(0).toObject().contains(QStringLiteral("due_at")));
        const auto comms =
            run({QStringLiteral("checklist"), QStringLiteral("list"), QStringLiteral("1"),
                 QStringLiteral("--role"), QStringLiteral("communications"), QStringLiteral("--json")});
        for (const QJsonValue& v : QJsonDocument::fromJson(comms.out.toUtf8()).array())
            QCOMPARE(v.toObject().value(QStringLiteral("role")).toString(), QStringLiteral("communications"));
        QCOMPARE(run({QStringLiteral("checklist"), QStringLiteral("list"), QStringLiteral("1"),
                      QStringLiteral("--role"), QStringLiteral("chef")})
                     .exitCode,
                 2);
    }

    void checkSkipUncheckAndTimeline()
    {
        auto r = run({QStringLiteral("checklist"), QStringLiteral("check"), QStringLiteral("1"),
                      QStringLiteral("2"), QStringLiteral("--by"), QStringLiteral("hana")});
        QCOMPARE(r.exitCode, 0);
        r = run(
            {QStringLiteral("checklist"), QStringLiteral("skip"), QStringLiteral("1"), QStringLiteral("3")});
        QCOMPARE(r.exitCode, 2); // --reason is required
        QVERIFY(r.err.contains(QStringLiteral("--reason")));
        r = run({QStringLiteral("checklist"), QStringLiteral("skip"), QStringLiteral("1"),
                 QStringLiteral("3"), QStringLiteral("--reason"), QStringLiteral("IC holds all roles"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
                 QStringLiteral("skipped"));
        r = run({QStringLiteral("checklist"), QStringLiteral("uncheck"), QStringLiteral("1"),
                 QStringLiteral("2"), QStringLiteral("--reason"), QStringLiteral("call dropped")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("checklist"), QStringLiteral("check"), QStringLiteral("1"),
                 QStringLiteral("999")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("999")));
        r = run({QStringLiteral("checklist"), QStringLiteral("check"), QStringLiteral("42"),
                 QStringLiteral("1")});
        QCOMPARE(r.exitCode, 1);

        const QJsonArray items = listJson(QStringLiteral("1"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("open"));
        QCOMPARE(items.at(2).toObject().value(QStringLiteral("reason")).toString(),
                 QStringLiteral("IC holds all roles"));

        const auto log = run({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("1")});
        QVERIFY(log.out.contains(QStringLiteral("Checklist item 2 done")));
        QVERIFY(log.out.contains(QStringLiteral("hana")));
        QVERIFY(log.out.contains(QStringLiteral("Checklist item 3 skipped")));
        QVERIFY(log.out.contains(QStringLiteral("Checklist item 2 reopened")));
    }

    void addItem()
    {
        const auto r =
            run({QStringLiteral("checklist"), QStringLiteral("add"), QStringLiteral("1"),
                 QStringLiteral("--phase"), QStringLiteral("stabilise"), QStringLiteral("--role"),
                 QStringLiteral("operations"), QStringLiteral("--ja"), QStringLiteral("キャッシュを消す"),
                 QStringLiteral("Flush"), QStringLiteral("the"), QStringLiteral("cache")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject last = listJson(QStringLiteral("1")).last().toObject();
        QCOMPARE(last.value(QStringLiteral("text")).toObject().value(QStringLiteral("en")).toString(),
                 QStringLiteral("Flush the cache"));
        QVERIFY(last.value(QStringLiteral("ad_hoc")).toBool());
    }

    void extendAfterSeverityChange()
    {
        auto r = run({QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                      QStringLiteral("Small"), QStringLiteral("--severity"), QStringLiteral("SEV4")});
        QCOMPARE(r.exitCode, 0);
        r = run({QStringLiteral("checklist"), QStringLiteral("extend"), QStringLiteral("2"),
                 QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("added")).toInt(), 0);
    }

    void templateListExportImport()
    {
        auto r = run({QStringLiteral("template"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("sev1")));
        r = run({QStringLiteral("template"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 4);

        const QString file = m_dir.filePath(QStringLiteral("sev4.json"));
        r = run({QStringLiteral("template"), QStringLiteral("export"), QStringLiteral("sev4"),
                 QStringLiteral("--out"), file});
        QCOMPARE(r.exitCode, 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray json = f.readAll();
        f.close();
        json.replace("\"key\": \"sev4\"", "\"key\": \"team-low\"");
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(json);
        f.close();
        r = run({QStringLiteral("template"), QStringLiteral("import"), file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("team-low")));

        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(json.replace("\"after\"", "\"later\""));
        b.close();
        r = run({QStringLiteral("template"), QStringLiteral("import"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("Line ")) && r.err.contains(QStringLiteral(".phase")),
                 qPrintable(r.err));
        r = run({QStringLiteral("template"), QStringLiteral("import"),
                 m_dir.filePath(QStringLiteral("missing.json"))});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("template"), QStringLiteral("export"), QStringLiteral("nope")});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestChecklistCli)
#include "tst_checklistcli.moc"
