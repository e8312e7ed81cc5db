#include "embeddedfonts.h"
#include "glyphtwins.h"
#include "pdftools.h"
#include "pdftounicodefix.h"
#include "pdfwriter.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QPageSize>
#include <QPdfWriter>
#include <QRawFont>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QtEndian>

// PdfToUnicodeFix: ToUnicode CMaps of real PDFs rewritten font by font so CJK radicals become the kanji the
// glyphs show and Japanese punctuation its own code point (GlyphTwins), the file still valid (poppler reads
// it without a complaint, every xref offset lands on its object).
class TestPdfToUnicodeFix final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void glyphTwinsFollowTheFont();
    void glyphTwinsFollowTheText();
    void embeddedFontsByPostscriptName();
    void cmapDestinationsOnly();
    void ligaturesAreSpelledOut();
    void damagedCMapsAreRefused();
    void qtPdfReadsAsKanji();
    void flateStreamWithIndirectLength();
    void withoutRadicalsNothingChanges();
    void eachFontGetsItsOwnTable();
    void waveDashCopiesAsTyped();
    void damagedPdfsAreRefused();
    void failedWriteLeavesNoFile();

private:
    QByteArray qtPdf(const QString& text) const;
    QString writeFile(const QString& name, const QByteArray& bytes) const;
    static QString badOffsets(const QByteArray& pdf);
    static QByteArray handMadePdf(const QByteArray& toUnicode);
    static PdfToUnicodeFix installedFontsFix();
    static PdfToUnicodeFix oneTableFix(const PdfToUnicodeFix::Replacements& table);

    QTemporaryDir m_dir;
    const QString m_kanji = QStringLiteral("日本 部長 長時間 青山 西日本 戸田 歯科 黄色 竜 民間 亀戸 山田");
};

void TestPdfToUnicodeFix::initTestCase()
{
    for (const QString& tool : {QStringLiteral("pdftotext"), QStringLiteral("pdfinfo")})
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QFAIL(qPrintable(
                tool + QStringLiteral(" is missing: install poppler-utils (tools/setup-debian.sh does).")));
    QVERIFY2(PdfWriter::fontFamily() == QStringLiteral("Noto Sans CJK JP"),
             "fonts-noto-cjk is missing (tools/setup-debian.sh installs it)");
    QVERIFY(m_dir.isValid());
}

PdfToUnicodeFix TestPdfToUnicodeFix::installedFontsFix()
{
    return PdfToUnicodeFix([](const QByteArray& baseFont) {
        return GlyphTwins::forFont(
            EmbeddedFonts({PdfWriter::fontFamily(), QStringLiteral("DejaVu Sans")}).find(baseFont));
    });
}

PdfToUnicodeFix TestPdfToUnicodeFix::oneTableFix(const PdfToUnicodeFix::Replacements& table)
{
    return PdfToUnicodeFix([table](const QByteArray&) { return table; });
}

