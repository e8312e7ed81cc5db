#include "drill/drillduration.h"
#include "drill/drillrun.h"
#include "drill/scenariojsonreader.h"
#include "drill/scenariolibrary.h"
#include "drill/scenarioparser.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

// The scenario format: bundled files are valid in both languages; hostile files are refused with a path.
class TestScenarioParser final : public QObject
{
    Q_OBJECT

private:
    static QJsonObject minimal()
    {
        const QJsonObject text{{QStringLiteral("en"), QStringLiteral("Text")},
                               {QStringLiteral("ja"), QStringLiteral("テキスト")}};
        return QJsonObject{
            {QStringLiteral("format"), ScenarioParser::formatName},
            {QStringLiteral("version"), 1},
            {QStringLiteral("id"), QStringLiteral("minimal")},
            {QStringLiteral("title"), text},
            {QStringLiteral("briefing"), text},
            {QStringLiteral("start"),
             QJsonObject{{QStringLiteral("services"), QJsonArray{QStringLiteral("API")}},
                         {QStringLiteral("severity_hint"), QStringLiteral("SEV2")}}},
            {QStringLiteral("duration"), QStringLiteral("30m")},
            {QStringLiteral("injects"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                    {QStringLiteral("at"), QStringLiteral("T+0m")},
                                    {QStringLiteral("kind"), QStringLiteral("note")},
                                    {QStringLiteral("text"), text}},
                        QJsonObject{{QStringLiteral("id"), QStringLiteral("b")},
                                    {QStringLiteral("at"), QStringLiteral("T+10m")},
                                    {QStringLiteral("kind"), QStringLiteral("message")},
                                    {QStringLiteral("source"), QStringLiteral("support")},
                                    {QStringLiteral("unless"), QStringLiteral("stakeholder_update")},
                                    {QStringLiteral("text"), text}}}},
            {QStringLiteral("scoring"),
             QJsonObject{
                 {QStringLiteral("declare"), QJsonObject{{QStringLiteral("weight"), 10},
                                                         {QStringLiteral("target"), QStringLiteral("5m")}}}}},
        };
    }
    static QByteArray bytes(const QJsonObject& o) { return QJsonDocument(o).toJson(); }
    static QJsonObject withInject(QJsonObject root, int index, const QString& key, const QJsonValue& value)
    {
        QJsonArray injects = root.value(QStringLiteral("injects")).toArray();
        QJsonObject inject = injects.at(index).toObject();
        if (value.isUndefined())
            inject.remove(key);
        else
            inject.insert(key, value);
        injects[index] = inject;
        root.insert(QStringLiteral("injects"), injects);
        return root;
    }

