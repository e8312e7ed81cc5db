#pragma once

#include "checklistphase.h"
#include "localizedtext.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

enum class ChecklistState { Open, Done, Skipped };

namespace ChecklistStates {
QString key(ChecklistState s);   // "open", "done", "skipped"
QString label(ChecklistState s); // translated
std::optional<ChecklistState> parse(const QString& key);
} // namespace ChecklistStates

// One line of an incident's checklist. `number` is its stable place in the incident's list (1, 2, …),
// what a user types in `icctl checklist check ID ITEM`.
struct ChecklistItem
{
    qint64 id = 0;
    qint64 incidentId = 0;
    int number = 0;
    ChecklistPhase phase = ChecklistPhase::Declare;
    QString roleKey; // empty: no owner
    LocalizedText text;
    int timeBoxMinutes = 0; // 0: no time box; else due this long after declaration (ad hoc: after adding)
    ChecklistState state = ChecklistState::Open;
    QString stateReason; // why it was skipped or reopened
    QString stateBy;
    QDateTime stateAt;
    bool adHoc = false; // added during the incident, not from the template
    QDateTime createdAt;
    QString createdBy;

    // Null when the item has no time box, or a template item's incident is not declared yet. An item added
    // during the incident counts from when it was added ("find a DBA within 15 minutes").
    QDateTime dueAt(const QDateTime& declaredAt) const;
    bool isOverdue(const QDateTime& declaredAt, const QDateTime& now) const;
};

// A state change kept for the record (unchecking is allowed, and the history shows it).
struct ChecklistStateChange
{
    qint64 itemId = 0;
    ChecklistState from = ChecklistState::Open;
    ChecklistState to = ChecklistState::Open;
    QString reason;
    QString by;
    QDateTime at;
};

namespace Checklists {
constexpr int maxTextLength = 500;
constexpr int maxReasonLength = 2000;
constexpr int maxTimeBoxMinutes = 7 * 24 * 60;
} // namespace Checklists
