#include "reportsections.h"

#include "reportdata.h"
#include "reportlanguage.h"
#include "reportwording.h"

#include <algorithm>

QString ReportSections::title(const char* prefix, const ReportData& d, const ReportLanguage& L)
{
    const QString t = L.text(QT_TRANSLATE_NOOP("Report", "%1: %2")).arg(L.text(prefix), d.incident.title);
    return d.incident.isDrill ? QStringLiteral("[%1] ").arg(L.text(QT_TRANSLATE_NOOP("Report", "DRILL"))) + t : t;
}

void ReportSections::addDrillBanner(ReportDocument& doc, const ReportData& d, const ReportLanguage& L)
{
    if (d.incident.isDrill)
        doc.addBanner(L.text(QT_TRANSLATE_NOOP("Report", "DRILL — this is an exercise, not a real incident")));
}

void ReportSections::addWording(ReportDocument& doc, const char* key, const ReportData& d, const ReportLanguage& L)
{
    for (const WordingSection& s : ReportWording::allSections())
        if (qstrcmp(s.key, key) == 0)
            doc.addHeading(L.text(s.label));
    doc.addParagraph(ReportWording::text(key, d, L));
}

void ReportSections::addTimeline(ReportDocument& doc, const QList<TimelineEntry>& entries, bool newestFirst,
                                 bool internal, const ReportLanguage& L)
{
    if (entries.isEmpty()) {
        doc.addNote(L.text(QT_TRANSLATE_NOOP("Report", "No entries.")));
        return;
    }
    QList<TimelineEntry> ordered = entries;
    if (newestFirst)
        std::reverse(ordered.begin(), ordered.end());
    const QString zone = L.zoneName(ordered.constFirst().occurredAt);
    QStringList headers{L.text(QT_TRANSLATE_NOOP("Report", "Date and time (%1)")).arg(zone),
                        L.text(QT_TRANSLATE_NOOP("Report", "UTC"))};
    if (internal)
        headers << L.text(QT_TRANSLATE_NOOP("Report", "Kind")) << L.text(QT_TRANSLATE_NOOP("Report", "Author"));
    headers << L.text(QT_TRANSLATE_NOOP("Report", "Event"));
    QList<QStringList> rows;
    for (const TimelineEntry& e : ordered) {
        QStringList row{L.localDateTime(e.occurredAt), L.utcDateTime(e.occurredAt)};
        if (internal)
            row << (e.important ? L.kind(e.kind) + QStringLiteral(" ★") : L.kind(e.kind)) << e.author;
        row << e.textIn(L.code());
        rows << row;
    }
    doc.addTable(headers, rows);
}

void ReportSections::addAssignments(ReportDocument& doc, const QList<ReportRoleAssignment>& assignments, bool withRole,
                                    const ReportLanguage& L)
{
    QStringList headers;
    if (withRole)
        headers << L.text(QT_TRANSLATE_NOOP("Report", "Role"));
    headers << L.text(QT_TRANSLATE_NOOP("Report", "Person")) << L.text(QT_TRANSLATE_NOOP("Report", "From"))
            << L.text(QT_TRANSLATE_NOOP("Report", "Until")) << L.text(QT_TRANSLATE_NOOP("Report", "How it ended"));
    QList<QStringList> rows;
    for (const ReportRoleAssignment& a : assignments) {
        QStringList row;
        if (withRole)
            row << L.role(a.role);
        row << a.person << L.dateTime(a.from)
            << (a.isCurrent() ? L.text(QT_TRANSLATE_NOOP("Report", "(current)")) : L.dateTime(a.until))
            << (a.end ? L.assignmentEnd(*a.end) : QStringLiteral("—"));
        rows << row;
    }
    doc.addTable(headers, rows);
}

void ReportSections::addTruncationNote(ReportDocument& doc, const ReportData& d, const ReportLanguage& L)
{
    if (d.timelineTotal > d.timeline.size())
        doc.addNote(L.text(QT_TRANSLATE_NOOP("Report", "The preview shows the newest %1 of %2 entries; the exported "
                                                       "file holds them all."))
                        .arg(QString::number(d.timeline.size()), QString::number(d.timelineTotal)));
}

void ReportSections::addFollowUps(ReportDocument& doc, const ReportData& d, const ReportLanguage& L)
{
    const QList<FollowUp>& items = d.followUps;
    const QDate today = d.generatedAt.toTimeZone(L.zone()).date();
    if (items.isEmpty()) {
        doc.addNote(L.text(QT_TRANSLATE_NOOP("Report", "No follow-up actions recorded yet.")));
        return;
    }
    const QStringList headers{L.text(QT_TRANSLATE_NOOP("Report", "Action")), L.text(QT_TRANSLATE_NOOP("Report", "Type")),
                              L.text(QT_TRANSLATE_NOOP("Report", "Priority")), L.text(QT_TRANSLATE_NOOP("Report", "Owner")),
                              L.text(QT_TRANSLATE_NOOP("Report", "Due")), L.text(QT_TRANSLATE_NOOP("Report", "Status")),
                              L.text(QT_TRANSLATE_NOOP("Report", "Tracker"))};
    QList<QStringList> rows;
    for (const FollowUp& f : items)
        rows << QStringList{f.title,
                            L.translate(FollowUps::trContext, FollowUps::typeLabelSource(f.type)),
                            L.translate(FollowUps::trContext, FollowUps::priorityLabelSource(f.priority)),
                            f.owner,
                            f.isOverdue(today) ? L.text(QT_TRANSLATE_NOOP("Report", "%1 (overdue)")).arg(L.date(f.dueDate))
                                               : L.date(f.dueDate),
                            L.translate(FollowUps::trContext, FollowUps::statusLabelSource(f.status)),
                            f.trackerUrl};
    doc.addTable(headers, rows, 6);
}

QList<QPair<QString, QString>> ReportSections::lifecycleFacts(const ReportData& d, const ReportLanguage& L)
{
    const Incident& i = d.incident;
    return {
        {L.text(QT_TRANSLATE_NOOP("Report", "Detected")), L.dateTime(i.detectedAt)},
        {L.text(QT_TRANSLATE_NOOP("Report", "Declared")), L.dateTime(i.declaredAt)},
        {L.text(QT_TRANSLATE_NOOP("Report", "Mitigated")), L.dateTime(i.mitigatedAt)},
        {L.text(QT_TRANSLATE_NOOP("Report", "Resolved")), L.dateTime(i.resolvedAt)},
        {L.text(QT_TRANSLATE_NOOP("Report", "Closed")), L.dateTime(i.closedAt)},
    };
}

QString ReportSections::sinceDetection(const ReportData& d, const QDateTime& to, const ReportLanguage& L)
{
    if (!d.detectionTime().isValid() || !to.isValid())
        return L.notRecorded();
    return L.duration(d.detectionTime().msecsTo(to));
}

QString ReportSections::footer(const ReportData& d, const ReportLanguage& L)
{
    return L.text(QT_TRANSLATE_NOOP("Report", "Generated by Incident Commander at %1 from incident %2."))
        .arg(L.dateTime(d.generatedAt), d.incident.code);
}

ReportDocument ReportSections::start(const char* prefix, const ReportData& d, const ReportLanguage& L)
{
    ReportDocument doc;
    doc.title = title(prefix, d, L);
    doc.languageCode = L.code();
    doc.footer = footer(d, L);
    addDrillBanner(doc, d, L);
    return doc;
}
