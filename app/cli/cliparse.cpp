#include "cliparse.h"

#include "clicontext.h"
#include "domain/clock.h"

#include <QCoreApplication>

namespace {
struct CliParseMessages
{
    Q_DECLARE_TR_FUNCTIONS(CliParseMessages)
};

template <typename E>
QString keyList(const KeyedTable<E>& table)
{
    QStringList keys;
    for (E v : table.all())
        keys << table.key(v);
    return keys.join(QStringLiteral(", "));
}
} // namespace

std::optional<QDateTime> CliParse::time(const CliContext& ctx, const QString& text)
{
    const QDateTime t = Time::parseIso(text);
    if (t.isValid())
        return t;
    ctx.usageError(CliParseMessages::tr("\"%1\" is not an ISO 8601 time such as 2026-11-29T09:30:00+09:00.").arg(text));
    return std::nullopt;
}

std::optional<EntryKind> CliParse::kind(const CliContext& ctx, const QString& text)
{
    if (const auto k = EntryKinds::parse(text))
        return k;
    QStringList keys;
    for (EntryKind k : EntryKinds::all())
        keys << EntryKinds::key(k);
    ctx.usageError(CliParseMessages::tr("Unknown entry kind \"%1\". Known kinds: %2").arg(text, keys.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<Milestone> CliParse::milestone(const CliContext& ctx, const QString& text)
{
    if (const auto m = Milestones::parse(text))
        return m;
    ctx.usageError(CliParseMessages::tr("Unknown milestone \"%1\". Known milestones: %2")
                       .arg(text, keyList(Milestones::table())));
    return std::nullopt;
}

std::optional<QString> CliParse::role(const CliContext& ctx, const QString& text)
{
    if (const auto r = EntryRoles::parse(text))
        return EntryRoles::key(*r);
    ctx.usageError(CliParseMessages::tr("Unknown role \"%1\". Known roles: %2").arg(text, keyList(EntryRoles::table())));
    return std::nullopt;
}

std::optional<qint64> CliParse::id(const CliContext& ctx, const QString& text)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (ok && v > 0)
        return v;
    ctx.usageError(CliParseMessages::tr("\"%1\" is not a number.").arg(text));
    return std::nullopt;
}
