#include "cliargs.h"
#include "clicontext.h"
#include "cliparse.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"
#include "timelinejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct LogCommands
{
    Q_DECLARE_TR_FUNCTIONS(LogCommands)
};

const QString kKind = QStringLiteral("kind");
const QString kAuthor = QStringLiteral("author");
const QString kRole = QStringLiteral("role");
const QString kImportant = QStringLiteral("important");
const QString kDeleted = QStringLiteral("deleted");
const QString kLimit = QStringLiteral("limit");
const QString kOldest = QStringLiteral("oldest-first");

QList<QCommandLineOption> filterOptions()
{
    return {{kKind, {}, QStringLiteral("KIND")},  {kAuthor, {}, QStringLiteral("NAME")},
            {kRole, {}, QStringLiteral("ROLE")},  {kImportant, {}},
            {kDeleted, {}},                       {kLimit, {}, QStringLiteral("N")},
            {kOldest, {}}};
}

int add(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("log add ID [--kind KIND] [--at ISO8601] [--important] [--public] [--role ROLE] "
                             "[--link URL]… [--milestone detected|declared|mitigated|resolved] TEXT"),
              {{kKind, {}, QStringLiteral("KIND")},
               {QStringLiteral("at"), {}, QStringLiteral("ISO8601")},
               {kImportant, {}},
               {QStringLiteral("public"), {}},
               {kRole, {}, QStringLiteral("ROLE")},
               {QStringLiteral("link"), {}, QStringLiteral("URL")},
               {QStringLiteral("milestone"), {}, QStringLiteral("MILESTONE")}});
    if (!a.parse(ctx, args, 2))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    EntryDraft d;
    if (a.isSet(kKind)) {
        const auto kind = CliParse::kind(ctx, a.value(kKind));
        if (!kind)
            return CliContext::Usage;
        d.kind = *kind;
    }
    if (a.isSet(QStringLiteral("milestone"))) {
        const auto m = CliParse::milestone(ctx, a.value(QStringLiteral("milestone")));
        if (!m)
            return CliContext::Usage;
        d.milestone = *m;
        d.kind = EntryKind::Milestone;
    }
    if (a.isSet(QStringLiteral("at"))) {
        const auto at = CliParse::time(ctx, a.value(QStringLiteral("at")));
        if (!at)
            return CliContext::Usage;
        d.occurredAt = *at;
    }
    if (a.isSet(kRole)) {
        const auto role = CliParse::role(ctx, a.value(kRole));
        if (!role)
            return CliContext::Usage;
        d.role = *role;
    }
    d.text = a.positional().mid(1).join(QLatin1Char(' '));
    d.author = ctx.core.userName();
    d.important = a.isSet(kImportant);
    d.isPublic = a.isSet(QStringLiteral("public"));
    d.links = a.values(QStringLiteral("link"));
    const Result<TimelineEntry> saved = ctx.core.timeline().add(i.id, d);
    if (!saved)
        return ctx.failWith(saved.error());
    if (ctx.json)
        ctx.printJson(TimelineJson::entry(saved.value()));
    else
        ctx.out << saved->id << Qt::endl;
    return CliContext::Ok;
}

// Lists the entries passing `filter`, a page at a time, so 100,000 entries stream without piling up.
int printEntries(CliContext& ctx, const CliArgs& a, qint64 incidentId, TimelineFilter filter)
{
    int limit = std::numeric_limits<int>::max();
    if (a.isSet(kLimit)) {
        bool ok = false;
        limit = a.value(kLimit).toInt(&ok);
        if (!ok || limit <= 0)
            return ctx.usageError(LogCommands::tr("--limit needs a positive number."));
    }
    if (a.isSet(kKind)) {
        for (const QString& k : a.value(kKind).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto kind = CliParse::kind(ctx, k);
            if (!kind)
                return CliContext::Usage;
            filter.kinds << *kind;
        }
    }
    if (a.isSet(kRole)) {
        const auto role = CliParse::role(ctx, a.value(kRole));
        if (!role)
            return CliContext::Usage;
        filter.role = *role;
    }
    filter.author = a.value(kAuthor);
    filter.importantOnly = a.isSet(kImportant);
    filter.includeDeleted = a.isSet(kDeleted);
    const bool newestFirst = !a.isSet(kOldest);
    QJsonArray arr;
    TimelineStore::PageCursor cursor;
    int printed = 0;
    constexpr int kPage = 1000;
    while (printed < limit) {
        const auto page = ctx.core.timeline().page(incidentId, newestFirst, cursor, qMin(kPage, limit - printed), filter);
        if (!page)
            return ctx.failWith(page.error());
        for (const TimelineEntry& e : page.value()) {
            if (ctx.json)
                arr << TimelineJson::entry(e);
            else
                ctx.out << TimelineJson::entryLine(e) << Qt::endl;
        }
        printed += int(page->size());
        if (page->size() < kPage)
            break;
        cursor = TimelineStore::cursorAfter(page->constLast());
    }
    if (ctx.json)
        ctx.printJson(arr);
    return CliContext::Ok;
}

int list(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("log list ID [--oldest-first] [--limit N] [--kind K[,K…]] [--author NAME] [--role ROLE] "
                             "[--important] [--deleted]"),
              filterOptions());
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    return printEntries(ctx, a, i.id, {});
}

QString searchUsage()
{
    return QStringLiteral("log search ID TEXT [--oldest-first] [--limit N] [--kind K[,K…]] [--author NAME] "
                          "[--role ROLE] [--important] [--deleted]");
}

int search(CliContext& ctx, const QStringList& args)
{
    CliArgs a(searchUsage(), filterOptions());
    if (!a.parse(ctx, args, 2))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    TimelineFilter filter;
    filter.text = a.positional().mid(1).join(QLatin1Char(' '));
    return printEntries(ctx, a, i.id, filter);
}
} // namespace

void registerLogCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("log add"),
          QStringLiteral("log add ID [--kind KIND] [--at ISO8601] [--important] [--public] [--role ROLE] [--link URL]… "
                         "[--milestone M] TEXT"),
          QT_TRANSLATE_NOOP("Commands", "Add an entry to an incident's timeline."), add);
    r.add(QStringLiteral("log list"),
          QStringLiteral("log list ID [--oldest-first] [--limit N] [--kind K,…] [--author NAME] [--role ROLE] "
                         "[--important] [--deleted]"),
          QT_TRANSLATE_NOOP("Commands", "List an incident's timeline, newest first."), list);
    r.add(QStringLiteral("log search"), searchUsage(),
          QT_TRANSLATE_NOOP("Commands",
                            "Search an incident's timeline (Japanese and English, any part of a word)."),
          search);
    registerLogEditCommands(r);
    registerLogImportCommands(r);
}
