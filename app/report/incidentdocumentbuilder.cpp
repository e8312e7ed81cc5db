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
    doc.addFacts({{L.text(QT_TRANSLATE_NOOP("Report", "Current status")), L.status(d.incident.status)},
                  {L.text(QT_TRANSLATE_NOOP("Report", "Last updated")), L.dateTime(d.incident.updatedAt)}});
    if (!d.header.currentStatus.trimmed().isEmpty())
        doc.addParagraph(d.header.currentStatus);
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

// Command hierarchy with its history: the role board's assignments once they exist; until then who declared
// (the IC until they hand over) and the role changes the timeline recorded.
void addCommand(ReportDocument& doc, const ReportData& d, const ReportLanguage& L)
{
    doc.addHeading(L.text(QT_TRANSLATE_NOOP("Report", "Command hierarchy")));
    if (!d.roles.isEmpty()) {
        QList<QStringList> rows;
        for (const ReportRoleAssignment& r : d.roles)
            rows << QStringList{r.role, r.person, L.dateTime(r.from),
                                r.until.isValid() ? L.dateTime(r.until)
                                                  : L.text(QT_TRANSLATE_NOOP("Report", "(current)"))};
        doc.addTable({L.text(QT_TRANSLATE_NOOP("Report", "Role")), L.text(QT_TRANSLATE_NOOP("Report", "Person")),
                      L.text(QT_TRANSLATE_NOOP("Report", "From")), L.text(QT_TRANSLATE_NOOP("Report", "Until"))},
                     rows);
        return;
    }
    const QString declarer = d.timeline.isEmpty() ? QString() : d.timeline.constFirst().author;
    doc.addFacts({{L.text(QT_TRANSLATE_NOOP("Report", "Incident commander (declared by)")),
                   declarer.isEmpty() ? L.notRecorded() : declarer}});
    const QList<TimelineEntry> changes = d.entriesOfKind(EntryKind::RoleChange);
    if (changes.isEmpty())
        doc.addNote(L.text(QT_TRANSLATE_NOOP("Report", "No role changes recorded.")));
    else
        ReportSections::addTimeline(doc, changes, true, true, L);
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
                            c.reverted ? L.text(QT_TRANSLATE_NOOP("Report", "Reverted"))
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
