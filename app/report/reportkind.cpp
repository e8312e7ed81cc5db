#include "reportkind.h"

#include "domain/labelledenum.h"

namespace {
const KeyedEnumEntry<ReportKind> kKinds[] = {
    {ReportKind::IncidentDocument, "incident-doc", QT_TRANSLATE_NOOP("Report", "Incident document")},
    {ReportKind::CustomerReport, "customer-report", QT_TRANSLATE_NOOP("Report", "Customer incident report")},
    {ReportKind::Postmortem, "postmortem", QT_TRANSLATE_NOOP("Report", "Postmortem")},
    {ReportKind::ExecutiveSummary, "executive", QT_TRANSLATE_NOOP("Report", "Executive summary")},
};
const KeyedEnumEntry<ReportFormat> kFormats[] = {
    {ReportFormat::Markdown, "md", "Markdown"},
    {ReportFormat::Html, "html", "HTML"},
    {ReportFormat::Pdf, "pdf", "PDF"},
};

} // namespace

QString ReportKinds::key(ReportKind k) { return KeyedEnum::key(kKinds, k); }
const char* ReportKinds::labelSource(ReportKind k) { return KeyedEnum::labelSource(kKinds, k); }
QString ReportKinds::label(ReportKind k) { return QCoreApplication::translate("Report", labelSource(k)); }
std::optional<ReportKind> ReportKinds::parse(const QString& key) { return KeyedEnum::parse(kKinds, key); }
QList<ReportKind> ReportKinds::all() { return KeyedEnum::values(kKinds); }

QString ReportFormats::key(ReportFormat f) { return KeyedEnum::key(kFormats, f); }
QString ReportFormats::extension(ReportFormat f) { return key(f); }
std::optional<ReportFormat> ReportFormats::parse(const QString& key)
{
    if (key.trimmed().compare(QStringLiteral("markdown"), Qt::CaseInsensitive) == 0)
        return ReportFormat::Markdown;
    return KeyedEnum::parse(kFormats, key);
}
QList<ReportFormat> ReportFormats::all() { return KeyedEnum::values(kFormats); }
