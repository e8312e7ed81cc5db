// icctl end to end for the timeline document: log add/list/search/edit/delete/restore/history,
// change add/list/edit/revert/history, doc show/set/history, idea add/list/verdict.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestTimelineCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    TestSupport::Run run(QStringList args)
    {
        args << QStringLiteral("--db") << m_db << QStringLiteral("--lang") << QStringLiteral("en");
        return TestSupport::icctl(args);
    }

    QJsonValue json(QStringList args)
    {
        args << QStringLiteral("--json");
        const TestSupport::Run r = run(args);
        if (r.exitCode != 0)
            qWarning("icctl %s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(r.err));
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }

private slots:
    void init()
    {
        m_db = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
        QCOMPARE(run({QStringLiteral("incident"), QStringLiteral("declare"), QStringLiteral("--title"),
                      QStringLiteral("CLI"), QStringLiteral("--severity"), QStringLiteral("SEV2")})
                     .exitCode,
                 0);
    }

    void logLifecycle()
    {
        const QJsonObject added = json({QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("1"),
                                        QStringLiteral("--kind"), QStringLiteral("decision"), QStringLiteral("--role"),
                                        QStringLiteral("ic"), QStringLiteral("--link"),
                                        QStringLiteral("https://chat.example/r/1"),
                                        QStringLiteral("データベースをフェイルオーバーする")})
                                      .toObject();
        const QString id = QString::number(added.value(QStringLiteral("id")).toInt());
        QCOMPARE(added.value(QStringLiteral("kind")).toString(), QStringLiteral("decision"));
        QCOMPARE(added.value(QStringLiteral("role")).toString(), QStringLiteral("ic"));
        QCOMPARE(added.value(QStringLiteral("links")).toArray().size(), 1);
        QCOMPARE(run({QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("timeout on api")})
                     .exitCode,
                 0);

        QCOMPARE(json({QStringLiteral("log"), QStringLiteral("search"), QStringLiteral("1"), QStringLiteral("フェイル")})
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(json({QStringLiteral("log"), QStringLiteral("search"), QStringLiteral("1"), QStringLiteral("デ")})
                     .toArray()
                     .size(),
                 1);
        QCOMPARE(json({QStringLiteral("log"), QStringLiteral("search"), QStringLiteral("1"), QStringLiteral("TIMEOUT")})
                     .toArray()
                     .size(),
                 1);

        const QJsonObject edited =
            json({QStringLiteral("log"), QStringLiteral("edit"), id, QStringLiteral("--text"),
                  QStringLiteral("db-3 へフェイルオーバー"), QStringLiteral("--important")})
                .toObject();
        QCOMPARE(edited.value(QStringLiteral("revision")).toInt(), 2);
        QVERIFY(edited.value(QStringLiteral("important")).toBool());
        QCOMPARE(edited.value(QStringLiteral("kind")).toString(), QStringLiteral("decision")); // untouched

        QCOMPARE(run({QStringLiteral("log"), QStringLiteral("delete"), id}).exitCode, 0);
        QCOMPARE(json({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("1")}).toArray().size(), 2);
        QCOMPARE(json({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("1"), QStringLiteral("--deleted")})
                     .toArray()
                     .size(),
                 3);
        QCOMPARE(run({QStringLiteral("log"), QStringLiteral("restore"), id}).exitCode, 0);
        const QJsonArray history = json({QStringLiteral("log"), QStringLiteral("history"), id}).toArray();
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("データベースをフェイルオーバーする"));
        QVERIFY(history.at(2).toObject().value(QStringLiteral("deleted")).toBool());
        QCOMPARE(json({QStringLiteral("log"), QStringLiteral("list"), QStringLiteral("1"), QStringLiteral("--kind"),
                       QStringLiteral("decision")})
                     .toArray()
                     .size(),
                 1);
    }

    void milestoneFromTheCommandLine()
    {
        QCOMPARE(run({QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--milestone"),
                      QStringLiteral("mitigated"), QStringLiteral("--at"), QStringLiteral("2026-11-29T10:00:00Z"),
                      QStringLiteral("traffic back")})
                     .exitCode,
                 0);
        const QJsonObject incident = json({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("1")}).toObject();
        QCOMPARE(incident.value(QStringLiteral("mitigated_at")).toString(), QStringLiteral("2026-11-29T10:00:00.000Z"));
    }

    void errorsAreClear()
    {
        TestSupport::Run r = run({QStringLiteral("log"), QStringLiteral("edit"), QStringLiteral("999"),
                                  QStringLiteral("--text"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("999")));
        r = run({QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--role"),
                 QStringLiteral("chef"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("chef")));
        r = run({QStringLiteral("log"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--link"),
                 QStringLiteral("nonsense"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 1);
    }

    void productionChanges()
    {
        const QJsonObject c = json({QStringLiteral("change"), QStringLiteral("add"), QStringLiteral("1"),
                                    QStringLiteral("--what"), QStringLiteral("Disabled batch"), QStringLiteral("--revert"),
                                    QStringLiteral("enable cron"), QStringLiteral("--by"), QStringLiteral("bob")})
                                  .toObject();
        const QString id = QString::number(c.value(QStringLiteral("id")).toInt());
        QCOMPARE(c.value(QStringLiteral("made_by")).toString(), QStringLiteral("bob"));
        QVERIFY(!c.value(QStringLiteral("reverted")).toBool());
        QCOMPARE(run({QStringLiteral("change"), QStringLiteral("edit"), id, QStringLiteral("--revert"),
                      QStringLiteral("enable cron, run once")})
                     .exitCode,
                 0);
        const QJsonObject reverted = json({QStringLiteral("change"), QStringLiteral("revert"), id}).toObject();
        QVERIFY(reverted.value(QStringLiteral("reverted")).toBool());
        QCOMPARE(run({QStringLiteral("change"), QStringLiteral("revert"), id}).exitCode, 1);
        const QJsonArray list = json({QStringLiteral("change"), QStringLiteral("list"), QStringLiteral("1")}).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("revert_how")).toString(),
                 QStringLiteral("enable cron, run once"));
        QCOMPARE(json({QStringLiteral("change"), QStringLiteral("history"), id}).toArray().size(), 3);
        // The change and its revert are on the timeline.
        QCOMPARE(json({QStringLiteral("log"), QStringLiteral("search"), QStringLiteral("1"),
                       QStringLiteral("Disabled batch")})
                     .toArray()
                     .size(),
                 2);
    }

    void documentAndBrainstorm()
    {
        QCOMPARE(run({QStringLiteral("doc"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("exit_criteria"),
                      QStringLiteral("5xx < 0.1% for 30 min")})
                     .exitCode,
                 0);
        QCOMPARE(run({QStringLiteral("doc"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("exit_criteria"),
                      QStringLiteral("5xx < 0.1% for 60 min")})
                     .exitCode,
                 0);
        const QJsonObject doc = json({QStringLiteral("doc"), QStringLiteral("show"), QStringLiteral("1")}).toObject();
        QCOMPARE(doc.value(QStringLiteral("exit_criteria")).toObject().value(QStringLiteral("value")).toString(),
                 QStringLiteral("5xx < 0.1% for 60 min"));
        QCOMPARE(json({QStringLiteral("doc"), QStringLiteral("history"), QStringLiteral("1"),
                       QStringLiteral("exit_criteria")})
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(run({QStringLiteral("doc"), QStringLiteral("set"), QStringLiteral("1"), QStringLiteral("nope"),
                      QStringLiteral("x")})
                     .exitCode,
                 2);

        const QJsonObject idea =
            json({QStringLiteral("idea"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("DNS cache")})
                .toObject();
        QCOMPARE(run({QStringLiteral("idea"), QStringLiteral("verdict"),
                      QString::number(idea.value(QStringLiteral("id")).toInt()), QStringLiteral("ruled_out")})
                     .exitCode,
                 0);
        const QJsonArray ideas = json({QStringLiteral("idea"), QStringLiteral("list"), QStringLiteral("1")}).toArray();
        QCOMPARE(ideas.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("ruled_out"));
    }
};

QTEST_GUILESS_MAIN(TestTimelineCli)
#include "tst_timelinecli.moc"
