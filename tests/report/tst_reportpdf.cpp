#include "reportfixture.h"

#include "pdftools.h"
#include "pdfwriter.h"
#include "report/reportexporter.h"
#include "services/reportservice.h"

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
    void punctuationCopiesAsWritten();
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

// Noto Sans CJK draws ・ and ‧, the ideographic and the em space, ／ and ∕, 〈〉 and 〈〉, 〜 and ～ with one glyph
// each, and Qt's ToUnicode named the lower, non-Japanese code point; DejaVu Sans (the Latin text) has its own
// glyphs and keeps its table. pdftotext writes every white-space glyph as an ASCII space, so the ideographic
// space is checked in the CMap as well.
void TestReportPdf::punctuationCopiesAsWritten()
{
    TestSupport::TempCore tc;
    const qint64 id = ReportFixture::seed(tc);
    const QString japanese1 = QStringLiteral("【重要】決済サーバー・認証　〈速報〉「第2報」");
    const QString japanese2 = QStringLiteral("影響時間：09:30～10:45／対象ユーザー約1,200名");
    const QString latin = QStringLiteral("Retry - back-up • queue… 10–20 s");
    const QString ligature = QStringLiteral("Turn the flag off");
    QVERIFY(tc.core().reports().saveWording(id, {{QStringLiteral("customer.overview"), japanese1},
                                                  {QStringLiteral("customer.cause"), japanese2},
                                                  {QStringLiteral("customer.response"), ligature},
                                                  {QStringLiteral("customer.prevention"), latin}},
                                            QStringLiteral("carol")));
    const QString path = tc.path(QStringLiteral("punctuation.pdf"));
    const Status s = ReportExporter(tc.core()).exportTo(id, ReportKind::CustomerReport, ReportFormat::Pdf,
                                                        ReportLanguage(QStringLiteral("ja"), ReportFixture::tokyo()), path);
    QVERIFY2(s, qPrintable(s.error()));
    const QStringList lines = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).split(QLatin1Char('\n'));
    QStringList wrong;
    for (QString expected : {japanese1, japanese2, latin})
        if (!lines.contains(expected.replace(QChar(0x3000), QLatin1Char(' '))))
            wrong << QStringLiteral("expected:  %1\nextracted: %2").arg(expected, lines.filter(expected.left(2)).join(QLatin1Char('|')));
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<char32_t> named = PdfTools::toUnicodeTargets(file.readAll());
    QVERIFY2(named.contains(0x3000), "the ideographic space is not in the text layer");
    for (char32_t lookalike : {0x2003, 0x2027, 0x2215, 0x2329, 0x232A, 0x301C})
        QVERIFY2(!named.contains(lookalike), qPrintable(QString::number(uint(lookalike), 16)));

    // DejaVu Sans sets "fl" and "ff" as ligature glyphs; their ToUnicode entries name the letters, not ﬂ and ﬀ.
    QVERIFY2(lines.contains(ligature), qPrintable(lines.filter(QStringLiteral("Turn")).join(QLatin1Char('|'))));
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
