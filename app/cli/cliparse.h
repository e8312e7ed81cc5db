#pragma once

#include "domain/timelineentry.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <type_traits>

#include "clicontext.h"

// Option values shared by the timeline document's commands. Each prints a translated usage error and
// returns nullopt when the value is not acceptable.
namespace CliParse {
std::optional<QDateTime> time(const CliContext& ctx, const QString& text);
std::optional<EntryKind> kind(const CliContext& ctx, const QString& text);
std::optional<Milestone> milestone(const CliContext& ctx, const QString& text);
std::optional<QString> role(const CliContext& ctx, const QString& text);
std::optional<qint64> id(const CliContext& ctx, const QString& text);

// Reads the first positional argument as an id and loads it with `load(id)` (a Result). On failure it
// prints why, sets *status to the exit status and returns nullopt.
template <typename Args, typename Load>
auto loadById(const CliContext& ctx, const Args& args, Load load, int* status)
    -> std::optional<std::decay_t<decltype(load(qint64()).value())>>
{
    const auto parsed = id(ctx, args.positional().value(0));
    if (!parsed) {
        *status = CliContext::Usage;
        return std::nullopt;
    }
    const auto found = load(*parsed);
    if (!found) {
        *status = ctx.failWith(found.error());
        return std::nullopt;
    }
    return found.value();
}
} // namespace CliParse
