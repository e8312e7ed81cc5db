#pragma once

#include <QList>
#include <QString>

#include <optional>

// The documents app/report builds, and the file formats they are exported in.
enum class ReportKind { IncidentDocument, CustomerReport, Postmortem, ExecutiveSummary };
enum class ReportFormat { Markdown, Html, Pdf };

namespace ReportKinds {
QString key(ReportKind k); // "incident-doc", "customer-report", "postmortem", "executive" (icctl --kind)
const char* labelSource(ReportKind k); // QT_TRANSLATE_NOOP in context "Report"
QString label(ReportKind k);           // in the UI language
std::optional<ReportKind> parse(const QString& key);
QList<ReportKind> all();
} // namespace ReportKinds

namespace ReportFormats {
QString key(ReportFormat f);       // "md", "html", "pdf"
QString extension(ReportFormat f); // file suffix without the dot
std::optional<ReportFormat> parse(const QString& key);
QList<ReportFormat> all();
} // namespace ReportFormats
