#pragma once

#include <QList>
#include <QString>

#include <optional>

enum class IncidentStatus { Investigating, Identified, Monitoring, Resolved, Closed };

namespace IncidentStatuses {
QString key(IncidentStatus s);   // stable, stored: "investigating"
QString label(IncidentStatus s); // translated
std::optional<IncidentStatus> parse(const QString& key);
QList<IncidentStatus> all();
bool isOpen(IncidentStatus s); // not resolved or closed
// The lifecycle: forward moves at any pace; back to an earlier open state when a fix did not hold;
// a resolved incident may be reopened; closed is final.
bool canMove(IncidentStatus from, IncidentStatus to);
} // namespace IncidentStatuses
