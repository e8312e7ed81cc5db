#include "domain/jsonlocator.h"
#include "domain/templateformat.h"
#include "services/templateservice.h"

#include <QTest>

// The template file format: a round trip, the shipped defaults, and every kind of bad file rejected
// with the line, the JSON path and the reason.
class TestTemplateFormat final : public QObject
{
    Q_OBJECT

private:
    static QByteArray valid()
    {
        return QByteArrayLiteral(R"({
  "format": "incident-commander.checklist-template",
  "version": 1,
  "key": "team-db",
  "severity": "SEV2",
  "name": {"en": "Database outage", "ja": "データベース障害"},
  "items": [
    {"phase": "declare", "role": "commander", "timebox_minutes": 5,
     "text": {"en": "Name the IC", "ja": "IC を決める"}},
    {"phase": "stabilise", "role": "custom:dba",
     "text": {"en": "Check replication", "ja": "レプリケーションを確認する"}}
  ]
})");
    }

    static QString errorOf(const QByteArray& json)
    {
        const auto r = TemplateFormat::parse(json);
        return r ? QString() : r.error();
    }

private slots:
    void parsesValidFile()
    {
        const auto t = TemplateFormat::parse(valid());
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->key, QStringLiteral("team-db"));
        QCOMPARE(t->severity, std::optional<Severity>(Severity::Sev2));
        QCOMPARE(t->items.size(), 2);
        QCOMPARE(t->items.at(0).timeBoxMinutes, 5);
        QCOMPARE(t->items.at(1).roleKey, QStringLiteral("custom:dba"));
        QCOMPARE(t->items.at(1).text.ja, QStringLiteral("レプリケーションを確認する"));
    }

    void roundTrips()
    {
        const auto t = TemplateFormat::parse(valid());
        QVERIFY(t.ok());
        const auto again = TemplateFormat::parse(TemplateFormat::write(t.value()));
        QVERIFY2(again.ok(), qPrintable(again.error()));
        QCOMPARE(again->items, t->items);
        QCOMPARE(again->name, t->name);
    }

    void shippedDefaultsAreValidAndBilingual()
    {
        const QList<ChecklistTemplate> defaults = TemplateService::shippedDefaults();
        QCOMPARE(defaults.size(), 4);
        for (const ChecklistTemplate& t : defaults) {
            QVERIFY(t.isBuiltIn());
            for (const TemplateItem& i : t.items) {
                QVERIFY(!i.text.en.isEmpty());
                QVERIFY(!i.text.ja.isEmpty());
            }
        }
        QVERIFY(defaults.at(0).items.size() > defaults.at(2).items.size()); // SEV1 has more than SEV3
        QVERIFY(defaults.at(2).items.size() > defaults.at(3).items.size());
        auto hasText = [](const ChecklistTemplate& t, const char* needle) {
            return std::any_of(t.items.cbegin(), t.items.cend(), [&](const TemplateItem& i) {
                return i.text.en.contains(QString::fromUtf8(needle));
            });
        };
        for (const char* needle : {"command post", "second team", "exit criteria", "障害報告書", "postmortem",
                                   "follow-up", "hand off", "Record every change"})
            QVERIFY2(hasText(defaults.at(0), needle), needle);
        QVERIFY(hasText(defaults.at(0), "executives"));
        QVERIFY(!hasText(defaults.at(2), "executives"));
    }

    // The Japanese names use the severity labels of the rest of the product (SEV1 致命的, SEV2 重大, SEV3
    // 軽微), and the wording of the rest of the product (関係者, インシデント文書, 確認, お客様).
    void shippedDefaultsUseTheProductsWords()
    {
        const QList<ChecklistTemplate> defaults = TemplateService::shippedDefaults();
        QCOMPARE(defaults.size(), 4);
        QCOMPARE(defaults.at(0).name.ja, QStringLiteral("SEV1 — 致命的インシデントの対応手順"));
        QCOMPARE(defaults.at(1).name.ja, QStringLiteral("SEV2 — 重大インシデントの対応手順"));
        QVERIFY(defaults.at(2).name.ja.contains(QStringLiteral("軽微")));
        for (const ChecklistTemplate& t : defaults)
            for (const TemplateItem& i : t.items)
                for (const QString& word :
                     {QStringLiteral("ステークホルダー"), QStringLiteral("インシデントドキュメント"),
                      QStringLiteral("了承"), QStringLiteral("顧客")})
                    QVERIFY2(!i.text.ja.contains(word), qPrintable(i.text.ja));
    }

    void rejectsBadFiles_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected"); // all fragments must appear in the message
        QByteArray v = valid();

        QTest::newRow("not json") << QByteArrayLiteral("{\n  \"format\": \"x\",\n  oops\n}")
                                  << QStringLiteral("Line 3|not valid JSON");
        QTest::newRow("array root") << QByteArrayLiteral("[1, 2]") << QStringLiteral("one JSON object");
        QTest::newRow("wrong format")
            << QByteArray(v).replace("incident-commander.checklist-template", "other")
            << QStringLiteral("Line 2|$.format");
        QTest::newRow("newer version") << QByteArray(v).replace("\"version\": 1", "\"version\": 9")
                                       << QStringLiteral("Line 3|$.version|newer");
        QTest::newRow("version as text") << QByteArray(v).replace("\"version\": 1", "\"version\": \"1\"")
                                         << QStringLiteral("$.version|whole number");
        QTest::newRow("missing ja") << QByteArray(v).replace(", \"ja\": \"IC を決める\"", "")
                                    << QStringLiteral("Line 9|$.items[0].text.ja|missing");
        QTest::newRow("empty en") << QByteArray(v).replace("\"Check replication\"", "\"  \"")
                                  << QStringLiteral("Line 11|$.items[1].text.en|English text is missing");
        QTest::newRow("text is number") << QByteArray(v).replace("\"Name the IC\"", "42")
                                        << QStringLiteral("Line 9|$.items[0].text.en|in quotes");
        QTest::newRow("unknown phase") << QByteArray(v).replace("\"stabilise\"", "\"panic\"")
                                       << QStringLiteral("Line 10|$.items[1].phase|Unknown phase \"panic\"");
        QTest::newRow("unknown role") << QByteArray(v).replace("\"custom:dba\"", "\"janitor\"")
                                      << QStringLiteral("Line 10|$.items[1].role|Unknown role \"janitor\"");
        QTest::newRow("bad timebox") << QByteArray(v).replace("\"timebox_minutes\": 5",
                                                              "\"timebox_minutes\": 2.5")
                                     << QStringLiteral("Line 8|$.items[0].timebox_minutes|whole number");
        QTest::newRow("negative timebox")
            << QByteArray(v).replace("\"timebox_minutes\": 5", "\"timebox_minutes\": -5")
            << QStringLiteral("$.items[0].timebox_minutes");
        QTest::newRow("huge timebox")
            << QByteArray(v).replace("\"timebox_minutes\": 5", "\"timebox_minutes\": 99999")
            << QStringLiteral("$.items[0].timebox_minutes|between 1 and");
        QTest::newRow("unknown field")
            << QByteArray(v).replace("\"phase\": \"declare\"", "\"phase\": \"declare\", \"timebox\": 5")
            << QStringLiteral("Line 8|$.items[0].timebox|Unknown field");
        QTest::newRow("items not list") << QByteArray(v).left(v.indexOf("\"items\"")) + "\"items\": {}}"
                                        << QStringLiteral("$.items|list");
        QTest::newRow("no items") << QByteArray(v).left(v.indexOf("\"items\"")) + "\"items\": []}"
                                  << QStringLiteral("$.items|at least one item");
        QTest::newRow("item not object") << QByteArray(v).left(v.indexOf("\"items\"")) + "\"items\": [\"x\"]}"
                                         << QStringLiteral("$.items[0]|object");
        QTest::newRow("bad severity")
            << QByteArray(v).replace("\"SEV2\"", "\"SEV9\"") << QStringLiteral("Line 5|$.severity");
        QTest::newRow("bad key") << QByteArray(v).replace("\"team-db\"", "\"Team DB!\"")
                                 << QStringLiteral("Line 4|$.key");
        QTest::newRow("missing name")
            << QByteArray(v).replace("\"name\"", "\"nom\"") << QStringLiteral("$.nom|Unknown field");
        QTest::newRow("huge string") << QByteArray(v).replace("Check replication", QByteArray(600, 'x'))
                                     << QStringLiteral("Line 11|$.items[1].text.en|too long (600");
        QTest::newRow("huge file") << QByteArray(2 * 1024 * 1024, ' ') << QStringLiteral("too large");
    }

    void rejectsBadFiles()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const QString error = errorOf(json);
        QVERIFY2(!error.isEmpty(), "the file was accepted");
        for (const QString& part : expected.split(QLatin1Char('|')))
            QVERIFY2(error.contains(part), qPrintable(QStringLiteral("«%1» lacks «%2»").arg(error, part)));
    }

    void tooManyItems()
    {
        QByteArray items;
        for (int i = 0; i <= ChecklistTemplates::maxItems; ++i)
            items += QByteArray(i ? "," : "") + R"({"phase": "after", "text": {"en": "a", "ja": "あ"}})";
        QByteArray v = valid();
        v = v.left(v.indexOf("\"items\"")) + "\"items\": [" + items + "]}";
        QVERIFY(errorOf(v).contains(QStringLiteral("at most 200 items")));
    }

    void locatorFindsNestedValues()
    {
        const QByteArray json = "{\n \"a\": [\n  {\"b\": 1},\n  {\"b\": {\"c\": \"x\\\"y\"}}\n ]\n}";
        const JsonLocator loc(json);
        QCOMPARE(loc.lineOf(QStringLiteral("$.a[1].b.c")), 4);
        QCOMPARE(loc.lineOf(QStringLiteral("$.a[0].b")), 3);
        QCOMPARE(loc.lineOf(QStringLiteral("$.a[1].missing")), 4); // falls back to the parent
        QCOMPARE(JsonLocator::lineColumn("ab\ncd", 4), std::make_pair(2, 2));
    }
};

QTEST_GUILESS_MAIN(TestTemplateFormat)
#include "tst_templateformat.moc"
