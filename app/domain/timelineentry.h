#pragma once

#include "entryrole.h"
#include "milestone.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

enum class EntryKind {
    Note,
    Observation,
    Action,
    Decision,
    RoleChange,
    Communication,
    Alert,
    Inject,
    Hypothesis,
    Milestone,
    Status,
};

namespace EntryKinds {
QString key(EntryKind k);   // stored: "note", "role_change", …
QString label(EntryKind k); // translated
std::optional<EntryKind> parse(const QString& key);
QList<EntryKind> all();
} // namespace EntryKinds

struct TimelineEntry
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QDateTime occurredAt; // when it happened (editable)
    QDateTime recordedAt; // when it was written down (never changes)
    QString author;
    EntryKind kind = EntryKind::Note;
    QString text;
    bool important = false;
    bool isPublic = false; // shown in customer-facing reports
    int revision = 1;
    bool deleted = false;
    QStringList links;
    Milestone milestone = Milestone::None; // a milestone entry sets the incident's matching timestamp
    QString role;                          // the author's incident role key when writing (EntryRoles)
    QDateTime replacedAt;                  // revisions only: when this version was replaced
    QString replacedBy;                    // revisions only: by whom
};

struct EntryDraft
{
    EntryKind kind = EntryKind::Note;
    QString text;
    QString author;
    QDateTime occurredAt; // defaults to now
    bool important = false;
    bool isPublic = false;
    QStringList links;
    Milestone milestone = Milestone::None;
    QString role;
    // For an edit: the version of the entry this content was made from (0: any). An entry changed elsewhere
    // since (another process, another window) is then not overwritten with content based on the old one.
    int basedOnRevision = 0;

    static EntryDraft from(const TimelineEntry& e);
};
