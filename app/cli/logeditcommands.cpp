#include "cliargs.h"
#include "clicontext.h"
#include "cliparse.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "services/timelineservice.h"
#include "printlist.h"
#include "timelinejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct LogEditCommands
{
    Q_DECLARE_TR_FUNCTIONS(LogEditCommands)
};

// Applies the options of `log edit` to the entry's current content; false after a usage error.
bool applyOptions(CliContext& ctx, const CliArgs& a, EntryDraft* d)
{
    if (a.isSet(QStringLiteral("text")))
        d->text = a.value(QStringLiteral("text"));
    if (a.isSet(QStringLiteral("kind"))) {
        const auto kind = CliParse::kind(ctx, a.value(QStringLiteral("kind")));
        if (!kind)
            return false;
        d->kind = *kind;
        if (d->kind != EntryKind::Milestone)
            d->milestone = Milestone::None;
    }
    if (a.isSet(QStringLiteral("milestone"))) {
        const auto m = CliParse::milestone(ctx, a.value(QStringLiteral("milestone")));
        if (!m)
            return false;
        d->milestone = *m;
        d->kind = EntryKind::Milestone;
    }
    if (a.isSet(QStringLiteral("at"))) {
        const auto at = CliParse::time(ctx, a.value(QStringLiteral("at")));
        if (!at)
            return false;
        d->occurredAt = *at;
    }
    if (a.isSet(QStringLiteral("role"))) {
        const auto role = CliParse::role(ctx, a.value(QStringLiteral("role")));
        if (!role)
            return false;
        d->role = *role;
    }
    if (a.isSet(QStringLiteral("important")))
        d->important = true;
    if (a.isSet(QStringLiteral("not-important")))
        d->important = false;
    if (a.isSet(QStringLiteral("public")))
        d->isPublic = true;
    if (a.isSet(QStringLiteral("not-public")))
        d->isPublic = false;
    if (a.isSet(QStringLiteral("link")))
        d->links = a.values(QStringLiteral("link"));
    if (a.isSet(QStringLiteral("no-links")))
        d->links.clear();
    return true;
}

int edit(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("log edit ENTRY [--text T] [--kind K] [--at ISO8601] [--milestone M] [--role ROLE] "
                             "[--important|--not-important] [--public|--not-public] [--link URL]… [--no-links]"),
              {{QStringLiteral("text"), {}, QStringLiteral("T")},
               {QStringLiteral("kind"), {}, QStringLiteral("KIND")},
               {QStringLiteral("at"), {}, QStringLiteral("ISO8601")},
               {QStringLiteral("milestone"), {}, QStringLiteral("M")},
               {QStringLiteral("role"), {}, QStringLiteral("ROLE")},
               {QStringLiteral("important"), {}},
               {QStringLiteral("not-important"), {}},
               {QStringLiteral("public"), {}},
               {QStringLiteral("not-public"), {}},
               {QStringLiteral("link"), {}, QStringLiteral("URL")},
               {QStringLiteral("no-links"), {}}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    int status = CliContext::Ok;
    const auto current = CliParse::loadById(ctx, a, [&](qint64 id) { return ctx.core.timeline().get(id); }, &status);
    if (!current)
        return status;
    EntryDraft d = EntryDraft::from(*current);
    if (!applyOptions(ctx, a, &d))
        return CliContext::Usage;
    const Result<TimelineEntry> saved = ctx.core.timeline().edit(current->id, d, ctx.core.userName());
    if (!saved)
        return ctx.failWith(saved.error());
    if (ctx.json)
        ctx.printJson(TimelineJson::entry(saved.value()));
    else
        ctx.out << LogEditCommands::tr("Entry %1 is now at revision %2.").arg(saved->id).arg(saved->revision)
                << Qt::endl;
    return CliContext::Ok;
}

// `log delete` and `log restore`: soft deletion and its undo.
int setDeleted(CliContext& ctx, const QStringList& args, bool deleted)
{
    CliArgs a(deleted ? QStringLiteral("log delete ENTRY") : QStringLiteral("log restore ENTRY"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const auto id = CliParse::id(ctx, a.positional().at(0));
    if (!id)
        return CliContext::Usage;
    TimelineService& t = ctx.core.timeline();
    if (Status s = deleted ? t.remove(*id, ctx.core.userName()) : t.restore(*id, ctx.core.userName()); !s)
        return ctx.failWith(s.error());
    const Result<TimelineEntry> now = t.get(*id);
    if (!now)
        return ctx.failWith(now.error());
    if (ctx.json)
        ctx.printJson(TimelineJson::entry(now.value()));
    else
        ctx.out << (deleted ? LogEditCommands::tr("Entry %1 deleted; \"log restore %1\" brings it back.").arg(*id)
                            : LogEditCommands::tr("Entry %1 restored.").arg(*id))
                << Qt::endl;
    return CliContext::Ok;
}

int history(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("log history ENTRY"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    int status = CliContext::Ok;
    const auto current = CliParse::loadById(ctx, a, [&](qint64 id) { return ctx.core.timeline().get(id); }, &status);
    if (!current)
        return status;
    const Result<QList<TimelineEntry>> earlier = ctx.core.timeline().revisions(current->id);
    if (!earlier)
        return ctx.failWith(earlier.error());
    const Result<QList<TimelineEntry>> all = earlier.value() + QList<TimelineEntry>{*current};
    return printList(ctx, all, TimelineJson::entry, [](const TimelineEntry& e) {
        return QStringLiteral("%1\t%2\t%3\t%4")
            .arg(QString::number(e.revision),
                 e.replacedAt.isValid() ? CliContext::formatTime(e.replacedAt) : QStringLiteral("-"), e.replacedBy,
                 TimelineJson::entryLine(e));
    });
}
} // namespace

void registerLogEditCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("log edit"),
          QStringLiteral("log edit ENTRY [--text T] [--kind K] [--at ISO8601] [--milestone M] [--role ROLE] "
                         "[--important|--not-important] [--public|--not-public] [--link URL]… [--no-links]"),
          QT_TRANSLATE_NOOP("Commands", "Edit a timeline entry; the earlier version is kept."), edit);
    r.add(QStringLiteral("log delete"), QStringLiteral("log delete ENTRY"),
          QT_TRANSLATE_NOOP("Commands", "Delete a timeline entry (it stays in the history and can be restored)."),
          [](CliContext& ctx, const QStringList& args) { return setDeleted(ctx, args, true); });
    r.add(QStringLiteral("log restore"), QStringLiteral("log restore ENTRY"),
          QT_TRANSLATE_NOOP("Commands", "Restore a deleted timeline entry."),
          [](CliContext& ctx, const QStringList& args) { return setDeleted(ctx, args, false); });
    r.add(QStringLiteral("log history"), QStringLiteral("log history ENTRY"),
          QT_TRANSLATE_NOOP("Commands", "Show every version of a timeline entry, oldest first."), history);
}
