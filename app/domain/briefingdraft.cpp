#include "briefingdraft.h"

#include <QCoreApplication>
#include <QStringList>

namespace {
QString situation(const Incident& i)
{
    QStringList lines;
    lines << QCoreApplication::translate("BriefingDraft", "%1 %2 — %3, %4.")
                 .arg(i.code, i.title, Severities::code(i.severity), IncidentStatuses::label(i.status));
    if (!i.impact.trimmed().isEmpty())
        lines << QCoreApplication::translate("BriefingDraft", "Impact: %1").arg(i.impact.trimmed());
    if (!i.summary.trimmed().isEmpty())
        lines << QCoreApplication::translate("BriefingDraft", "Summary: %1").arg(i.summary.trimmed());
    return lines.join(QLatin1Char('\n'));
}

QString objectives(const Incident& i)
{
    switch (i.status) {
    case IncidentStatus::Investigating:
        return QCoreApplication::translate("BriefingDraft",
                                           "Find the cause and stop the customer impact; keep "
                                           "stakeholders updated.");
    case IncidentStatus::Identified:
        return QCoreApplication::translate("BriefingDraft",
                                           "Apply the fix or mitigation safely; keep stakeholders "
                                           "updated.");
    case IncidentStatus::Monitoring:
        return QCoreApplication::translate("BriefingDraft", "Watch that the mitigation holds; decide when to "
                                                            "resolve.");
    case IncidentStatus::Resolved:
    case IncidentStatus::Closed:
        return QCoreApplication::translate("BriefingDraft", "Wrap up: revert temporary changes, prepare the "
                                                            "postmortem.");
    }
    return {};
}
} // namespace

Briefing BriefingDraft::make(const Incident& incident, const RoleBoard& board,
                             const QList<TimelineEntry>& recent)
{
    Briefing b;
    b.situation = situation(incident);
    b.objectives = objectives(incident);

    QStringList actions;
    for (const TimelineEntry& e : recent) {
        if (e.kind != EntryKind::Action && e.kind != EntryKind::Decision)
            continue;
        actions << QStringLiteral("- %1 %2 (%3)")
                       .arg(e.occurredAt.toUTC().toString(QStringLiteral("HH:mm")) + QStringLiteral(" UTC"),
                            QString(e.text).replace(QLatin1Char('\n'), QLatin1Char(' ')), e.author);
        if (actions.size() == recentActions)
            break;
    }
    for (const RoleSlot& s : board.roleSlots)
        if (s.help)
            actions << QCoreApplication::translate("BriefingDraft", "- Open: %1 needs help. %2")
                           .arg(s.role.displayName(), s.help->note)
                           .trimmed();
    b.currentActions = actions.isEmpty()
                           ? QCoreApplication::translate("BriefingDraft", "(no actions recorded yet)")
                           : actions.join(QLatin1Char('\n'));

    QStringList org;
    for (const RoleSlot& s : board.roleSlots) {
        const QString who = s.holder ? s.holder->label()
                                     : (s.role.key == Roles::commander
                                            ? QCoreApplication::translate("BriefingDraft", "nobody")
                                            : QCoreApplication::translate("BriefingDraft", "held by the IC"));
        org << QStringLiteral("- %1: %2").arg(s.role.displayName(), who);
    }
    b.organisation = org.join(QLatin1Char('\n'));
    return b;
}
