#pragma once

#include <QString>

#include <optional>

enum class Severity { Sev1 = 1, Sev2 = 2, Sev3 = 3, Sev4 = 4 };

namespace Severities {
QString code(Severity s);                           // "SEV1"
std::optional<Severity> parse(const QString& text); // "SEV1", "sev1", "1"
QString definition(Severity s);                     // translated one-line definition
QList<Severity> all();
} // namespace Severities