// The font decides, not NFKC: ⻑ has no NFKC ideograph, and ⼾'s (戶) is not the Japanese glyph (戸).
void TestPdfToUnicodeFix::glyphTwinsFollowTheFont()
{
    const QHash<char32_t, char32_t> twins =
        GlyphTwins::forFont(QRawFont::fromFont(QFont(PdfWriter::fontFamily())));
    QCOMPARE(twins.value(0x2F47), char32_t(0x65E5)); // ⽇ 日
    QCOMPARE(twins.value(0x2ED1), char32_t(0x9577)); // ⻑ 長
    QCOMPARE(twins.value(0x2F3E), char32_t(0x6238)); // ⼾ 戸
    QCOMPARE(twins.value(0x2EA0), char32_t(0x6C11)); // ⺠ 民
    QCOMPARE(twins.value(0x2F00), char32_t(0x4E00)); // ⼀ 一
    QCOMPARE(twins.value(0x2027), char32_t(0x30FB)); // ‧ ・
    QCOMPARE(twins.value(0x2003), char32_t(0x3000)); // em space, ideographic space
    QCOMPARE(twins.value(0x2215), char32_t(0xFF0F)); // ∕ ／
    QCOMPARE(twins.value(0x2329), char32_t(0x3008)); // 〈 〈
    QCOMPARE(twins.value(0x232A), char32_t(0x3009)); // 〉 〉
    QVERIFY(!twins.contains(0x301C));                // 〜 and ～ are both Japanese: the lower one stays
    QVERIFY(!twins.contains(0x3131));                // ㄱ stays, not its halfwidth twin ﾡ U+FFA1
    QVERIFY(!twins.contains(0x0020) && !twins.contains(0x002D)); // Latin: no Japanese code point on the glyph
    // Everything outside the radical blocks, for the fonts-noto-cjk of Debian 12 (docs/REPORTS.md lists it).
    QList<char32_t> others;
    for (auto it = twins.cbegin(); it != twins.cend(); ++it) {
        QVERIFY2(GlyphTwins::rank(it.value()) >= 0, qPrintable(QString::number(uint(it.key()), 16)));
        QVERIFY(GlyphTwins::rank(it.key()) < 0 || GlyphTwins::rank(it.key()) > GlyphTwins::rank(it.value()));
        if (it.key() < 0x2E80 || it.key() > 0x2FDF)
            others << it.key();
    }
    std::sort(others.begin(), others.end());
    QCOMPARE(others, (QList<char32_t>{0x2003, 0x2027, 0x2035, 0x2215, 0x2329, 0x232A, 0x3ADA, 0x3B35}));
    // DejaVu Sans draws no Japanese code point with another's glyph: its table is empty.
    QCOMPARE(GlyphTwins::forFont(QRawFont::fromFont(QFont(QStringLiteral("DejaVu Sans")))).size(), 0);
    QCOMPARE(GlyphTwins::forFont(QRawFont()).size(), 0);
}

// A code point the text uses wins over the rule: one glyph, one entry, so the one that was typed.
void TestPdfToUnicodeFix::glyphTwinsFollowTheText()
{
    const QRawFont noto = QRawFont::fromFont(QFont(PdfWriter::fontFamily()));
    QCOMPARE(GlyphTwins::forFont(noto, {0xFF5E}).value(0x301C), char32_t(0xFF5E)); // ～ typed
    QVERIFY(!GlyphTwins::forFont(noto, {0x301C}).contains(0x301C));                // 〜 typed
    QVERIFY(!GlyphTwins::forFont(noto, {0x2F47}).contains(0x2F47));                // ⽇ typed on purpose
    QVERIFY(!GlyphTwins::forFont(noto, {0x2027}).contains(0x2027));                // ‧ typed
    // Both typed: the rule decides.
    QCOMPARE(GlyphTwins::forFont(noto, {0x2027, 0x30FB}).value(0x2027), char32_t(0x30FB));
    QVERIFY(!GlyphTwins::forFont(noto, {0x301C, 0xFF5E}).contains(0x301C));
}

void TestPdfToUnicodeFix::embeddedFontsByPostscriptName()
{
    const EmbeddedFonts fonts({PdfWriter::fontFamily(), QStringLiteral("DejaVu Sans")});
    for (const QByteArray& name : {QByteArray("NotoSansCJKjp-Regular"), QByteArray("NotoSansCJKjp-Bold"),
                                   QByteArray("DejaVuSans"), QByteArray("QOAAAA+NotoSansCJKjp-Regular")}) {
        const QRawFont font = fonts.find(name);
        QVERIFY2(font.isValid(), name.constData());
        QCOMPARE(EmbeddedFonts::postscriptName(font), EmbeddedFonts::withoutSubsetTag(name));
    }
    QVERIFY(!fonts.find("Helvetica").isValid());
    QVERIFY(!fonts.find("").isValid());
    QCOMPARE(EmbeddedFonts::withoutSubsetTag("ABCDEF+Name"), QByteArray("Name"));
    QCOMPARE(EmbeddedFonts::withoutSubsetTag("AbCDEF+Name"), QByteArray("AbCDEF+Name"));
    QCOMPARE(EmbeddedFonts::withoutSubsetTag("Name"), QByteArray("Name"));
}

