#include "cliargs.h"
#include "clicontext.h"
#include "cliparse.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "domain/incident.h"
#include "services/changeservice.h"
#include "printlist.h"
#include "timelinejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct ChangeCommands
{
    Q_DECLARE_TR_FUNCTIONS(ChangeCommands)
};

QString line(const ProductionChange& c)
{
    const QString reverted = c.isReverted()
        ? ChangeCommands::tr("reverted %1 by %2").arg(CliContext::formatTime(c.revertedAt), c.revertedBy)
        : ChangeCommands::tr("in place");
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6")
        .arg(QString::number(c.id), CliContext::formatTime(c.madeAt), c.madeBy, c.what, c.revertHow, reverted);
}

int printChange(CliContext& ctx, const Result<ProductionChange>& c)
{
    if (!c)
        return ctx.failWith(c.error());
    if (ctx.json)
        ctx.printJson(TimelineJson::change(c.value()));
    else
        ctx.out << line(c.value()) << Qt::endl;
    return CliContext::Ok;
}

// Reads --what, --by, --at and --revert into `d`; false after a usage error.
bool readDraft(CliContext& ctx, const CliArgs& a, ChangeDraft* d)
{
    if (a.isSet(QStringLiteral("what")))
        d->what = a.value(QStringLiteral("what"));
    if (a.isSet(QStringLiteral("by")))
        d->madeBy = a.value(QStringLiteral("by"));
    if (a.isSet(QStringLiteral("revert")))
        d->revertHow = a.value(QStringLiteral("revert"));
    if (a.isSet(QStringLiteral("at"))) {
        const auto at = CliParse::time(ctx, a.value(QStringLiteral("at")));
        if (!at)
            return false;
        d->madeAt = *at;
    }
    return true;
}

QList<QCommandLineOption> draftOptions()
{
    return {{QStringLiteral("what"), {}, QStringLiteral("TEXT")},
            {QStringLiteral("by"), {}, QStringLiteral("NAME")},
            {QStringLiteral("at"), {}, QStringLiteral("ISO8601")},
            {QStringLiteral("revert"), {}, QStringLiteral("HOW")}};
}

int add(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("change add ID --what TEXT [--revert HOW] [--by NAME] [--at ISO8601]"), draftOptions());
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    ChangeDraft d;
    if (!readDraft(ctx, a, &d))
        return CliContext::Usage;
    return printChange(ctx, ctx.core.changes().record(i.id, d, ctx.core.userName()));
}

int edit(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("change edit CHANGE [--what TEXT] [--revert HOW] [--by NAME] [--at ISO8601]"),
              draftOptions());
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    int status = CliContext::Ok;
    const auto current = CliParse::loadById(ctx, a, [&](qint64 id) { return ctx.core.changes().get(id); }, &status);
    if (!current)
        return status;
    ChangeDraft d{current->what, current->madeBy, current->madeAt, current->revertHow};
    if (!readDraft(ctx, a, &d))
        return CliContext::Usage;
    return printChange(ctx, ctx.core.changes().edit(current->id, d, ctx.core.userName()));
}

int revert(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("change revert CHANGE [--at ISO8601]"),
              {{QStringLiteral("at"), {}, QStringLiteral("ISO8601")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const auto id = CliParse::id(ctx, a.positional().at(0));
    if (!id)
        return CliContext::Usage;
    QDateTime at;
    if (a.isSet(QStringLiteral("at"))) {
        const auto t = CliParse::time(ctx, a.value(QStringLiteral("at")));
        if (!t)
            return CliContext::Usage;
        at = *t;
    }
    return printChange(ctx, ctx.core.changes().markReverted(*id, at, ctx.core.userName()));
}

int printChanges(CliContext& ctx, const Result<QList<ProductionChange>>& changes)
{
    return printList(ctx, changes, TimelineJson::change, line);
}

int list(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("change list ID"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    return printChanges(ctx, ctx.core.changes().list(i.id));
}

int history(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("change history CHANGE"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    int status = CliContext::Ok;
    const auto current = CliParse::loadById(ctx, a, [&](qint64 id) { return ctx.core.changes().get(id); }, &status);
    if (!current)
        return status;
    const Result<QList<ProductionChange>> earlier = ctx.core.changes().revisions(current->id);
    if (!earlier)
        return ctx.failWith(earlier.error());
    return printChanges(ctx, earlier.value() + QList<ProductionChange>{*current});
}
} // namespace

void registerChangeCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("change add"), QStringLiteral("change add ID --what TEXT [--revert HOW] [--by NAME] [--at ISO8601]"),
          QT_TRANSLATE_NOOP("Commands", "Record a change made to production and how to revert it."), add);
    r.add(QStringLiteral("change list"), QStringLiteral("change list ID"),
          QT_TRANSLATE_NOOP("Commands", "List the changes made to production during an incident."), list);
    r.add(QStringLiteral("change edit"),
          QStringLiteral("change edit CHANGE [--what TEXT] [--revert HOW] [--by NAME] [--at ISO8601]"),
          QT_TRANSLATE_NOOP("Commands", "Correct a recorded change; the earlier version is kept."), edit);
    r.add(QStringLiteral("change revert"), QStringLiteral("change revert CHANGE [--at ISO8601]"),
          QT_TRANSLATE_NOOP("Commands", "Mark a production change as reverted."), revert);
    r.add(QStringLiteral("change history"), QStringLiteral("change history CHANGE"),
          QT_TRANSLATE_NOOP("Commands", "Show every version of a recorded change, oldest first."), history);
}
