#pragma once

#include "timelineentry.h"

#include <QList>
#include <QString>

// What the timeline shows: full-text search plus filters by kind, author and role.
struct TimelineFilter
{
    QString text;             // words; every word must occur (Japanese and English, case-insensitive)
    QList<EntryKind> kinds;   // empty: every kind
    QString author;           // empty: everyone
    QString role;             // EntryRoles key; empty: every role
    bool importantOnly = false;
    bool includeDeleted = false;

    bool isEmpty() const
    {
        return text.trimmed().isEmpty() && kinds.isEmpty() && author.isEmpty() && role.isEmpty() && !importantOnly
            && !includeDeleted;
    }
};