void TestPdfToUnicodeFix::cmapDestinationsOnly()
{
    const QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                            "/CMapName /Adobe-Identity-UCS def\n% a comment <2F47>\n"
                            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
                            "2 beginbfchar\n<2F47> <2F47>\n<0005> <0041>\nendbfchar\n"
                            "3 beginbfrange\n"
                            "<0010> <0012> <2F00>\n"
                            "<0020> <0022> [<2ED1> <0042> <D842DFB7>]\n"
                            "<0030> <0031> <0061>\n"
                            "endbfrange\nendcmap\n";
    const PdfToUnicodeFix::Replacements table{
        {0x2F47, 0x65E5}, {0x2F00, 0x4E00}, {0x2F01, 0x4E28}, {0x2ED1, 0x9577}};
    const Result<QByteArray> fixed = PdfToUnicodeFix::applyToCMap(cmap, table);
    QVERIFY2(fixed, qPrintable(fixed.error()));
    QByteArray expected = cmap;
    expected.replace("<2F47> <2F47>", "<2F47> <65E5>")
        .replace("<0010> <0012> <2F00>", "<0010> <0012> [<4E00> <4E28> <2F02>]")
        .replace("[<2ED1> <0042>", "[<9577> <0042>");
    QCOMPARE(*fixed, expected);
    QCOMPARE(*PdfToUnicodeFix::applyToCMap(cmap, {}), cmap);
}

// A ligature glyph names the letters it joins: in bfchar, and in a bfrange (which becomes an array, since its
// destinations are no longer consecutive). A ligature the text itself contains is left as it is.
void TestPdfToUnicodeFix::ligaturesAreSpelledOut()
{
    const QByteArray cmap = "2 beginbfchar\n<0007> <FB00>\n<0008> <0066>\nendbfchar\n"
                            "1 beginbfrange\n<0010> <0012> <FB01>\nendbfrange\n";
    const auto all = PdfToUnicodeFix::ligatureExpansions({});
    QCOMPARE(all.value(0xFB00), QStringLiteral("ff"));
    QCOMPARE(all.value(0xFB04), QStringLiteral("ffl"));
    QCOMPARE(all.size(), 7);
    const Result<QByteArray> fixed = PdfToUnicodeFix::applyToCMap(cmap, {}, all);
    QVERIFY2(fixed, qPrintable(fixed.error()));
    QCOMPARE(*fixed, QByteArray("2 beginbfchar\n<0007> <00660066>\n<0008> <0066>\nendbfchar\n"
                                "1 beginbfrange\n<0010> <0012> [<00660069> <0066006C> <006600660069>]\nendbfrange\n"));

    // The report says "ﬁ" on purpose: that glyph keeps its name, the others are still spelled out.
    const auto typed = PdfToUnicodeFix::ligatureExpansions({char32_t(0xFB01)});
    QVERIFY(!typed.contains(0xFB01));
    const Result<QByteArray> kept = PdfToUnicodeFix::applyToCMap(cmap, {}, typed);
    QVERIFY2(kept, qPrintable(kept.error()));
    QVERIFY(kept->contains("[<FB01> <0066006C> <006600660069>]"));
    QVERIFY(kept->contains("<0007> <00660066>"));
}

void TestPdfToUnicodeFix::damagedCMapsAreRefused()
{
    for (const QByteArray& cmap : {QByteArray("1 beginbfchar\n<0001> <2F47\nendbfchar\n"),
                                   QByteArray("1 beginbfchar\n<0001>\nendbfchar\n"),
                                   QByteArray("1 beginbfchar\n<0001> <2G47>\nendbfchar\n"),
                                   QByteArray("1 beginbfrange\n<0002> <0001> <2F47>\nendbfrange\n"),
                                   QByteArray("1 beginbfrange\n<0001> <0002> [<2F47>\nendbfrange\n"),
                                   QByteArray("1 beginbfrange\n<0001> <0003> <FFFE>\nendbfrange\n"),
                                   QByteArray("1 beginbfchar\n<0001> <2F47>\n")}) {
        const Result<QByteArray> fixed = PdfToUnicodeFix::applyToCMap(cmap, {{0x2F47, 0x65E5}});
        QVERIFY2(!fixed, cmap.constData());
        QVERIFY(fixed.error().contains(QStringLiteral("character map")));
    }
}

