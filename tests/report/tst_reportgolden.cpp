#include "reportfixture.h"

#include "report/reportcollector.h"
#include "report/reportexporter.h"
#include "services/changeservice.h"
#include "services/incidentservice.h"
#include "services/reportservice.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

// Golden files of every document kind in Markdown and HTML, Japanese and English. Regenerate with
// IC_UPDATE_GOLDEN=1 after an intended change, and read the diff.
class TestReportGolden final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ReportFixture::fixTimeZone(); }
    void golden_data();
    void golden();
    void hostileTextIsEscaped();
    void commandHierarchyFromTheRoleBoard_data();
    void commandHierarchyFromTheRoleBoard();
    void noRolesAssigned();
    void drillIsMarkedInEveryDocument();
    void previewLimitKeepsTheNewest();
    void adjustedPeriodOfImpact();
    void changeStillAppliedSaysSoInJapanese();
};

void TestReportGolden::golden_data()
{
    QTest::addColumn<ReportKind>("kind");
    QTest::addColumn<ReportFormat>("format");
    QTest::addColumn<QString>("lang");
    for (ReportKind k : ReportKinds::all())
        for (ReportFormat f : {ReportFormat::Markdown, ReportFormat::Html})
            for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ja")}) {
                const QString name = ReportKinds::key(k) + QLatin1Char('-') + lang + QLatin1Char('.') + ReportFormats::key(f);
                QTest::newRow(qPrintable(name)) << k << f << lang;
            }
}

void TestReportGolden::golden()
{
    QFETCH(ReportKind, kind);
    QFETCH(ReportFormat, format);
    QFETCH(QString, lang);
    TestSupport::TempCore tc;
    QVERIFY(tc.ok());
    const qint64 id = ReportFixture::seed(tc);
    const auto doc = ReportExporter(tc.core()).build(id, kind, ReportLanguage(lang, ReportFixture::tokyo()));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    const QString text = ReportExporter::render(doc.value(), format);
    const QString path = TestSupport::sourcePath(QStringLiteral("tests/golden/report/%1-%2.%3")
                                                     .arg(ReportKinds::key(kind), lang, ReportFormats::key(format)));
    if (qEnvironmentVariableIsSet("IC_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(text.toUtf8());
        QSKIP("golden file written");
    }
    QFile in(path);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(path));
    const QString expected = QString::fromUtf8(in.readAll());
    if (text != expected) {
        const QStringList a = text.split(QLatin1Char('\n'));
        const QStringList b = expected.split(QLatin1Char('\n'));
        for (int i = 0; i < qMin(a.size(), b.size()); ++i)
            QCOMPARE(a.at(i), b.at(i));
        QCOMPARE(a.size(), b.size());
    }
}

void TestReportGolden::hostileTextIsEscaped()
{
    TestSupport::TempCore tc;
    const qint64 id = ReportFixture::seed(tc);
    for (ReportKind kind : ReportKinds::all()) {
        const auto doc = ReportExporter(tc.core()).build(id, kind, ReportLanguage(QStringLiteral("en"), ReportFixture::tokyo()));
        QVERIFY(doc.ok());
        const QString html = ReportExporter::render(doc.value(), ReportFormat::Html);
        QVERIFY(!html.contains(QStringLiteral("<script")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("<b>")));
        QVERIFY(!html.contains(QStringLiteral("javascript:alert(1)\"")));
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")));
        const QString md = ReportExporter::render(doc.value(), ReportFormat::Markdown);
        QVERIFY(md.contains(QStringLiteral("\\<script\\>alert('x')\\</script\\> \\| \\*太字\\* \\`rm -rf\\` \\&")));
        static const QRegularExpression rawTag(QStringLiteral("(?<!\\\\)<(script|img|b>)"));
        QVERIFY(!md.contains(rawTag));
        QVERIFY(md.contains(QStringLiteral("\\[click\\](javascript:alert(1))"))); // text, not a link
    }
    // Links: the safe tracker link is a link in both formats; pipes in table cells are escaped.
    const auto pm = ReportExporter(tc.core()).build(id, ReportKind::Postmortem, ReportLanguage(QStringLiteral("en"), ReportFixture::tokyo()));
    const QString html = ReportExporter::render(pm.value(), ReportFormat::Html);
    QVERIFY(html.contains(QStringLiteral("<a href=\"https://tracker.example.com/issues/42?a=1&amp;b=(2)\">")));
    const QString md = ReportExporter::render(pm.value(), ReportFormat::Markdown);
    QVERIFY(md.contains(QStringLiteral("(<https://tracker.example.com/issues/42?a=1&b=(2)>)")));
    QVERIFY(md.contains(QStringLiteral("Alert when the pool is \\> 80% \\| used")));
}

