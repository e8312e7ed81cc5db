#include "pdfbackend.h"

#include <QCoreApplication>

namespace {
PdfBackend::Renderer& slot()
{
    static PdfBackend::Renderer renderer;
    return renderer;
}
} // namespace

void PdfBackend::install(Renderer renderer)
{
    slot() = std::move(renderer);
}

bool PdfBackend::available()
{
    return bool(slot());
}

Status PdfBackend::render(const QString& html, const QString& title, const QString& path)
{
    if (!slot())
        return fail(QCoreApplication::translate("ReportExporter", "PDF export is not available in this program."));
    return slot()(html, title, path);
}
