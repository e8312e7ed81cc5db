#pragma once

#include "reportdocument.h"
#include "reportkind.h"
#include "reportlanguage.h"
#include "result.h"

#include <QMap>

class Core;
struct ReportData;

// Builds a document of any kind for an incident and writes it as Markdown, HTML or PDF. The window's
// Reports panel and `icctl export` both come through here.
class ReportExporter final
{
public:
    explicit ReportExporter(Core& core) : m_core(core) {}

    static ReportDocument build(ReportKind kind, const ReportData& data, const ReportLanguage& lang);
    // Markdown or HTML text (PDF is written from the HTML).
    static QString render(const ReportDocument& doc, ReportFormat format);

    // Collects the incident's data; `wordingOverride` (section → text) replaces saved wording, so a preview
    // can show unsaved edits.
    Result<ReportDocument> build(qint64 incidentId, ReportKind kind, const ReportLanguage& lang,
                                 const QMap<QString, QString>& wordingOverride = {}, int timelineLimit = 0) const;
    Status exportTo(qint64 incidentId, ReportKind kind, ReportFormat format, const ReportLanguage& lang,
                    const QString& path) const;
    static Status write(const ReportDocument& doc, ReportFormat format, const QString& path);

    // "INC-2026-0001-postmortem-ja.pdf"
    static QString suggestedFileName(const QString& code, ReportKind kind, ReportFormat format, const QString& lang);

private:
    Core& m_core;
};
