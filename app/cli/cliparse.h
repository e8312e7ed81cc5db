#pragma once

#include "domain/timelineentry.h"

#include <QDateTime>
#include <QString>

#include <optional>

struct CliContext;

// Option values shared by the timeline document's commands. Each prints a translated usage error and
// returns nullopt when the value is not acceptable.
namespace CliParse {
std::optional<QDateTime> time(const CliContext& ctx, const QString& text);
std::optional<EntryKind> kind(const CliContext& ctx, const QString& text);
std::optional<Milestone> milestone(const CliContext& ctx, const QString& text);
std::optional<QString> role(const CliContext& ctx, const QString& text);
std::optional<qint64> id(const CliContext& ctx, const QString& text);
} // namespace CliParse
