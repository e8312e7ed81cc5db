#include "testsupport.h"

#include "domain/reportescape.h"
#include "report/htmlrenderer.h"
#include "report/markdownrenderer.h"
#include "report/reportdocument.h"
#include "report/reportkind.h"
#include "report/reportlanguage.h"

#include <QTest>

class TestReportEscape final : public QObject
{
    Q_OBJECT
private slots:
    void html();
    void markdown_data();
    void markdown();
    void markdownCell();
    void headingsStayOnOneLine();
    void safeUrl_data();
    void safeUrl();
    void languageFormatsTimes();
    void languageIsIndependentOfTheUi();
    void kindsAndFormatsParse();
    void linksInBothFormats();
};

void TestReportEscape::html()
{
    QCOMPARE(ReportEscape::html(QStringLiteral("<a href=\"x\" onclick='y'>&amp;</a>\r\nnext")),
             QStringLiteral("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;<br>next"));
}

void TestReportEscape::markdown_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("inline") << QStringLiteral("*a* _b_ `c` [d](e) <f> ~g~ | & !") << QStringLiteral("\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\~g\\~ \\| \\& \\!");
    QTest::newRow("heading") << QStringLiteral("# h") << QStringLiteral("\\# h");
    QTest::newRow("quote") << QStringLiteral("> q") << QStringLiteral("\\> q");
    QTest::newRow("list") << QStringLiteral("- l") << QStringLiteral("\\- l");
    QTest::newRow("ordered") << QStringLiteral("12. n") << QStringLiteral("12\\. n");
    QTest::newRow("indented") << QStringLiteral("  + p") << QStringLiteral("\\+ p");
    // Indentation would make a code block, where the escapes show as backslashes and nothing else is escaped.
    QTest::newRow("code indent") << QStringLiteral("a\n    <b>x</b>\n\tcode")
                                 << QStringLiteral("a\\\n\\<b\\>x\\</b\\>\\\ncode");
    QTest::newRow("lines") << QStringLiteral("a\n# b") << QStringLiteral("a\\\n\\# b");
    QTest::newRow("japanese") << QStringLiteral("障害「対応」") << QStringLiteral("障害「対応」");
    QTest::newRow("backslash") << QStringLiteral("C:\\path") << QStringLiteral("C:\\\\path");
}

void TestReportEscape::markdown()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(ReportEscape::markdown(in), out);
}

void TestReportEscape::headingsStayOnOneLine()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Checkout down\n    # injected\n- item");
    doc.addHeading(QStringLiteral("Cause\n\n    code"));
    const QString md = MarkdownRenderer::render(doc);
    QVERIFY2(md.startsWith(QStringLiteral("# Checkout down # injected - item\n\n")), qPrintable(md));
    QVERIFY2(md.contains(QStringLiteral("\n## Cause code\n")), qPrintable(md));
    QCOMPARE(ReportEscape::markdownLine(QStringLiteral("  a\r\n  b  ")), QStringLiteral("a b"));
}

void TestReportEscape::markdownCell()
{
    QCOMPARE(ReportEscape::markdownCell(QStringLiteral("a | b\n- c")), QStringLiteral("a \\| b<br>\\- c"));
}

void TestReportEscape::safeUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("safe");
    QTest::newRow("https") << QStringLiteral("https://tracker.example.com/i/1?a=1&b=2") << true;
    QTest::newRow("http") << QStringLiteral("http://x.example") << true;
    QTest::newRow("mailto") << QStringLiteral("mailto:oncall@example.com") << true;
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
    QTest::newRow("JavaScript") << QStringLiteral("JavaScript:alert(1)") << false;
    QTest::newRow("data") << QStringLiteral("data:text/html,<script>") << false;
    QTest::newRow("relative") << QStringLiteral("/etc/passwd") << false;
    QTest::newRow("no host") << QStringLiteral("https:///x") << false;
    QTest::newRow("text") << QStringLiteral("see the wiki") << false;
}

void TestReportEscape::safeUrl()
{
    QFETCH(QString, url);
    QFETCH(bool, safe);
    QCOMPARE(ReportEscape::safeUrl(url).isValid(), safe);
}

