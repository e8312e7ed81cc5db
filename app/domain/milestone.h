#pragma once

#include "keyedenum.h"

// The incident's milestones. A milestone entry on the timeline sets the matching timestamp of the incident.
enum class Milestone { None, Detected, Declared, Mitigated, Resolved };

namespace Milestones {
const KeyedTable<Milestone>& table(); // without None; key "detected" …
inline QString key(Milestone m) { return table().key(m); }
inline QString label(Milestone m) { return table().label(m); }
inline std::optional<Milestone> parse(const QString& k) { return table().parse(k); }
} // namespace Milestones
