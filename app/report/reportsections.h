#pragma once

#include "reportdocument.h"

#include <QList>

struct FollowUp;
struct ReportData;
struct ReportRoleAssignment;
struct TimelineEntry;
class ReportLanguage;

// Pieces that several documents share, so each builder states only its own shape.
namespace ReportSections {
// "[DRILL] <prefix>: <incident title>"
QString title(const char* prefix, const ReportData& data, const ReportLanguage& lang);
// The DRILL banner (drills only), first block of every document.
void addDrillBanner(ReportDocument& doc, const ReportData& data, const ReportLanguage& lang);
// Heading plus the edited-or-derived wording of the section.
void addWording(ReportDocument& doc, const char* key, const ReportData& data, const ReportLanguage& lang);
// Date and time in the reader's zone and in UTC, kind, author (internal only) and text.
void addTimeline(ReportDocument& doc, const QList<TimelineEntry>& entries, bool newestFirst, bool internal,
                 const ReportLanguage& lang);
// Role assignments as a table: (role,) person, from, until or "(current)", how it ended; times in the reader's zone.
void addAssignments(ReportDocument& doc, const QList<ReportRoleAssignment>& assignments, bool withRole,
                    const ReportLanguage& lang);
// A note when the data holds only the newest entries (a preview of a very long incident).
void addTruncationNote(ReportDocument& doc, const ReportData& data, const ReportLanguage& lang);
// The incident's follow-ups; an open item past its due day (on the report's date, reader's zone) is marked.
void addFollowUps(ReportDocument& doc, const ReportData& data, const ReportLanguage& lang);
// Detected / declared / mitigated / resolved / closed as facts.
QList<QPair<QString, QString>> lifecycleFacts(const ReportData& data, const ReportLanguage& lang);
// The time from detection to `to`, formatted, or "not recorded".
QString sinceDetection(const ReportData& data, const QDateTime& to, const ReportLanguage& lang);
QString footer(const ReportData& data, const ReportLanguage& lang);
// A new document with title, language, footer and the DRILL banner in place.
ReportDocument start(const char* prefix, const ReportData& data, const ReportLanguage& lang);
} // namespace ReportSections
