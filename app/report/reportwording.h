#pragma once

#include "reportkind.h"

#include <QList>
#include <QString>

struct ReportData;
class ReportLanguage;

// The sections of the customer report, the postmortem and the executive summary whose wording a user
// may edit before export. Each has a stable key (stored in report_texts), a label (context "Report") and
// a default derived from the incident, used until the user writes their own.
struct WordingSection
{
    const char* key;
    const char* label;
    ReportKind kind;
};

namespace ReportWording {
// The customer report's period of impact when the user adjusted it (ISO 8601 UTC text in report_texts).
inline constexpr const char* impactStartKey = "customer.impact_start";
inline constexpr const char* impactEndKey = "customer.impact_end";

QList<WordingSection> sections(ReportKind kind);
QList<WordingSection> allSections();
// The edited text when there is one, else the derived default, in the report language.
QString text(const char* key, const ReportData& data, const ReportLanguage& lang);
QString defaultText(const char* key, const ReportData& data, const ReportLanguage& lang);
bool isEdited(const char* key, const ReportData& data);
// The placeholder for a section nobody has written yet.
QString toBeWritten(const ReportLanguage& lang);
} // namespace ReportWording