private slots:
    void bundledScenariosAreValidInBothLanguages()
    {
        const auto all = ScenarioLibrary::bundled();
        QVERIFY2(all.ok(), qPrintable(all.error()));
        QCOMPARE(all->size(), 4);
        QStringList ids;
        for (const LoadedScenario& s : all.value()) {
            ids << s.scenario.id;
            QVERIFY(!s.scenario.title.en.isEmpty() && !s.scenario.title.ja.isEmpty());
            QVERIFY(!s.scenario.briefing.en.isEmpty() && !s.scenario.briefing.ja.isEmpty());
            QVERIFY(s.scenario.injects.size() >= 10);
            for (const ScenarioInject& i : s.scenario.injects) {
                QVERIFY2(i.kind == InjectKind::Metric || (!i.text.en.isEmpty() && !i.text.ja.isEmpty()),
                         qPrintable(i.id));
                QVERIFY2(i.kind != InjectKind::Metric || (!i.metric.en.isEmpty() && !i.metric.ja.isEmpty()),
                         qPrintable(i.id));
            }
            QVERIFY(!s.scenario.services.isEmpty());
            for (const LocalizedText& service : s.scenario.services)
                QVERIFY2(!service.en.isEmpty() && !service.ja.isEmpty(), qPrintable(s.scenario.id));
        }
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("bad-deploy-rollback"), QStringLiteral("db-cpu-morning-peak"),
                              QStringLiteral("long-incident-shift-handoff"),
                              QStringLiteral("third-party-payment-outage")}));
    }

    void minimalParses()
    {
        const auto s = ScenarioParser::parse(bytes(minimal()));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->durationMs, 30 * 60 * 1000);
        QCOMPARE(s->injects.at(1).atMs, 10 * 60 * 1000);
        QCOMPARE(s->injects.at(1).condition.mode, InjectCondition::Mode::Unless);
        QCOMPARE(s->injects.at(1).condition.fact, DrillFact::StakeholderUpdate);
        QVERIFY(s->scoring.declare.enabled);
        QCOMPARE(s->scoring.declare.targetMs, 5 * 60 * 1000);
        QVERIFY(!s->scoring.roles.enabled);
    }

    // Metric names and services are bilingual; a plain string (files written before) still reads, in both.
    void namesInBothLanguages()
    {
        const QJsonObject both{{QStringLiteral("en"), QStringLiteral("DB CPU")},
                               {QStringLiteral("ja"), QStringLiteral("DB の CPU 使用率")}};
        QJsonObject o =
            withInject(withInject(withInject(minimal(), 0, QStringLiteral("kind"), QStringLiteral("metric")),
                                  0, QStringLiteral("metric"), both),
                       0, QStringLiteral("value"), 100);
        o = withInject(withInject(o, 0, QStringLiteral("unit"), QStringLiteral("%")), 0,
                       QStringLiteral("text"), QJsonValue::Undefined);
        o.insert(QStringLiteral("start"),
                 QJsonObject{
                     {QStringLiteral("services"),
                      QJsonArray{QJsonObject{{QStringLiteral("en"), QStringLiteral("Web application")},
                                             {QStringLiteral("ja"), QStringLiteral("Web アプリケーション")}},
                                 QStringLiteral("db-primary-01")}},
                     {QStringLiteral("severity_hint"), QStringLiteral("SEV2")}});
        const auto s = ScenarioParser::parse(bytes(o));
        QVERIFY2(s.ok(), qPrintable(s.error()));
        QCOMPARE(s->injects.at(0).metric.ja, QStringLiteral("DB の CPU 使用率"));
        QCOMPARE(s->serviceList(QStringLiteral("ja")), QStringLiteral("Web アプリケーション、db-primary-01"));
        QCOMPARE(s->serviceList(QStringLiteral("en")), QStringLiteral("Web application, db-primary-01"));

        DrillRun run;
        run.scenario = s.value();
        run.language = QStringLiteral("ja");
        DrillInjectState state;
        state.injectId = QStringLiteral("a");
        QCOMPARE(run.textOf(state), QStringLiteral("DB の CPU 使用率: 100%"));
        run.language = QStringLiteral("en");
        QCOMPARE(run.textOf(state), QStringLiteral("DB CPU: 100%"));

        const QJsonObject plain = withInject(o, 0, QStringLiteral("metric"), QStringLiteral("DB CPU"));
        const auto old = ScenarioParser::parse(bytes(plain));
        QVERIFY2(old.ok(), qPrintable(old.error()));
        QCOMPARE(old->injects.at(0).metric.ja, QStringLiteral("DB CPU"));

        const auto wrong = ScenarioParser::parse(bytes(withInject(o, 0, QStringLiteral("metric"), 42)));
        QVERIFY(!wrong.ok());
        QVERIFY2(wrong.error().contains(QStringLiteral(
                     "$.injects[0].metric: expected a string or an object with \"en\" and \"ja\"")),
                 qPrintable(wrong.error()));
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // part of the error: the JSON path and reason

        const QJsonObject base = minimal();
        QJsonObject o = base;
        o.insert(QStringLiteral("version"), QStringLiteral("1"));
        QTest::newRow("wrong type") << bytes(o)
                                    << QStringLiteral("$.version: expected a number, found string");
        QTest::newRow("unknown inject kind")
            << bytes(withInject(base, 1, QStringLiteral("kind"), QStringLiteral("earthquake")))
            << QStringLiteral("$.injects[1].kind: unknown value \"earthquake\"");
        QTest::newRow("huge string")
            << bytes(withInject(base, 0, QStringLiteral("text"),
                                QJsonObject{{QStringLiteral("en"), QString(5000, QLatin1Char('x'))},
                                            {QStringLiteral("ja"), QStringLiteral("x")}}))
            << QStringLiteral("$.injects[0].text.en: text is too long (5000 characters; at most 4000)");
        QTest::newRow("times out of order")
            << bytes(withInject(base, 1, QStringLiteral("at"), QStringLiteral("T+0s"))) << QString();
        QTest::newRow("time backwards")
            << bytes(withInject(withInject(base, 0, QStringLiteral("at"), QStringLiteral("T+20m")), 1,
                                QStringLiteral("at"), QStringLiteral("T+5m")))
            << QStringLiteral("$.injects[1].at: times must not go backwards (T+5m comes after T+20m)");
        QTest::newRow("after the end")
            << bytes(withInject(base, 1, QStringLiteral("at"), QStringLiteral("T+2h")))
            << QStringLiteral("$.injects[1].at: T+2h is longer than allowed here (30m)");
        QTest::newRow("bad time") << bytes(withInject(base, 1, QStringLiteral("at"),
                                                      QStringLiteral("ten minutes")))
                                  << QStringLiteral("$.injects[1].at: \"ten minutes\" is not a time");
        QTest::newRow("unknown field")
            << bytes(withInject(base, 0, QStringLiteral("colour"), QStringLiteral("red")))
            << QStringLiteral("$.injects[0].colour: unknown field");
        QTest::newRow("missing language")
            << bytes(withInject(base, 0, QStringLiteral("text"),
                                QJsonObject{{QStringLiteral("en"), QStringLiteral("x")}}))
            << QStringLiteral("$.injects[0].text.ja: required field is missing");
        QTest::newRow("duplicate id") << bytes(withInject(base, 1, QStringLiteral("id"), QStringLiteral("a")))
                                      << QStringLiteral("$.injects[1].id: the id \"a\" is used twice");
        QTest::newRow("both if and unless")
            << bytes(withInject(base, 1, QStringLiteral("if"), QStringLiteral("declared")))
            << QStringLiteral("$.injects[1]: an inject has either \"if\" or \"unless\", not both");
        QTest::newRow("unknown fact")
            << bytes(withInject(base, 1, QStringLiteral("unless"), QStringLiteral("lunch")))
            << QStringLiteral("$.injects[1].unless: unknown value \"lunch\"");
        o = base;
        o.insert(QStringLiteral("format"), QStringLiteral("something-else"));
        QTest::newRow("wrong format") << bytes(o) << QStringLiteral("$.format: unknown value");
        o = base;
        o.insert(QStringLiteral("version"), 2);
        QTest::newRow("newer version")
            << bytes(o) << QStringLiteral("$.version: number out of range (1 to 1)");
        o = base;
        o.insert(QStringLiteral("scoring"),
                 QJsonObject{{QStringLiteral("declare"),
                              QJsonObject{{QStringLiteral("weight"), 0},
                                          {QStringLiteral("target"), QStringLiteral("5m")}}}});
        QTest::newRow("no weights") << bytes(o)
                                    << QStringLiteral("$.scoring: at least one score needs a weight");
        o = base;
        o.insert(QStringLiteral("injects"), QJsonArray());
        QTest::newRow("no injects") << bytes(o)
                                    << QStringLiteral("$.injects: a scenario needs at least one inject");
        QByteArray deep = "{\"format\":" + QByteArray(20, '[') + QByteArray(20, ']') + "}";
        QTest::newRow("deep nesting")
            << deep << QStringLiteral("$: the file nests objects and arrays deeper than 8");
        QTest::newRow("too large") << QByteArray(ScenarioParser::maxFileBytes + 1, ' ')
                                   << QStringLiteral("The scenario file is too large");
        QTest::newRow("not json") << QByteArray("{\"format\": ") << QStringLiteral("not valid JSON");
        QTest::newRow("array at top")
            << QByteArray("[]") << QStringLiteral("$: a scenario file holds one JSON object");
        QTest::newRow("nan-like number")
            << QByteArray(bytes(base)).replace("\"version\": 1", "\"version\": 1e999")
            << QStringLiteral("illegal number");
    }

    void hostile()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const auto s = ScenarioParser::parse(json);
        if (expected.isEmpty()) { // equal times are allowed: only going backwards is refused
            QVERIFY2(s.ok(), qPrintable(s.error()));
            return;
        }
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(expected), qPrintable(s.error()));
    }

    void durations()
    {
        QCOMPARE(ScenarioJsonReader::parseDuration(QStringLiteral("T+1h30m")), 90 * 60 * 1000);
        QCOMPARE(ScenarioJsonReader::parseDuration(QStringLiteral("90s")), 90 * 1000);
        QCOMPARE(ScenarioJsonReader::parseDuration(QStringLiteral("T+")), -1);
        QCOMPARE(ScenarioJsonReader::parseDuration(QString()), -1);
        QCOMPARE(ScenarioJsonReader::parseDuration(QStringLiteral("5 m")), -1);
        QCOMPARE(ScenarioJsonReader::formatDuration(3900 * 1000), QStringLiteral("1h05m"));
        QCOMPARE(ScenarioJsonReader::formatDuration(0), QStringLiteral("0s"));
    }

    // What people read: the file notation in English, Japanese units in Japanese.
    void durationsPerLanguage()
    {
        const QString ja = QStringLiteral("ja");
        QCOMPARE(DrillDuration::text(45 * 60 * 1000, ja), QStringLiteral("45分"));
        QCOMPARE(DrillDuration::text(3600 * 1000, ja), QStringLiteral("1時間"));
        QCOMPARE(DrillDuration::text(3900 * 1000, ja), QStringLiteral("1時間5分"));
        QCOMPARE(DrillDuration::text(90 * 1000, ja), QStringLiteral("1分30秒"));
        QCOMPARE(DrillDuration::text(0, ja), QStringLiteral("0秒"));
        QCOMPARE(DrillDuration::text(45 * 60 * 1000, QStringLiteral("en")), QStringLiteral("45m"));
        QCOMPARE(DrillDuration::text(3900 * 1000, QStringLiteral("en")), QStringLiteral("1h05m"));
    }
};

QTEST_GUILESS_MAIN(TestScenarioParser)
#include "tst_scenarioparser.moc"
