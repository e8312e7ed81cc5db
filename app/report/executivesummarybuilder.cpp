#include "executivesummarybuilder.h"

#include "reportdata.h"
#include "reportlanguage.h"
#include "reportsections.h"

namespace {
// The newest communication entry: what stakeholders were last told.
QString latestUpdate(const ReportData& d, const ReportLanguage& L)
{
    const QList<TimelineEntry> updates = d.entriesOfKind(EntryKind::Communication);
    if (updates.isEmpty())
        return L.text(QT_TRANSLATE_NOOP("Report", "No update has been sent yet."));
    const TimelineEntry& e = updates.constLast();
    return L.text(QT_TRANSLATE_NOOP("Report", "%1 — %2")).arg(L.dateTime(e.occurredAt), e.textIn(L.code()));
}

// Whom to ask: the IC now, else the last one (command released after resolution), with since/until when.
QString commander(const ReportData& d, const ReportLanguage& L)
{
    const QList<ReportRoleAssignment> command = d.commandHistory();
    if (command.isEmpty())
        return L.notRecorded();
    const ReportRoleAssignment& last = command.constLast();
    return last.isCurrent() ? L.text(QT_TRANSLATE_NOOP("Report", "%1, since %2")).arg(last.person, L.dateTime(last.from))
                            : L.text(QT_TRANSLATE_NOOP("Report", "%1, until %2")).arg(last.person, L.dateTime(last.until));
}
} // namespace

ReportDocument ExecutiveSummaryBuilder::build(const ReportData& d, const ReportLanguage& L)
{
    ReportDocument doc = ReportSections::start(QT_TRANSLATE_NOOP("Report", "Executive summary"), d, L);
    const Incident& i = d.incident;
    const QDate today = d.generatedAt.toTimeZone(L.zone()).date();
    int open = 0;
    int done = 0;
    int overdue = 0;
    QStringList urgent;
    for (const FollowUp& f : d.followUps) {
        open += f.isOpen() ? 1 : 0;
        done += f.status == FollowUpStatus::Done ? 1 : 0;
        overdue += f.isOverdue(today) ? 1 : 0;
        if (f.isOpen() && f.priority == FollowUpPriority::High)
            urgent << f.title;
    }
    doc.addFacts({{L.text(QT_TRANSLATE_NOOP("Report", "Incident")), i.code},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Severity")), L.severity(i.severity)},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Status")), L.status(i.status)},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Incident Commander")), commander(d, L)},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Customers affected")),
                   i.answers.customersAffected ? L.text(QT_TRANSLATE_NOOP("Report", "Yes"))
                                               : L.text(QT_TRANSLATE_NOOP("Report", "No"))},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Impact began")), L.dateTime(d.impactStart())},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Time to mitigate")), ReportSections::sinceDetection(d, i.mitigatedAt, L)},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Time to resolve")), ReportSections::sinceDetection(d, i.resolvedAt, L)}});
    ReportSections::addWording(doc, "executive.summary", d, L);
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Impact")));
    doc.addParagraph(i.impact.trimmed().isEmpty() ? L.notRecorded() : i.impact);
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Latest update")));
    doc.addParagraph(latestUpdate(d, L));
    ReportSections::addWording(doc, "executive.decisions", d, L);
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Follow-up actions")));
    doc.addFacts({{L.text(QT_TRANSLATE_NOOP("Report", "Open")), QString::number(open)},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Done")), QString::number(done)},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Overdue")), QString::number(overdue)}});
    if (!urgent.isEmpty())
        doc.addBullets(urgent);
    return doc;
}
