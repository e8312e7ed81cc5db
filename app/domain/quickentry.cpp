#include "quickentry.h"

QList<QuickEntry::Prefix> QuickEntry::prefixes()
{
    // Longer prefixes first, so "/al" is not read as "/a".
    return {
        {QStringLiteral("/detected"), EntryKind::Milestone, Milestone::Detected},
        {QStringLiteral("/declared"), EntryKind::Milestone, Milestone::Declared},
        {QStringLiteral("/mitigated"), EntryKind::Milestone, Milestone::Mitigated},
        {QStringLiteral("/resolved"), EntryKind::Milestone, Milestone::Resolved},
        {QStringLiteral("/al"), EntryKind::Alert, Milestone::None},
        {QStringLiteral("/n"), EntryKind::Note, Milestone::None},
        {QStringLiteral("/o"), EntryKind::Observation, Milestone::None},
        {QStringLiteral("/a"), EntryKind::Action, Milestone::None},
        {QStringLiteral("/d"), EntryKind::Decision, Milestone::None},
        {QStringLiteral("/c"), EntryKind::Communication, Milestone::None},
        {QStringLiteral("/h"), EntryKind::Hypothesis, Milestone::None},
        {QStringLiteral("/m"), EntryKind::Milestone, Milestone::None},
        {QStringLiteral("/s"), EntryKind::Status, Milestone::None},
        {QStringLiteral("/r"), EntryKind::RoleChange, Milestone::None},
    };
}

EntryDraft QuickEntry::parse(const QString& line, EntryKind defaultKind)
{
    EntryDraft d;
    d.kind = defaultKind;
    QString rest = line.trimmed();
    for (const Prefix& p : prefixes()) {
        const bool whole = rest.compare(p.prefix, Qt::CaseInsensitive) == 0;
        const bool lead = rest.startsWith(p.prefix + QLatin1Char(' '), Qt::CaseInsensitive)
            || rest.startsWith(p.prefix + QLatin1Char('\n'), Qt::CaseInsensitive);
        if (whole || lead) {
            d.kind = p.kind;
            d.milestone = p.milestone;
            rest = rest.mid(p.prefix.size()).trimmed();
            break;
        }
    }
    if (rest.startsWith(QLatin1Char('!'))) {
        d.important = true;
        rest = rest.mid(1).trimmed();
    }
    if (d.milestone != Milestone::None && rest.isEmpty())
        rest = Milestones::label(d.milestone);
    d.text = rest;
    return d;
}