void TestReportEscape::languageFormatsTimes()
{
    const ReportLanguage ja(QStringLiteral("ja"), QTimeZone("Asia/Tokyo"));
    const ReportLanguage en(QStringLiteral("en"), QTimeZone("Asia/Tokyo"));
    const QDateTime t(QDate(2026, 11, 29), QTime(16, 5), Qt::UTC); // 01:05 on the 30th in Tokyo
    QCOMPARE(en.dateTime(t), QStringLiteral("2026-11-30 01:05 JST (2026-11-29 16:05 UTC)"));
    QCOMPARE(ja.dateTime(t), QStringLiteral("2026-11-30 01:05 JST(2026-11-29 16:05 UTC)"));
    QCOMPARE(en.dateTime(QDateTime()), QStringLiteral("Not recorded"));
    QCOMPARE(ja.dateTime(QDateTime()), QStringLiteral("記録なし"));
    const ReportLanguage utc(QStringLiteral("en"), QTimeZone::utc());
    QCOMPARE(utc.dateTime(t), QStringLiteral("2026-11-29 16:05 UTC"));
    const ReportLanguage kolkata(QStringLiteral("en"), QTimeZone("Asia/Kolkata"));
    QVERIFY(!kolkata.zoneName(t).isEmpty());
    QCOMPARE(en.duration(65 * 60 * 1000), QStringLiteral("1 h 05 min"));
    QCOMPARE(ja.duration(65 * 60 * 1000), QStringLiteral("1時間05分"));
    QCOMPARE(en.duration(26LL * 3600 * 1000), QStringLiteral("1 d 2 h 00 min"));
    QCOMPARE(en.duration(-1), QStringLiteral("—"));
    QCOMPARE(ja.status(IncidentStatus::Monitoring), QStringLiteral("経過観察"));
    QCOMPARE(ja.kind(EntryKind::Communication), QStringLiteral("連絡"));
    QCOMPARE(ja.severity(Severity::Sev1), QStringLiteral("SEV1 — 致命的"));
}

void TestReportEscape::languageIsIndependentOfTheUi()
{
    // No translator is installed on the application, yet the Japanese report is Japanese.
    QCOMPARE(QCoreApplication::translate("Report", "Postmortem"), QStringLiteral("Postmortem"));
    QCOMPARE(ReportLanguage(QStringLiteral("ja")).text("Postmortem"), QStringLiteral("ポストモーテム"));
    QCOMPARE(ReportLanguage(QStringLiteral("fr")).code(), QStringLiteral("en"));
}

void TestReportEscape::kindsAndFormatsParse()
{
    QCOMPARE(ReportKinds::parse(QStringLiteral("customer-report")), ReportKind::CustomerReport);
    QCOMPARE(ReportKinds::parse(QStringLiteral("Customer_Report")), ReportKind::CustomerReport);
    QVERIFY(!ReportKinds::parse(QStringLiteral("novel")));
    QCOMPARE(ReportFormats::parse(QStringLiteral("markdown")), ReportFormat::Markdown);
    QCOMPARE(ReportFormats::parse(QStringLiteral("PDF")), ReportFormat::Pdf);
    for (ReportKind k : ReportKinds::all())
        QCOMPARE(ReportKinds::parse(ReportKinds::key(k)), k);
}

void TestReportEscape::linksInBothFormats()
{
    ReportDocument doc;
    doc.title = QStringLiteral("t");
    doc.addTable({QStringLiteral("who"), QStringLiteral("link")},
                 {{QStringLiteral("<b>bob</b> | \"x\""), QStringLiteral("https://x.example/?q=\"><script>alert(1)</script>")},
                  {QStringLiteral("eve"), QStringLiteral("javascript:alert(\"x\")")},
                  {QStringLiteral("amy"), QStringLiteral("https://x.example/a_(b)")}},
                 1);
    const QString html = HtmlRenderer::render(doc);
    QVERIFY(!html.contains(QStringLiteral("<script")));
    QVERIFY(!html.contains(QStringLiteral("<b>bob")));
    QVERIFY(html.contains(QStringLiteral("<td>&lt;b&gt;bob&lt;/b&gt; | &quot;x&quot;</td>")));
    // A URL with raw quotes and brackets is not well formed (strict parsing): shown as text, escaped.
    QVERIFY(html.contains(QStringLiteral("<td>https://x.example/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</td>")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"https://x.example/a_(b)\">https://x.example/a_(b)</a>")));
    QVERIFY(html.contains(QStringLiteral("<td>javascript:alert(&quot;x&quot;)</td>"))); // text, not a link
    QVERIFY(!html.contains(QStringLiteral("href=\"javascript")));
    const QString md = MarkdownRenderer::render(doc);
    QVERIFY(md.contains(QStringLiteral("| \\<b\\>bob\\</b\\> \\| \"x\" |")));
    QVERIFY(md.contains(QStringLiteral("| https://x.example/?q=\"\\>\\<script\\>alert(1)\\</script\\> |")));
    QVERIFY(md.contains(QStringLiteral("| eve | javascript:alert(\"x\") |")));
    QVERIFY(md.contains(QStringLiteral("(<https://x.example/a_(b)>)")));
}

QTEST_GUILESS_MAIN(TestReportEscape)
#include "tst_reportescape.moc"
