#include "incidentdocumentbuilder.h"

#include "reportdata.h"
#include "reportlanguage.h"
#include "reportsections.h"

namespace {
void addTextOrNote(ReportDocument& doc, const QString& text, const ReportLanguage& L)
{
    if (text.trimmed().isEmpty())
        doc.addNote(L.notRecorded());
    else
        doc.addParagraph(text);
}

void addListOrNote(ReportDocument& doc, const QStringList& items, const ReportLanguage& L)
{
    if (items.isEmpty())
        doc.addNote(L.notRecorded());
    else
        doc.addBullets(items);
}

void addStatus(ReportDocument& doc, const ReportData& d, const ReportLanguage& L)
{
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Status")));
    const ReportDocumentHeader& h = d.header;
    auto orNotRecorded = [&L](const QString& text) { return text.trimmed().isEmpty() ? L.notRecorded() : text; };
    doc.addFacts({{L.text(QT_TRANSLATE_NOOP("Report", "Current status")), L.status(d.incident.status)},
                  {L.text(QT_TRANSLATE_NOOP("Report", "What we know")), orNotRecorded(h.whatWeKnow)},
                  {L.text(QT_TRANSLATE_NOOP("Report", "What we are doing")), orNotRecorded(h.whatWeAreDoing)},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Next update")), L.dateTime(h.nextUpdateAt)},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Last updated")), L.dateTime(d.incident.updatedAt)}});
    if (d.statusHistory.isEmpty())
        return;
    QList<QStringList> rows;
    for (const StatusChange& c : d.statusHistory)
        rows << QStringList{L.dateTime(c.changedAt), c.from ? L.status(*c.from) : QStringLiteral("—"), L.status(c.to),
                            c.changedBy};
    doc.addTable({L.text(QT_TRANSLATE_NOOP("Report", "Changed at")), L.text(QT_TRANSLATE_NOOP("Report", "Previous status")),
                  L.text(QT_TRANSLATE_NOOP("Report", "New status")), L.text(QT_TRANSLATE_NOOP("Report", "By"))},
                 rows);
}

// Command hierarchy with its history, from the role board: who holds command now and what else the IC holds,
// every assignment with how it ended, and each handoff with its time and the acknowledged briefing.
void addCommand(ReportDocument& doc, const ReportData& d, const ReportLanguage& L)
{
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Command hierarchy")));
    if (d.roles.isEmpty()) {
        doc.addNote(L.text(QT_TRANSLATE_NOOP("Report", "Nobody was assigned a role on the role board.")));
        return;
    }
    const ReportRoleAssignment* ic = d.currentCommander();
    QList<QPair<QString, QString>> facts{
        {L.text(QT_TRANSLATE_NOOP("Report", "Incident Commander now")),
         ic ? ic->person : L.text(QT_TRANSLATE_NOOP("Report", "Nobody holds command"))}};
    if (ic) {
        QStringList also;
        for (const RoleDefinition& r : d.icAlsoHolds)
            also << L.role(r);
        facts << qMakePair(L.text(QT_TRANSLATE_NOOP("Report", "The IC also holds")),
                           also.isEmpty() ? L.text(QT_TRANSLATE_NOOP("Report", "No other role: every role is delegated"))
                                          : also.join(L.text(QT_TRANSLATE_NOOP("Report", ", "))));
    }
    doc.addFacts(facts);

    doc.addSubheading(L.text(QT_TRANSLATE_NOOP("Report", "Who held which role")));
    ReportSections::addAssignments(doc, d.roles, true, L);

    doc.addSubheading(L.text(QT_TRANSLATE_NOOP("Report", "Handoffs")));
    if (d.handoffs.isEmpty()) {
        doc.addNote(L.text(QT_TRANSLATE_NOOP("Report", "No handoffs recorded.")));
        return;
    }
    QList<QStringList> rows;
    for (const ReportHandoff& h : d.handoffs)
        rows << QStringList{L.dateTime(h.acknowledgedAt), L.role(h.role), h.from, h.to, L.briefing(h.briefing)};
    doc.addTable({L.text(QT_TRANSLATE_NOOP("Report", "Acknowledged at")), L.text(QT_TRANSLATE_NOOP("Report", "Role")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Outgoing")), L.text(QT_TRANSLATE_NOOP("Report", "Incoming")),
                  L.text(QT_TRANSLATE_NOOP("Report", "Briefing"))},
                 rows);
}

void addChanges(ReportDocument& doc, const ReportData& d, const ReportLanguage& L)
{
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Changes made to production")));
    if (d.changes.isEmpty()) {
        doc.addNote(L.notRecorded());
        return;
    }
    QList<QStringList> rows;
    for (const ReportProductionChange& c : d.changes)
        rows << QStringList{L.dateTime(c.at), c.who, c.what, c.howToRevert,
                            c.revertedAt.isValid()
                                ? L.text(QT_TRANSLATE_NOOP("Report", "Reverted at %1")).arg(L.dateTime(c.revertedAt))
                                : L.text(QT_TRANSLATE_NOOP("Report", "Still in place"))};
    doc.addTable({L.text(QT_TRANSLATE_NOOP("Report", "When")), L.text(QT_TRANSLATE_NOOP("Report", "Who")),
                  L.text(QT_TRANSLATE_NOOP("Report", "What")), L.text(QT_TRANSLATE_NOOP("Report", "How to revert")),
                  L.text(QT_TRANSLATE_NOOP("Report", "State"))},
                 rows);
}
} // namespace

ReportDocument IncidentDocumentBuilder::build(const ReportData& d, const ReportLanguage& L)
{
    ReportDocument doc = ReportSections::start(QT_TRANSLATE_NOOP("Report", "Incident document"), d, L);
    QList<QPair<QString, QString>> facts{{L.text(QT_TRANSLATE_NOOP("Report", "Incident")), d.incident.code},
                                         {L.text(QT_TRANSLATE_NOOP("Report", "Severity")), L.severity(d.incident.severity)}};
    facts += ReportSections::lifecycleFacts(d, L);
    doc.addFacts(facts);

    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Summary")));
    addTextOrNote(doc, d.incident.summary, L);
    addStatus(doc, d, L);
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Impact")));
    addTextOrNote(doc, d.incident.impact, L);
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Command post")));
    addTextOrNote(doc, d.header.commandPost, L);
    addCommand(doc, d, L);
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Exit criteria")));
    addListOrNote(doc, d.header.exitCriteria, L);
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "TODOs")));
    addListOrNote(doc, d.header.todos, L);
    addChanges(doc, d, L);
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Timeline (newest first)")));
    ReportSections::addTruncationNote(doc, d, L);
    ReportSections::addTimeline(doc, d.timeline, true, true, L);
    return doc;
}
