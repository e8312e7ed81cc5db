#pragma once

#include "entryrole.h"
#include "localizedtext.h"
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
    QString text; // as shown: for an entry the app wrote, in the language installed when it was read
    // Entries the app writes itself (status changes, role changes, checklist steps, …) are stored in both
    // languages, so that a Japanese-speaking IC's "状態を変更" reads "Status changed" in an English report or
    // window. Empty for what people wrote, and once someone edits the text.
    LocalizedText generated;
    bool important = false;
    bool isPublic = false; // shown in customer-facing reports
    int revision = 1;
    bool deleted = false;
    QStringList links;
    Milestone milestone = Milestone::None; // a milestone entry sets the incident's matching timestamp
    QString role;                          // the author's incident role key when writing (EntryRoles)
    QDateTime replacedAt;                  // revisions only: when this version was replaced
    QString replacedBy;                    // revisions only: by whom

    // The text in `language` ("ja" or "en"): the generated wording in that language when there is one.
    QString textIn(const QString& language) const;
};

struct EntryDraft
{
    EntryKind kind = EntryKind::Note;
    QString text;
    LocalizedText generated; // set by services for the entries they write (then `text` may stay empty)
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
    // For the entries the app writes: the wording in both languages, and as `text` the one installed now.
    void setGenerated(const LocalizedText& wording);
};