void TestReportGolden::commandHierarchyFromTheRoleBoard_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QStringList>("markdown"); // lines of the section, in order
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList{
                               QStringLiteral("- **Incident Commander now:** Bob"),
                               QStringLiteral("- **The IC also holds:** Planning lead, Database SME"),
                               QStringLiteral("| Incident Commander | alice | 2026-11-29 17:45 JST (08:45 UTC) | "
                                              "2026-11-29 18:05 JST (09:05 UTC) | Handed off |"),
                               QStringLiteral("| Operations lead | \\<img src=x onerror=alert(1)\\> \\| \\*eve\\* | "
                                              "2026-11-29 17:48 JST (08:48 UTC) | 2026-11-29 18:15 JST (09:15 UTC) | Reassigned |"),
                               QStringLiteral("| Incident Commander | Bob | 2026-11-29 18:05 JST (09:05 UTC) | (current) | — |"),
                               QStringLiteral("| Database SME | エリカ | 2026-11-29 18:08 JST (09:08 UTC) | "
                                              "2026-11-29 18:50 JST (09:50 UTC) | Released |"),
                               QStringLiteral("| Operations lead | Dave | 2026-11-29 18:15 JST (09:15 UTC) | (current) | — |"),
                               QStringLiteral("| 2026-11-29 18:05 JST (09:05 UTC) | Incident Commander | alice | Bob | Situation: "
                                              "Card payments fail since 08:30 UTC; pool exhausted? \\<script\\>x\\</script\\> "
                                              "\\| \\*not bold\\*<br>Objectives: Restore checkout<br>Keep EU customers informed<br>"
                                              "Current actions: Rolling back release 2026.11.29-1 |")};
    QTest::newRow("ja") << QStringLiteral("ja")
                        << QStringList{QStringLiteral("- **現在のインシデントコマンダー:** Bob"),
                                       QStringLiteral("- **IC が兼務している役割:** 計画リード、データベース担当"),
                                       QStringLiteral("| インシデントコマンダー | alice | 2026-11-29 17:45 JST(08:45 UTC) | "
                                                      "2026-11-29 18:05 JST(09:05 UTC) | 引き継ぎ |"),
                                       QStringLiteral("| データベース担当 | エリカ |"),
                                       QStringLiteral("| 2026-11-29 18:05 JST(09:05 UTC) | インシデントコマンダー | alice | Bob | 状況: ")};
}

// The role board's history, in order, with the reader's times, escaped in both formats; the fallback to the
// declaring author is gone.
void TestReportGolden::commandHierarchyFromTheRoleBoard()
{
    QFETCH(QString, lang);
    QFETCH(QStringList, markdown);
    TestSupport::TempCore tc;
    const qint64 id = ReportFixture::seed(tc);
    const auto doc = ReportExporter(tc.core()).build(id, ReportKind::IncidentDocument, ReportLanguage(lang, ReportFixture::tokyo()));
    QVERIFY(doc.ok());
    const QString md = ReportExporter::render(doc.value(), ReportFormat::Markdown);
    qsizetype at = 0;
    for (const QString& line : markdown) {
        const qsizetype found = md.indexOf(line, at);
        QVERIFY2(found >= 0, qPrintable(line + QStringLiteral("\n-- not found after offset %1 in:\n").arg(at) + md));
        at = found + line.size();
    }
    const QString html = ReportExporter::render(doc.value(), ReportFormat::Html);
    QVERIFY(html.contains(QStringLiteral("<td>&lt;img src=x onerror=alert(1)&gt; | *eve*</td>")));
    QVERIFY(html.contains(QStringLiteral("pool exhausted? &lt;script&gt;x&lt;/script&gt; | *not bold*<br>")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!md.contains(ReportFixture::hostilePerson()));
    QVERIFY(!md.contains(QStringLiteral("declared by")) && !md.contains(QStringLiteral("宣言者")));
}

void TestReportGolden::noRolesAssigned()
{
    TestSupport::TempCore tc;
    IncidentDraft d;
    d.title = QStringLiteral("No IC yet");
    d.author = QStringLiteral("alice");
    const auto declared = tc.core().incidents().declare(d); // a drill-like start: nobody takes command
    QVERIFY(declared.ok());
    for (ReportKind kind : {ReportKind::IncidentDocument, ReportKind::Postmortem, ReportKind::ExecutiveSummary}) {
        const auto doc = ReportExporter(tc.core()).build(declared->id, kind, ReportLanguage(QStringLiteral("en"), ReportFixture::tokyo()));
        QVERIFY(doc.ok());
        const QString md = ReportExporter::render(doc.value(), ReportFormat::Markdown);
        if (kind == ReportKind::IncidentDocument)
            QVERIFY2(md.contains(QStringLiteral("*Nobody was assigned a role on the role board.*")), qPrintable(md));
        else if (kind == ReportKind::Postmortem)
            QVERIFY2(md.contains(QStringLiteral("*Nobody held command on the role board.*")), qPrintable(md));
        else
            QVERIFY2(md.contains(QStringLiteral("- **Incident Commander:** Not recorded")), qPrintable(md));
    }
}

void TestReportGolden::drillIsMarkedInEveryDocument()
{
    TestSupport::TempCore tc;
    const qint64 id = ReportFixture::seed(tc, true);
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("ja")})
        for (ReportKind kind : ReportKinds::all()) {
            const auto doc = ReportExporter(tc.core()).build(id, kind, ReportLanguage(lang, ReportFixture::tokyo()));
            QVERIFY(doc.ok());
            const QString marker = lang == QStringLiteral("ja") ? QStringLiteral("[訓練]") : QStringLiteral("[DRILL]");
            QVERIFY(doc->title.startsWith(marker));
            for (ReportFormat f : {ReportFormat::Markdown, ReportFormat::Html}) {
                const QString text = ReportExporter::render(doc.value(), f);
                QVERIFY2(text.contains(lang == QStringLiteral("ja") ? QStringLiteral("訓練 — これは演習であり")
                                                                    : QStringLiteral("DRILL — this is an exercise")),
                         qPrintable(ReportKinds::key(kind)));
            }
        }
}

