#pragma once

#include <QString>

namespace Paths {
// The application name shared by the window and icctl, so both find the same database and settings.
inline constexpr const char* applicationName = "incident-commander";
// QStandardPaths::AppDataLocation/incidents.sqlite, created on demand.
QString defaultDatabasePath();
} // namespace Paths
