#pragma once

#include "timelineentry.h"

#include <QList>
#include <QString>

// The fast-entry line: a leading prefix picks the kind ("/d" decision, "/a" action …, "/mitigated" the
// milestone) and a leading "!" marks the entry important. The rest is the text.
namespace QuickEntry {
struct Prefix
{
    QString prefix; // "/d"
    EntryKind kind;
    Milestone milestone;
};
QList<Prefix> prefixes();
EntryDraft parse(const QString& line, EntryKind defaultKind = EntryKind::Note);
} // namespace QuickEntry