// What QPdfWriter writes for the text, untouched.
QByteArray TestPdfToUnicodeFix::qtPdf(const QString& text) const
{
    const QString path = m_dir.filePath(QStringLiteral("qt-%1.pdf").arg(qHash(text)));
    {
        QPdfWriter writer(path);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QTextDocument doc;
        doc.setDefaultFont(QFont(PdfWriter::fontFamily()));
        doc.setPlainText(text);
        doc.print(&writer);
    }
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString TestPdfToUnicodeFix::writeFile(const QString& name, const QByteArray& bytes) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

// Every in-use xref entry must point at "N G obj" and startxref at "xref"; the offending entries otherwise.
QString TestPdfToUnicodeFix::badOffsets(const QByteArray& pdf)
{
    const QRegularExpressionMatch start =
        QRegularExpression(QStringLiteral("startxref\\s+(\\d+)\\s+%%EOF\\s*$"))
            .match(QString::fromLatin1(pdf.right(64)));
    if (!start.hasMatch())
        return QStringLiteral("no startxref");
    const qsizetype table = start.captured(1).toLongLong();
    if (!pdf.mid(table).startsWith("xref"))
        return QStringLiteral("startxref %1 does not point at the table").arg(table);
    const QString section = QString::fromLatin1(pdf.mid(table, pdf.indexOf("trailer", table) - table));
    QStringList bad;
    qint64 object = 0;
    static const QRegularExpression line(QStringLiteral("(\\d+) (\\d+)(?: ([nf]))?\\s"));
    for (auto it = line.globalMatch(section); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(3).isEmpty()) { // a subsection header: first object, count
            object = m.captured(1).toLongLong();
            continue;
        }
        const qint64 offset = m.captured(1).toLongLong();
        const QByteArray header =
            QByteArray::number(object) + ' ' + QByteArray::number(m.captured(2).toInt()) + " obj";
        if (m.captured(3) == QStringLiteral("n") && !pdf.mid(offset).startsWith(header))
            bad << QStringLiteral("%1 at %2").arg(object).arg(offset);
        ++object;
    }
    return bad.join(QStringLiteral(", "));
}

void TestPdfToUnicodeFix::qtPdfReadsAsKanji()
{
    const QByteArray raw = qtPdf(m_kanji);
    QVERIFY(raw.startsWith("%PDF-"));
    const QString rawPath = writeFile(QStringLiteral("raw.pdf"), raw);
    // The bug this class exists for: Qt's own ToUnicode maps these kanji to radicals.
    const QString rawText = PdfTools::run(QStringLiteral("pdftotext"), {rawPath, QStringLiteral("-")}).out;
    QVERIFY2(!PdfTools::radicals(rawText).isEmpty(),
             qPrintable(QStringLiteral("Qt no longer writes radicals? ") + rawText));

    const PdfToUnicodeFix fix = installedFontsFix();
    const Result<QByteArray> fixed = fix.apply(raw);
    QVERIFY2(fixed, qPrintable(fixed.error()));
    QVERIFY(*fixed != raw);
    QCOMPARE(badOffsets(raw), QString());
    QCOMPARE(badOffsets(*fixed), QString());
    const QString path = writeFile(QStringLiteral("fixed.pdf"), *fixed);
    QCOMPARE(PdfTools::complaints(path), QString());
    const QString text = PdfTools::run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out;
    QCOMPARE(PdfTools::radicals(text), QStringList());
    QCOMPARE(text.section(QLatin1Char('\n'), 0, 0), m_kanji); // then the page number
    // Applying it again finds nothing left to do.
    QCOMPARE(*fix.apply(*fixed), *fixed);
}

