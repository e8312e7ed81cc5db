#include "domain/templateformat.h"
#include "services/checklistservice.h"
#include "services/templateservice.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// Templates: the shipped defaults, saving the team's version, import and export, and that a bad import
// leaves everything stored exactly as it was.
class TestTemplateService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;
    TemplateService& templates() { return m_tc->core().templates(); }

    // Every template row and item row, as text, to compare the database before and after.
    QStringList dump()
    {
        QStringList rows;
        QSqlQuery q(m_tc->core().database().connection());
        q.exec(QStringLiteral(
            "SELECT key, severity, name_en, name_ja, revision FROM checklist_templates ORDER BY key"));
        while (q.next())
            rows << QStringLiteral("%1|%2|%3|%4|%5")
                        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString());
        q.exec(
            QStringLiteral("SELECT template_id, position, phase, role_key, text_en, text_ja, timebox_minutes "
                           "FROM checklist_template_items ORDER BY template_id, position"));
        while (q.next()) {
            QStringList cols;
            for (int c = 0; c < 7; ++c)
                cols << q.value(c).toString();
            rows << cols.join(QLatin1Char('|'));
        }
        return rows;
    }

private slots:
    void init()
    {
        m_tc = std::make_unique<TestSupport::TempCore>();
        QVERIFY(m_tc->ok());
    }
    void cleanup() { m_tc.reset(); }

    void listsShippedDefaults()
    {
        const auto list = templates().list();
        QVERIFY(list.ok());
        QCOMPARE(list->size(), 4);
        QCOMPARE(list->at(0).key, QStringLiteral("sev1"));
        QVERIFY(list->at(0).isBuiltIn());
        QVERIFY(!templates().get(QStringLiteral("nope")).ok());
    }

    void savedVersionReplacesDefaultForNewIncidents()
    {
        ChecklistTemplate t = templates().get(QStringLiteral("sev2")).value();
        t.items.insert(0, TemplateItem{ChecklistPhase::Declare,
                                       QStringLiteral("scribe"),
                                       {QStringLiteral("Open the incident doc"),
                                        QStringLiteral("インシデント文書を開く")},
                                       3});
        QSignalSpy changed(&templates(), &TemplateService::templatesChanged);
        const auto saved = templates().save(t, QStringLiteral("lead"));
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved->revision, 1);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(templates().save(t, QStringLiteral("lead"))->revision, 2);
        QCOMPARE(templates().list()->size(), 4); // the saved sev2 replaces the shipped one in the list

        const Incident i = m_tc->declare(QStringLiteral("Payments"), Severity::Sev2);
        const auto first = m_tc->core().checklists().items(i.id)->first();
        QCOMPARE(first.text.ja, QStringLiteral("インシデント文書を開く"));
        QCOMPARE(first.timeBoxMinutes, 3);

        QVERIFY(templates().reset(QStringLiteral("sev2")).ok());
        QVERIFY(templates().get(QStringLiteral("sev2"))->isBuiltIn());
        QVERIFY(!templates().reset(QStringLiteral("sev2")).ok()); // already the default
    }

    void saveValidatesWithReadableLocation()
    {
        ChecklistTemplate t = templates().get(QStringLiteral("sev3")).value();
        t.items[2].text.ja.clear();
        const auto r = templates().save(t, QStringLiteral("lead"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("Item 3")), qPrintable(r.error()));
        QVERIFY(r.error().contains(QStringLiteral("Japanese")));
        QVERIFY(dump().isEmpty());
    }

    void shippedKeyKeepsItsSeverity()
    {
        ChecklistTemplate t = templates().get(QStringLiteral("sev1")).value();
        t.severity = Severity::Sev2;
        const auto r = templates().save(t, QStringLiteral("lead"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("SEV1")), qPrintable(r.error()));
        t.severity.reset();
        QVERIFY(!templates().save(t, QStringLiteral("lead")).ok());
        QVERIFY(dump().isEmpty());
    }

    void importExportRoundTrip()
    {
        const QByteArray json = templates().exportJson(QStringLiteral("sev1")).value();
        QVERIFY(json.contains("\"format\": \"incident-commander.checklist-template\""));
        QByteArray mine = json;
        mine.replace("\"key\": \"sev1\"", "\"key\": \"team-sev1\"");
        const auto imported = templates().importJson(mine, QStringLiteral("lead"));
        QVERIFY2(imported.ok(), qPrintable(imported.error()));
        QCOMPARE(imported->key, QStringLiteral("team-sev1"));
        QCOMPARE(templates().forSeverity(Severity::Sev1)->key, QStringLiteral("team-sev1"));
        QCOMPARE(TemplateFormat::parse(templates().exportJson(QStringLiteral("team-sev1")).value())->items,
                 TemplateFormat::parse(json)->items);
    }

    void badImportChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good =
            TemplateService::shippedDefault(QStringLiteral("sev3")).has_value()
                ? TemplateFormat::write(*TemplateService::shippedDefault(QStringLiteral("sev3")))
                : QByteArray();
        QTest::newRow("truncated") << good.left(good.size() / 2);
        QTest::newRow("unknown role") << QByteArray(good).replace("\"operations\"", "\"chef\"");
        QTest::newRow("unknown phase") << QByteArray(good).replace("\"resolve\"", "\"celebrate\"");
        QTest::newRow("wrong type") << QByteArray(good).replace("\"SEV3\"", "3");
        QTest::newRow("missing language") << QByteArray(good).replace("\"ja\":", "\"jp\":");
        QTest::newRow("huge string") << QByteArray(good).replace("Agree the exit criteria",
                                                                 QByteArray(100000, 'y'));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("binary") << QByteArray("\x00\xff\xfe", 3);
    }

    void badImportChangesNothing()
    {
        QFETCH(QByteArray, json);
        ChecklistTemplate t = templates().get(QStringLiteral("sev3")).value();
        t.name.en = QStringLiteral("Our SEV3");
        QVERIFY(templates().save(t, QStringLiteral("lead")).ok());
        const QStringList before = dump();
        QSignalSpy changed(&templates(), &TemplateService::templatesChanged);
        const auto r = templates().importJson(json, QStringLiteral("lead"));
        QVERIFY(!r.ok());
        QVERIFY(!r.error().isEmpty());
        QCOMPARE(dump(), before);
        QCOMPARE(changed.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTemplateService)
#include "tst_templateservice.moc"
