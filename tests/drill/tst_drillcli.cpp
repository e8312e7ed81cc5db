#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// icctl drill … end to end, on the built binary and a database in a temporary folder.
class TestDrillCli final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("cli.sqlite")); }
    QString write(const QString& name, const QByteArray& content) const
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(content);
        return f.fileName();
    }
    TestSupport::Run icctl(QStringList args) const
    {
        args << QStringLiteral("--db") << db() << QStringLiteral("--lang") << QStringLiteral("en");
        return TestSupport::icctl(args);
    }

private slots:
    void list()
    {
        const auto r = icctl({QStringLiteral("drill"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray arr = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(arr.size(), 4);
        QCOMPARE(arr.at(1).toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("db-cpu-morning-peak"));
        QCOMPARE(arr.at(1).toObject().value(QStringLiteral("title_ja")).toString(),
                 QStringLiteral("平日朝のピークにDBのCPU使用率が100%"));
    }

    void validate()
    {
        const auto ok =
            icctl({QStringLiteral("drill"), QStringLiteral("validate"),
                   TestSupport::sourcePath(QStringLiteral("resources/scenarios/bad-deploy-rollback.json"))});
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(ok.out.contains(QStringLiteral("valid scenario")));
        QFile f(TestSupport::sourcePath(QStringLiteral("resources/scenarios/bad-deploy-rollback.json")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString bad = write(QStringLiteral("bad.json"), f.readAll().replace("\"T+5m\"", "\"T+50m\""));
        const auto r = icctl({QStringLiteral("drill"), QStringLiteral("validate"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("$.injects[4].at: T+50m is longer than allowed here (45m)")),
                 qPrintable(r.err));
    }

    void hostileScenarioWritesNothing()
    {
        const QString bad =
            write(QStringLiteral("hostile.json"), "{\"format\": [[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]}");
        const auto r = icctl({QStringLiteral("drill"), QStringLiteral("run"), bad, QStringLiteral("--speed"),
                              QStringLiteral("max")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("deeper than 8")), qPrintable(r.err));
        const auto list =
            icctl({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
        const auto badScript =
            write(QStringLiteral("script.json"),
                  "{\"format\": \"incident-commander/drill-script\", "
                  "\"version\": 1, \"actions\": [{\"at\": \"soon\", \"do\": \"declare\"}]}");
        const auto s = icctl({QStringLiteral("drill"), QStringLiteral("run"),
                              QStringLiteral("db-cpu-morning-peak"), QStringLiteral("--script"), badScript});
        QCOMPARE(s.exitCode, 1);
        QVERIFY2(s.err.contains(QStringLiteral("$.actions[0].at")), qPrintable(s.err));
        const auto speed =
            icctl({QStringLiteral("drill"), QStringLiteral("run"), QStringLiteral("db-cpu-morning-peak"),
                   QStringLiteral("--speed"), QStringLiteral("0")});
        QCOMPARE(speed.exitCode, 2);
        QVERIFY(QJsonDocument::fromJson(
                    icctl({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--json")})
                        .out.toUtf8())
                    .array()
                    .isEmpty());
    }

    void runWithScriptPrintsScoresThenReportAndHistory()
    {
        const QString script = write(QStringLiteral("deploy.json"),
                                     R"({"format": "incident-commander/drill-script", "version": 1,
            "actions": [
              {"at": "T+4m", "do": "declare"},
              {"at": "T+5m", "do": "check", "item": 1},
              {"at": "T+5m", "do": "check", "item": 2},
              {"at": "T+5m", "do": "check", "item": 3},
              {"at": "T+6m", "do": "assign_role", "role": "commander", "person": "Aiko"},
              {"at": "T+7m", "do": "hold_roles", "roles": ["operations", "communications", "planning"]},
              {"at": "T+9m", "do": "update", "text": "Logins fail after the 10:02 release; rolling back. <script>alert(1)</script>"},
              {"at": "T+14m", "do": "change", "text": "Rolled back API to 2026.11.28-3 | pipe"},
              {"at": "T+29m", "do": "update", "text": "Error rate back to normal."},
              {"at": "T+40m", "do": "status", "status": "resolved"}
            ]})");
        const auto r =
            icctl({QStringLiteral("drill"), QStringLiteral("run"), QStringLiteral("bad-deploy-rollback"),
                   QStringLiteral("--speed"), QStringLiteral("max"), QStringLiteral("--script"), script,
                   QStringLiteral("--participants"), QStringLiteral("Aiko:commander,Ken:operations"),
                   QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("incident_code")).toString().left(6), QStringLiteral("DRILL-"));
        // declare 20 (T+4m, target 10m) + roles 15 (Aiko took command at T+6m and held the other three
        // roles herself at T+7m, target 10m) + first update 20 (T+9m, target 15m) + cadence 10 (gaps 20m,
        // then 11m to resolution, target 20m) + checklist 1.4 (3 of the SEV2 template's 27 items: (3/27)/0.8
        // = 0.139 of 10) + changes 25 (the rollback in the change log) = 91.4 of 100
        QCOMPARE(o.value(QStringLiteral("total")).toDouble(), 91.4);
        QCOMPARE(o.value(QStringLiteral("measured_weight")).toDouble(), 100.0);
        const QJsonArray scores = o.value(QStringLiteral("scores")).toArray();
        auto scoreOf = [&](const QString& key) {
            for (const QJsonValue& v : scores)
                if (v.toObject().value(QStringLiteral("key")).toString() == key)
                    return v.toObject();
            return QJsonObject();
        };
        QCOMPARE(scoreOf(QStringLiteral("roles")).value(QStringLiteral("elapsed_s")).toDouble(), 420.0);
        QCOMPARE(scoreOf(QStringLiteral("checklist")).value(QStringLiteral("points")).toDouble(), 1.4);
        QCOMPARE(scoreOf(QStringLiteral("changes")).value(QStringLiteral("elapsed_s")).toDouble(), 840.0);
        QCOMPARE(scoreOf(QStringLiteral("changes")).value(QStringLiteral("points")).toDouble(), 25.0);
        QCOMPARE(scores.at(0).toObject().value(QStringLiteral("key")).toString(), QStringLiteral("declare"));
        QCOMPARE(scores.at(0).toObject().value(QStringLiteral("elapsed_s")).toDouble(), 240.0);
        QCOMPARE(scores.at(2).toObject().value(QStringLiteral("elapsed_s")).toDouble(), 540.0);
        const QString code = o.value(QStringLiteral("incident_code")).toString();

        const QString html = m_dir.filePath(QStringLiteral("debrief.html"));
        const auto rep =
            icctl({QStringLiteral("drill"), QStringLiteral("report"), code, QStringLiteral("--format"),
                   QStringLiteral("html"), QStringLiteral("--out"), html});
        QCOMPARE(rep.exitCode, 0);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("DRILL")));
        QVERIFY(!text.contains(QStringLiteral("<script>")));
        QVERIFY(text.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
        const auto md = icctl({QStringLiteral("drill"), QStringLiteral("report"), code});
        QCOMPARE(md.exitCode, 0);
        QVERIFY(md.out.contains(QStringLiteral("2026.11.28-3 \\| pipe")));
        QVERIFY(md.out.contains(QStringLiteral("\\<script\\>")));

        const auto hist = icctl({QStringLiteral("drill"), QStringLiteral("history"), QStringLiteral("Ken"),
                                 QStringLiteral("--json")});
        QCOMPARE(hist.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(hist.out.toUtf8()).array();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("role")).toString(),
                 QStringLiteral("operations"));
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("total")).toDouble(), 91.4);

        // The drill stays out of real incidents.
        const auto real = icctl({QStringLiteral("incident"), QStringLiteral("list"),
                                 QStringLiteral("--no-drills"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(real.out.toUtf8()).array().size(), 0);
        const auto notDrill =
            icctl({QStringLiteral("drill"), QStringLiteral("report"), QStringLiteral("999")});
        QCOMPARE(notDrill.exitCode, 1);
    }

    void gameMasterDrivesALiveDrill()
    {
        auto drill = [this](QStringList args) {
            args.prepend(QStringLiteral("drill"));
            return icctl(args);
        };
        const auto started = drill({QStringLiteral("start"), QStringLiteral("bad-deploy-rollback"),
                                    QStringLiteral("--participants"), QStringLiteral("Mia:communications"),
                                    QStringLiteral("--json")});
        QCOMPARE(started.exitCode, 0);
        const QString code = QJsonDocument::fromJson(started.out.toUtf8())
                                 .object()
                                 .value(QStringLiteral("incident_code"))
                                 .toString();
        QVERIFY(code.startsWith(QStringLiteral("DRILL-")));
        QCOMPARE(drill({QStringLiteral("fire"), code, QStringLiteral("cw-5xx")}).exitCode, 0);
        QCOMPARE(drill({QStringLiteral("skip"), code, QStringLiteral("mobile-team")}).exitCode, 0);
        QCOMPARE(drill({QStringLiteral("delay"), code, QStringLiteral("nagios-health"), QStringLiteral("5")})
                     .exitCode,
                 0);
        const auto added =
            drill({QStringLiteral("inject"), code, QStringLiteral("--from"), QStringLiteral("executive"),
                   QStringLiteral("CEO:"), QStringLiteral("status?")});
        QCOMPARE(added.exitCode, 0);
        QCOMPARE(added.out.trimmed(), QStringLiteral("gm-1"));
        const auto again = drill({QStringLiteral("skip"), code, QStringLiteral("mobile-team")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("no longer upcoming")), qPrintable(again.err));
        QCOMPARE(drill({QStringLiteral("speed"), code, QStringLiteral("step")}).exitCode, 0);
        const auto stepped = drill({QStringLiteral("step"), code});
        QCOMPARE(stepped.out.trimmed(), QStringLiteral("1")); // err-18 at T+2m
        const auto status = drill({QStringLiteral("status"), code, QStringLiteral("--json")});
        const QJsonObject o = QJsonDocument::fromJson(status.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("speed")).toDouble(), 0.0);
        QCOMPARE(o.value(QStringLiteral("scenario_time_s")).toInt(), 120);
        QStringList states;
        for (const QJsonValue& v : o.value(QStringLiteral("injects")).toArray())
            states << v.toObject().value(QStringLiteral("id")).toString() + QLatin1Char('=') +
                          v.toObject().value(QStringLiteral("state")).toString();
        QCOMPARE(states.mid(0, 5),
                 (QStringList{QStringLiteral("deploy-done=fired"), QStringLiteral("cw-5xx=fired"),
                              QStringLiteral("err-18=fired"), QStringLiteral("nagios-health=pending"),
                              QStringLiteral("mobile-team=skipped")}));
        QVERIFY(states.contains(QStringLiteral("gm-1=fired")));
        QCOMPARE(drill({QStringLiteral("notes"), code, QStringLiteral("--went-well"),
                        QStringLiteral("Clear roles")})
                     .exitCode,
                 0);
        QCOMPARE(drill({QStringLiteral("finish"), code}).exitCode, 0);
        QCOMPARE(drill({QStringLiteral("fire"), code, QStringLiteral("nagios-health")}).exitCode, 1);
        const auto report = drill({QStringLiteral("report"), code});
        QVERIFY(report.out.contains(QStringLiteral("CEO: status?")));
        QVERIFY(report.out.contains(QStringLiteral("Clear roles")));
        QVERIFY(report.out.contains(QStringLiteral("skipped by the game master")));
        QCOMPARE(drill({QStringLiteral("status"), QStringLiteral("999")}).exitCode, 1);
    }

    void realTimeSpeedWaits()
    {
        const QString tiny = write(QStringLiteral("tiny.json"),
                                   R"({"format": "incident-commander/drill-scenario", "version": 1,
            "id": "tiny", "title": {"en": "Tiny", "ja": "小"}, "briefing": {"en": "B", "ja": "B"},
            "start": {"services": [], "severity_hint": "SEV4"}, "duration": "20s",
            "injects": [{"id": "a", "at": "T+10s", "kind": "note", "text": {"en": "x", "ja": "x"}}],
            "scoring": {"declare": {"weight": 1, "target": "10s"}}})");
        QElapsedTimer timer;
        timer.start();
        const auto r = icctl({QStringLiteral("drill"), QStringLiteral("run"), tiny, QStringLiteral("--speed"),
                              QStringLiteral("100"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(timer.elapsed() >= 190,
                 qPrintable(QString::number(timer.elapsed()))); // 20 s at 100× = 200 ms
    }
};

QTEST_GUILESS_MAIN(TestDrillCli)
#include "tst_drillcli.moc"
