#pragma once

#include "keyedenum.h"

// The incident role the author held when writing an entry. It is stored with the entry, so the timeline
// can be filtered by role even after roles change hands. Keys follow the role board's keys.
enum class EntryRole { None, IncidentCommander, Operations, Communications, Planning, Scribe, Deputy, Liaison, Expert };

namespace EntryRoles {
const KeyedTable<EntryRole>& table(); // without None; key "ic", "ops" …
inline QString key(EntryRole r) { return table().key(r); }
inline QString label(EntryRole r) { return table().label(r); }
inline std::optional<EntryRole> parse(const QString& k) { return table().parse(k); }
} // namespace EntryRoles