// A PDF as another writer could make it: a simple font whose ToUnicode is Flate-compressed with an indirect
// /Length, the objects out of number order.
QByteArray TestPdfToUnicodeFix::handMadePdf(const QByteArray& toUnicode)
{
    const QByteArray compressed = qCompress(toUnicode).mid(4);
    const QByteArray content = "BT /F1 24 Tf 20 100 Td <0102> Tj ET";
    const QList<QPair<int, QByteArray>> objects = {
        {1, "<< /Type /Catalog /Pages 2 0 R >>"},
        {2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>"},
        {3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 4 0 R >> >> "
            "/Contents 5 0 R >>"},
        {4, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /ToUnicode 6 0 R >>"},
        {6, "<< /Filter /FlateDecode /Length 7 0 R >>\nstream\n" + compressed + "\nendstream"},
        {7, QByteArray::number(compressed.size())},
        {5, "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream"},
    };
    QByteArray pdf = "%PDF-1.4\n";
    QMap<int, qsizetype> offsets;
    for (const auto& [number, body] : objects) {
        offsets[number] = pdf.size();
        pdf += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    const qsizetype table = pdf.size();
    pdf += "xref\n0 8\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    return pdf + "trailer\n<< /Size 8 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(table) + "\n%%EOF\n";
}

void TestPdfToUnicodeFix::flateStreamWithIndirectLength()
{
    const QByteArray cmap = "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                            "1 begincodespacerange <00> <FF> endcodespacerange\n"
                            "2 beginbfchar\n<01> <2F47>\n<02> <2ED1>\nendbfchar\nendcmap\n";
    const QByteArray raw = handMadePdf(cmap);
    QCOMPARE(badOffsets(raw), QString());
    const QString rawPath = writeFile(QStringLiteral("hand-raw.pdf"), raw);
    QCOMPARE(PdfTools::complaints(rawPath), QString());
    QCOMPARE(PdfTools::run(QStringLiteral("pdftotext"), {rawPath, QStringLiteral("-")}).out.trimmed(),
             QStringLiteral("⽇⻑"));

    QByteArrayList fonts;
    const Result<QByteArray> fixed =
        PdfToUnicodeFix([&fonts](const QByteArray& baseFont) {
            fonts << baseFont;
            return PdfToUnicodeFix::Replacements{{0x2F47, 0x65E5}, {0x2ED1, 0x9577}};
        }).apply(raw);
    QCOMPARE(fonts, QByteArrayList{"Helvetica"}); // the /BaseFont of the dictionary naming the CMap
    QVERIFY2(fixed, qPrintable(fixed.error()));
    QCOMPARE(badOffsets(*fixed), QString());
    QVERIFY(
        fixed->contains("/Filter /FlateDecode /Length ")); // now direct: the old length object stays unused
    const QString path = writeFile(QStringLiteral("hand-fixed.pdf"), *fixed);
    QCOMPARE(PdfTools::complaints(path), QString());
    QCOMPARE(PdfTools::run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out.trimmed(),
             QStringLiteral("日長"));
}

void TestPdfToUnicodeFix::withoutRadicalsNothingChanges()
{
    const QByteArray raw = qtPdf(QStringLiteral("Status: monitoring — 障害報告書 2026-11-29"));
    const Result<QByteArray> fixed = installedFontsFix().apply(raw);
    QVERIFY2(fixed, qPrintable(fixed.error()));
    QCOMPARE(*fixed, raw);
}

// ‧ ∕ and the em space are DejaVu Sans' own glyphs in Latin text and stay; the same code points are what Qt
// wrote for ・ ／ and the ideographic space in Noto Sans CJK's text, and change there. One table for both
// fonts could not get this right.
void TestPdfToUnicodeFix::eachFontGetsItsOwnTable()
{
    const QString text = QStringLiteral("a‧b∕c\u2003d 認証・設定／〈速報〉");
    const QString html = QStringLiteral("<p style=\"font-family: 'DejaVu Sans', '%1'\">%2</p>")
                             .arg(PdfWriter::fontFamily(), text);
    const QString path = m_dir.filePath(QStringLiteral("fonts.pdf"));
    QVERIFY(PdfWriter::write(html, QStringLiteral("t"), path));
    QCOMPARE(PdfTools::complaints(path), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QCOMPARE(badOffsets(pdf), QString());
    const QList<char32_t> named = PdfTools::toUnicodeTargets(pdf);
    for (char32_t ucs : {0x2027, 0x2215, 0x2003, 0x30FB, 0xFF0F, 0x3008, 0x3009}) // once each: one per font
        QVERIFY2(named.count(ucs) == 1, qPrintable(QString::number(uint(ucs), 16)));
    QVERIFY(!named.contains(0x2329) && !named.contains(0x232A));
    const QString extracted = PdfTools::run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}).out;
    QCOMPARE(extracted.section(QLatin1Char('\n'), 0, 0),
             QString(text).replace(QChar(0x2003), QLatin1Char(' ')));
}

// 〜 WAVE DASH and ～ FULLWIDTH TILDE share one glyph; the report's own text says which one the PDF names.
void TestPdfToUnicodeFix::waveDashCopiesAsTyped()
{
    for (const QString& text :
         {QStringLiteral("09:30〜10:45 メンテナンス"), QStringLiteral("09:30～10:45 メンテナンス")}) {
        const QString path = m_dir.filePath(QStringLiteral("wave-%1.pdf").arg(qHash(text)));
        QVERIFY(PdfWriter::write(QStringLiteral("<p>%1</p>").arg(text), QStringLiteral("t"), path));
        QCOMPARE(PdfTools::run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                     .out.section(QLatin1Char('\n'), 0, 0),
                 text);
    }
}

void TestPdfToUnicodeFix::damagedPdfsAreRefused()
{
    const QByteArray good = qtPdf(m_kanji);
    const PdfToUnicodeFix fix = oneTableFix({{0x2F47, 0x65E5}});
    QByteArray withPrev = good;
    withPrev.insert(withPrev.lastIndexOf("trailer") + 10, "/Prev 9 ");
    QByteArray missingCMap = good;
    const qsizetype ref = missingCMap.indexOf("/ToUnicode ");
    missingCMap.replace(ref, 11, "/ToUnicode 999");
    QByteArray shiftedXref = good;
    shiftedXref.insert(good.indexOf(" 0 obj") - 1, "  "); // every offset after the first object is off now
    const QList<QPair<const char*, QByteArray>> cases = {
        {"not a PDF", "hello"},
        {"truncated", good.left(good.size() / 2)},
        {"no startxref", good.left(good.lastIndexOf("startxref"))},
        {"incremental update", withPrev},
        {"ToUnicode object missing", missingCMap},
        {"offsets off", shiftedXref},
    };
    for (const auto& [what, pdf] : cases) {
        const Result<QByteArray> fixed = fix.apply(pdf);
        QVERIFY2(!fixed, what);
        QVERIFY2(fixed.error().startsWith(QStringLiteral("Cannot finish the PDF")),
                 qPrintable(fixed.error()));
    }
}

// The report is written through a save file: a failure leaves neither the report nor a temporary behind.
void TestPdfToUnicodeFix::failedWriteLeavesNoFile()
{
    const QString html = QStringLiteral("<p>%1</p>").arg(m_kanji);
    QDir dir(m_dir.filePath(QStringLiteral("out")));
    QVERIFY(dir.mkpath(QStringLiteral(".")));
    const Status missingDir =
        PdfWriter::write(html, QStringLiteral("t"), dir.filePath(QStringLiteral("no/such/dir/r.pdf")));
    QVERIFY(!missingDir);
    QVERIFY2(missingDir.error().contains(QStringLiteral("r.pdf")), qPrintable(missingDir.error()));
    QCOMPARE(dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());

    const QString path = dir.filePath(QStringLiteral("r.pdf"));
    QVERIFY(writeFile(QStringLiteral("out/r.pdf"), QByteArray(200000, 'x')) == path); // a longer old file
    const Status written = PdfWriter::write(html, QStringLiteral("t"), path);
    QVERIFY2(written, qPrintable(written.error()));
    QCOMPARE(dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             QStringList{QStringLiteral("r.pdf")});
    QCOMPARE(PdfTools::complaints(path), QString());
    QCOMPARE(PdfTools::run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")})
                 .out.section(QLatin1Char('\n'), 0, 0),
             m_kanji);
}

QTEST_MAIN(TestPdfToUnicodeFix)
#include "tst_pdftounicodefix.moc"