void TestReportGolden::previewLimitKeepsTheNewest()
{
    TestSupport::TempCore tc;
    const qint64 id = ReportFixture::seed(tc);
    const auto full = ReportCollector(tc.core()).collect(id);
    const auto limited = ReportCollector(tc.core(), 3).collect(id);
    QVERIFY(full.ok() && limited.ok());
    QCOMPARE(limited->timeline.size(), 3);
    QCOMPARE(limited->timelineTotal, int(full->timeline.size()));
    QCOMPARE(limited->timeline.constLast().id, full->timeline.constLast().id); // oldest first, newest kept
    const auto doc = ReportExporter(tc.core()).build(id, ReportKind::IncidentDocument, ReportLanguage(), {}, 3);
    QVERIFY(ReportExporter::render(doc.value(), ReportFormat::Markdown)
                .contains(QStringLiteral("*The preview shows the newest 3 of %1 entries").arg(full->timeline.size())));
    const auto all = ReportExporter(tc.core()).build(id, ReportKind::IncidentDocument, ReportLanguage());
    QVERIFY(!ReportExporter::render(all.value(), ReportFormat::Markdown).contains(QStringLiteral("The preview shows")));
}

void TestReportGolden::adjustedPeriodOfImpact()
{
    TestSupport::TempCore tc;
    const qint64 id = ReportFixture::seed(tc);
    QVERIFY(tc.core().reports().saveWording(id, {{QStringLiteral("customer.impact_start"), QStringLiteral("2026-11-29T08:10:00Z")},
                                                 {QStringLiteral("customer.impact_end"), QStringLiteral("2026-11-29T09:40:00Z")}},
                                            QStringLiteral("carol")).ok());
    const auto doc = ReportExporter(tc.core()).build(id, ReportKind::CustomerReport,
                                                     ReportLanguage(QStringLiteral("en"), ReportFixture::tokyo()));
    const QString md = ReportExporter::render(doc.value(), ReportFormat::Markdown);
    QVERIFY(md.contains(QStringLiteral("- **Start:** 2026-11-29 17:10 JST (08:10 UTC)")));
    QVERIFY(md.contains(QStringLiteral("- **End:** 2026-11-29 18:40 JST (09:40 UTC)")));
    QVERIFY(md.contains(QStringLiteral("- **Duration:** 1 h 30 min")));
    // Response times are still measured from detection.
    const auto pm = ReportExporter(tc.core()).build(id, ReportKind::Postmortem, ReportLanguage(QStringLiteral("en"), ReportFixture::tokyo()));
    QVERIFY(ReportExporter::render(pm.value(), ReportFormat::Markdown).contains(QStringLiteral("- **Time to mitigate:** 50 min")));
}

// A change to production not reverted yet is "applied", not "not recovered" (which reads as the incident's
// state).
void TestReportGolden::changeStillAppliedSaysSoInJapanese()
{
    TestSupport::TempCore tc;
    const qint64 id = ReportFixture::seed(tc);
    ChangeDraft change;
    change.what = QStringLiteral("Disabled the recommendation widget");
    change.madeBy = QStringLiteral("bob");
    change.madeAt = QDateTime(QDate(2026, 11, 29), QTime(9, 20), QTimeZone::utc());
    change.revertHow = QStringLiteral("Enable it again");
    QVERIFY(tc.core().changes().record(id, change, QStringLiteral("bob")).ok());
    const auto doc = ReportExporter(tc.core()).build(
        id, ReportKind::IncidentDocument, ReportLanguage(QStringLiteral("ja"), ReportFixture::tokyo()));
    QVERIFY2(doc.ok(), qPrintable(doc.error()));
    const QString md = ReportExporter::render(doc.value(), ReportFormat::Markdown);
    QVERIFY2(md.contains(QStringLiteral("| Enable it again | 適用中（未切り戻し） |")), qPrintable(md));
    QVERIFY(md.contains(QStringLiteral("| 切り戻し方法 |")));
    QVERIFY(md.contains(QStringLiteral("に切り戻し済み |")));
}

QTEST_GUILESS_MAIN(TestReportGolden)
#include "tst_reportgolden.moc"
