#include "reportfixture.h"

#include "pdftools.h"
#include "pdfwriter.h"
#include "report/reportexporter.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

// PDF through QTextDocument + QPdfWriter: a real file, Japanese fonts embedded, the text extractable exactly
// as written — kanji, not the CJK radicals Qt's ToUnicode tables name (PdfToUnicodeFix) — by pdftotext
// (poppler-utils, which tools/setup-debian.sh installs).
class TestReportPdf final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void japaneseCustomerReport();
    void englishPostmortem();
    void japaneseCommandHierarchy();

private:
    static QString run(const QString& program, const QStringList& args);
    QString writePdf(TestSupport::TempCore& tc, ReportKind kind, const QString& lang);
};

void TestReportPdf::initTestCase()
{
    ReportFixture::fixTimeZone();
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QFAIL("pdftotext is missing: install poppler-utils (tools/setup-debian.sh does).");
    PdfWriter::installAsBackend();
}

QString TestReportPdf::run(const QString& program, const QStringList& args)
{
    const TestSupport::Run r = PdfTools::run(program, args);
    return r.exitCode == 0 ? r.out : QStringLiteral("<%1 failed: %2>").arg(program, r.err);
}

QString TestReportPdf::writePdf(TestSupport::TempCore& tc, ReportKind kind, const QString& lang)
{
    const qint64 id = ReportFixture::seed(tc);
    const QString path = tc.path(QStringLiteral("report-%1.pdf").arg(lang));
    const Status s = ReportExporter(tc.core()).exportTo(id, kind, ReportFormat::Pdf,
                                                        ReportLanguage(lang, ReportFixture::tokyo()), path);
    if (!s)
        qWarning("%s", qPrintable(s.error()));
    return path;
}

void TestReportPdf::japaneseCustomerReport()
{
    TestSupport::TempCore tc;
    const QString path = writePdf(tc, ReportKind::CustomerReport, QStringLiteral("ja"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5) == "%PDF-");
    const QString fonts = run(QStringLiteral("pdffonts"), {path});
    QVERIFY2(fonts.contains(QStringLiteral("NotoSansCJK")), qPrintable(fonts));
    for (const QString& line : fonts.split(QLatin1Char('\n')).mid(2))
        if (!line.trimmed().isEmpty())
            QVERIFY2(line.contains(QStringLiteral(" yes ")), qPrintable(QStringLiteral("not embedded: ") + line));
    const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    for (const QString& expected : {QStringLiteral("障害報告書"), QStringLiteral("影響期間"), QStringLiteral("INC-2026-0001"),
                                    QStringLiteral("2026-11-29 17:30 JST"), QStringLiteral("<script>alert('x')</script>"),
                                    QStringLiteral("再発防止策"), QStringLiteral("深くお詫び申し上げます")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
    QVERIFY2(text.contains(QStringLiteral("報告日時")), qPrintable(text));
    QVERIFY2(PdfTools::radicals(text).isEmpty(), qPrintable(PdfTools::radicals(text).join(QStringLiteral(", "))));
    // Internal entries never reach the customer report.
    QVERIFY(!text.contains(QStringLiteral("Card payments fail since"))); // the handoff entry
    const QString dir = qEnvironmentVariable("IC_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"),
                                         QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"),
                                         QStringLiteral("-singlefile"), path, dir + QStringLiteral("/report-pdf-ja")});
}

void TestReportPdf::englishPostmortem()
{
    TestSupport::TempCore tc;
    const QString path = writePdf(tc, ReportKind::Postmortem, QStringLiteral("en"));
    // Table cells wrap; compare without white space.
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString& expected : {QStringLiteral("Postmortem"), QStringLiteral("Wherewegotlucky"),
                                    QStringLiteral("Actionitems"), QStringLiteral("接続プールの上限を見直す")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
    QVERIFY2(PdfTools::radicals(text).isEmpty(), qPrintable(PdfTools::radicals(text).join(QStringLiteral(", "))));
}

// The role board's history in a Japanese incident document: role names translated, the hostile name as text.
void TestReportPdf::japaneseCommandHierarchy()
{
    TestSupport::TempCore tc;
    const QString path = writePdf(tc, ReportKind::IncidentDocument, QStringLiteral("ja"));
    const QString text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).remove(QRegularExpression(QStringLiteral("\\s")));
    for (const QString& expected : {QStringLiteral("指揮系統"), QStringLiteral("現在のインシデントコマンダーBob"),
                                    QStringLiteral("役割の担当履歴"), QStringLiteral("データベース担当"), QStringLiteral("引き継ぎ日時"),
                                    QStringLiteral("<imgsrc=xonerror=alert(1)>|*eve*")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" missing in:\n") + text));
    QVERIFY2(PdfTools::radicals(text).isEmpty(), qPrintable(PdfTools::radicals(text).join(QStringLiteral(", "))));
}

QTEST_MAIN(TestReportPdf)
#include "tst_reportpdf.moc"
