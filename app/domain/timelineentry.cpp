#include "timelineentry.h"

#include <QCoreApplication>

QString EntryKinds::key(EntryKind k)
{
    switch (k) {
    case EntryKind::Note: return QStringLiteral("note");
    case EntryKind::Observation: return QStringLiteral("observation");
    case EntryKind::Action: return QStringLiteral("action");
    case EntryKind::Decision: return QStringLiteral("decision");
    case EntryKind::RoleChange: return QStringLiteral("role_change");
    case EntryKind::Communication: return QStringLiteral("communication");
    case EntryKind::Alert: return QStringLiteral("alert");
    case EntryKind::Inject: return QStringLiteral("inject");
    case EntryKind::Hypothesis: return QStringLiteral("hypothesis");
    case EntryKind::Milestone: return QStringLiteral("milestone");
    case EntryKind::Status: return QStringLiteral("status");
    }
    return {};
}

QString EntryKinds::label(EntryKind k)
{
    switch (k) {
    case EntryKind::Note: return QCoreApplication::translate("EntryKind", "Note");
    case EntryKind::Observation: return QCoreApplication::translate("EntryKind", "Observation");
    case EntryKind::Action: return QCoreApplication::translate("EntryKind", "Action");
    case EntryKind::Decision: return QCoreApplication::translate("EntryKind", "Decision");
    case EntryKind::RoleChange: return QCoreApplication::translate("EntryKind", "Role change");
    case EntryKind::Communication: return QCoreApplication::translate("EntryKind", "Communication");
    case EntryKind::Alert: return QCoreApplication::translate("EntryKind", "Alert");
    case EntryKind::Inject: return QCoreApplication::translate("EntryKind", "Drill inject");
    case EntryKind::Hypothesis: return QCoreApplication::translate("EntryKind", "Hypothesis");
    case EntryKind::Milestone: return QCoreApplication::translate("EntryKind", "Milestone");
    case EntryKind::Status: return QCoreApplication::translate("EntryKind", "Status change");
    }
    return {};
}

std::optional<EntryKind> EntryKinds::parse(const QString& key)
{
    const QString k = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (EntryKind kind : all())
        if (EntryKinds::key(kind) == k)
            return kind;
    return std::nullopt;
}

QList<EntryKind> EntryKinds::all()
{
    return {EntryKind::Note,          EntryKind::Observation, EntryKind::Action,     EntryKind::Decision,
            EntryKind::RoleChange,    EntryKind::Communication, EntryKind::Alert,    EntryKind::Inject,
            EntryKind::Hypothesis,    EntryKind::Milestone,   EntryKind::Status};
}

EntryDraft EntryDraft::from(const TimelineEntry& e)
{
    EntryDraft d;
    d.kind = e.kind;
    d.text = e.text;
    d.author = e.author;
    d.occurredAt = e.occurredAt;
    d.important = e.important;
    d.isPublic = e.isPublic;
    d.links = e.links;
    d.milestone = e.milestone;
    d.role = e.role;
    d.basedOnRevision = e.revision;
    d.generated = e.generated;
    return d;
}

void EntryDraft::setGenerated(const LocalizedText& wording)
{
    generated = wording;
    text = wording.current();
}

QString TimelineEntry::textIn(const QString& language) const
{
    return generated.isEmpty() ? text : generated.in(language);
}
