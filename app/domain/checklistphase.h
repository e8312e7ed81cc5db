#pragma once

#include <QList>
#include <QString>

#include <optional>

// The phases of an incident the checklist is grouped by, in the order a response moves through them.
enum class ChecklistPhase { Declare, Stabilise, Communicate, HandOff, Resolve, After };

namespace ChecklistPhases {
QString key(ChecklistPhase p);   // stable, stored and in template files: "declare", "hand_off", …
QString label(ChecklistPhase p); // translated
std::optional<ChecklistPhase> parse(const QString& key);
QList<ChecklistPhase> all();
} // namespace ChecklistPhases
