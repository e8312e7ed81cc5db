#include "reportexporter.h"
#include "filewrite.h"

#include "customerreportbuilder.h"
#include "executivesummarybuilder.h"
#include "htmlrenderer.h"
#include "incidentdocumentbuilder.h"
#include "markdownrenderer.h"
#include "pdfbackend.h"
#include "postmortembuilder.h"
#include "reportcollector.h"

#include <QCoreApplication>
#include <QSaveFile>

ReportDocument ReportExporter::build(ReportKind kind, const ReportData& data, const ReportLanguage& lang)
{
    switch (kind) {
    case ReportKind::IncidentDocument: return IncidentDocumentBuilder::build(data, lang);
    case ReportKind::CustomerReport: return CustomerReportBuilder::build(data, lang);
    case ReportKind::Postmortem: return PostmortemBuilder::build(data, lang);
    case ReportKind::ExecutiveSummary: return ExecutiveSummaryBuilder::build(data, lang);
    }
    return {};
}

QString ReportExporter::render(const ReportDocument& doc, ReportFormat format)
{
    return format == ReportFormat::Markdown ? MarkdownRenderer::render(doc) : HtmlRenderer::render(doc);
}

Result<ReportDocument> ReportExporter::build(qint64 incidentId, ReportKind kind, const ReportLanguage& lang,
                                             const QMap<QString, QString>& wordingOverride, int timelineLimit) const
{
    Result<ReportData> data = ReportCollector(m_core, timelineLimit).collect(incidentId);
    if (!data)
        return data.failure();
    for (auto it = wordingOverride.cbegin(); it != wordingOverride.cend(); ++it)
        data.value().wording.insert(it.key(), it.value());
    return build(kind, data.value(), lang);
}

Status ReportExporter::write(const ReportDocument& doc, ReportFormat format, const QString& path)
{
    const QString html = HtmlRenderer::render(doc);
    if (format == ReportFormat::Pdf)
        return PdfBackend::render(html, doc.title, path);
    return FileWrite::atomically(path, render(doc, format).toUtf8());
}

Status ReportExporter::exportTo(qint64 incidentId, ReportKind kind, ReportFormat format, const ReportLanguage& lang,
                                const QString& path) const
{
    Result<ReportDocument> doc = build(incidentId, kind, lang);
    if (!doc)
        return doc.failure();
    return write(doc.value(), format, path);
}

QString ReportExporter::suggestedFileName(const QString& code, ReportKind kind, ReportFormat format, const QString& lang)
{
    return QStringLiteral("%1-%2-%3.%4").arg(code, ReportKinds::key(kind), lang, ReportFormats::extension(format));
}
