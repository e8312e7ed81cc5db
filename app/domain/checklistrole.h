#pragma once

#include "localizedtext.h"

#include <QString>
#include <QStringList>

// The owner of a checklist item, by role key: one of the ICS roles the role board knows
// (commander, operations, communications, planning, scribe, deputy, liaison, sme) or a team's own role
// written "custom:<name>" (lowercase letters, digits, '-' and '_'). An empty key means "no owner".
namespace ChecklistRoles {
QStringList builtinKeys();
bool isValidKey(const QString& key); // empty, a built-in key, or custom:<name>
// The role's name in both languages (data written into checklist items, e.g. "find help for …").
LocalizedText name(const QString& key);
QString label(const QString& key); // in the current UI language; a custom role shows its name
} // namespace ChecklistRoles
