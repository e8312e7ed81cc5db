#include "pdfwriter.h"
#include "filewrite.h"

#include "embeddedfonts.h"
#include "glyphtwins.h"
#include "pdftounicodefix.h"
#include "report/pdfbackend.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>
#include <QTextCursor>
#include <QTextDocument>

namespace {

// QTextDocument's HTML parser folds every white-space character outside <pre> into one ASCII space, so an
// ideographic space U+3000 in a Japanese report printed as a narrow Latin space and copied as one. Each such
// space (Unicode category Zs other than U+0020 and the no-break space, which Qt keeps) goes in as a
// private-use stand-in the HTML does not contain and is put back once the document is built.
void setHtmlKeepingSpaces(QTextDocument& doc, const QString& html)
{
    QHash<QChar, QChar> standInOf; // space → stand-in
    QString parsed = html;
    char16_t next = 0xE000;
    for (QChar& c : parsed) {
        if (c.category() != QChar::Separator_Space || c == u' ' || c == QChar::Nbsp)
            continue;
        if (!standInOf.contains(c)) {
            while (next <= 0xF8FF && html.contains(QChar(next)))
                ++next;
            if (next > 0xF8FF)
                continue; // no private-use code point left: this space folds as before
            standInOf.insert(c, QChar(next++));
        }
        c = standInOf.value(c);
    }
    doc.setHtml(parsed);
    for (auto it = standInOf.cbegin(); it != standInOf.cend(); ++it)
        for (QTextCursor at = doc.find(QString(it.value())); !at.isNull();
             at = doc.find(QString(it.value()), at))
            at.insertText(QString(it.key())); // keeps the stand-in's character format
}

} // namespace

QString PdfWriter::fontFamily()
{
    for (const QString& family : {QStringLiteral("Noto Sans CJK JP"), QStringLiteral("Noto Sans JP"),
                                  QStringLiteral("IPAexGothic"), QStringLiteral("IPAGothic")})
        if (QFontDatabase::hasFamily(family))
            return family;
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
}

Status PdfWriter::write(const QString& html, const QString& title, const QString& path)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return fail(QCoreApplication::translate("ReportExporter", "PDF export needs the graphical libraries; "
                                                                  "start the program with a GUI platform."));
    QBuffer rendered;    // the whole PDF in memory first: the target file is only ever written complete
    QSet<char32_t> used; // every code point of the laid-out text
    rendered.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&rendered);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Incident Commander"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
        QTextDocument doc;
        QFont font(fontFamily());
        font.setPointSizeF(9.5);
        doc.setDefaultFont(font);
        setHtmlKeepingSpaces(doc, html);
        doc.print(&writer); // paginates to the writer's page and numbers the pages
        const QList<uint> text = doc.toPlainText().toUcs4();
        used = QSet<char32_t>(text.cbegin(), text.cend());
    } // the writer finishes the PDF when it goes
    // Qt's ToUnicode tables send some kanji back as CJK radicals (日 → ⽇) and some Japanese punctuation as
    // look-alikes (・ → ‧); each embedded font gets the table its own cmap calls for (GlyphTwins).
    const EmbeddedFonts fonts({fontFamily(), QStringLiteral("DejaVu Sans")});
    // DejaVu Sans' ligature glyphs ("ff", "fl" …) are named as the letters they join.
    const Result<QByteArray> pdf = PdfToUnicodeFix([&fonts, &used](const QByteArray& baseFont) {
                                       return GlyphTwins::forFont(fonts.find(baseFont), used);
                                   }, PdfToUnicodeFix::ligatureExpansions(used)).apply(rendered.data());
    if (!pdf)
        return pdf.failure();
    return FileWrite::atomically(path, *pdf);
}

void PdfWriter::installAsBackend()
{
    PdfBackend::install(&PdfWriter::write);
}
