#include "reportfixture.h"

#include "report/reportcollector.h"
#include "report/reportexporter.h"
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
    void drillIsMarkedInEveryDocument();
    void previewLimitKeepsTheNewest();
    void adjustedPeriodOfImpact();
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

QTEST_GUILESS_MAIN(TestReportGolden)
#include "tst_reportgolden.moc"
