#include "pdfwriter.h"

#include "report/pdfbackend.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
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
    {
        QPdfWriter writer(path);
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
    } // the writer finishes the file when it goes
    if (!QFileInfo(path).exists() || QFileInfo(path).size() == 0)
        return fail(QCoreApplication::translate("ReportExporter", "Cannot write %1.").arg(path));
    return {};
}

void PdfWriter::installAsBackend()
{
    PdfBackend::install(&PdfWriter::write);
}
