#include "pdfwriter.h"

#include "pdftounicodefix.h"
#include "radicaltwins.h"
#include "report/pdfbackend.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>
#include <QTextDocument>

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
    QBuffer rendered; // the whole PDF in memory first: the target file is only ever written complete
    rendered.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&rendered);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Incident Commander"));
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15),
                                         QPageLayout::Millimeter));
        QTextDocument doc;
        QFont font(fontFamily());
        font.setPointSizeF(9.5);
        doc.setDefaultFont(font);
        doc.setHtml(html);
        doc.print(&writer); // paginates to the writer's page and numbers the pages
    } // the writer finishes the PDF when it goes
    // Qt's ToUnicode tables send some kanji back as CJK radicals (日 → ⽇); see PdfToUnicodeFix.
    const Result<QByteArray> pdf =
        PdfToUnicodeFix(RadicalTwins::forFont(QRawFont::fromFont(QFont(fontFamily()))))
            .apply(rendered.data());
    if (!pdf)
        return pdf.failure();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*pdf) != pdf->size() || !file.commit())
        return fail(QCoreApplication::translate("ReportExporter", "Cannot write %1: %2")
                        .arg(path, file.errorString()));
    return {};
}

void PdfWriter::installAsBackend()
{
    PdfBackend::install(&PdfWriter::write);
}
