#include "postmortembuilder.h"

#include "reportdata.h"
#include "reportlanguage.h"
#include "reportsections.h"

ReportDocument PostmortemBuilder::build(const ReportData& d, const ReportLanguage& L)
{
    ReportDocument doc = ReportSections::start(QT_TRANSLATE_NOOP("Report", "Postmortem"), d, L);
    doc.addNote(L.text(QT_TRANSLATE_NOOP("Report", "Blameless: this review looks at systems and processes, "
                                                   "not at the people who worked on them.")));
    const Incident& i = d.incident;
    QList<QPair<QString, QString>> facts{{L.text(QT_TRANSLATE_NOOP("Report", "Incident")), i.code},
                                         {L.text(QT_TRANSLATE_NOOP("Report", "Severity")), L.severity(i.severity)},
                                         {L.text(QT_TRANSLATE_NOOP("Report", "Status")), L.status(i.status)}};
    facts += ReportSections::lifecycleFacts(d, L);
    facts << qMakePair(L.text(QT_TRANSLATE_NOOP("Report", "Time to mitigate")),
                       ReportSections::sinceDetection(d, i.mitigatedAt, L))
          << qMakePair(L.text(QT_TRANSLATE_NOOP("Report", "Time to resolve")),
                       ReportSections::sinceDetection(d, i.resolvedAt, L));
    doc.addFacts(facts);

    for (const char* key : {"postmortem.summary", "postmortem.impact", "postmortem.root_causes",
                            "postmortem.went_well", "postmortem.went_badly", "postmortem.lucky"})
        ReportSections::addWording(doc, key, d, L);
    // Who was IC over time: the handoffs of command show as "Handed off" with their times. No briefings here;
    // the incident document has them.
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Incident command")));
    const QList<ReportRoleAssignment> command = d.commandHistory();
    if (command.isEmpty())
        doc.addNote(L.text(QT_TRANSLATE_NOOP("Report", "Nobody held command on the role board.")));
    else
        ReportSections::addAssignments(doc, command, false, L);
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Timeline")));
    ReportSections::addTruncationNote(doc, d, L);
    ReportSections::addTimeline(doc, d.timeline, false, true, L);
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Action items")));
    ReportSections::addFollowUps(doc, d, L);
    ReportSections::addWording(doc, "postmortem.lessons", d, L);
    return doc;
}
