#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "domain/clock.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct LogCommands
{
    Q_DECLARE_TR_FUNCTIONS(LogCommands)
};


QJsonObject toJson(const TimelineEntry& e)
{
    return QJsonObject{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("incident_id"), e.incidentId},
        {QStringLiteral("occurred_at"), CliContext::isoUtc(e.occurredAt)},
        {QStringLiteral("recorded_at"), CliContext::isoUtc(e.recordedAt)},
        {QStringLiteral("author"), e.author},
        {QStringLiteral("kind"), EntryKinds::key(e.kind)},
        {QStringLiteral("text"), e.text},
        {QStringLiteral("important"), e.important},
        {QStringLiteral("public"), e.isPublic},
        {QStringLiteral("revision"), e.revision},
    };
}

QString kindList()
{
    QStringList keys;
    for (EntryKind k : EntryKinds::all())
        keys << EntryKinds::key(k);
    return keys.join(QStringLiteral(", "));
}

int add(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("log add ID [--kind KIND] [--at ISO8601] [--important] [--public] TEXT"),
              {{QStringLiteral("kind"), {}, QStringLiteral("KIND")},
               {QStringLiteral("at"), {}, QStringLiteral("ISO8601")},
               {QStringLiteral("important"), {}},
               {QStringLiteral("public"), {}}});
    if (!a.parse(ctx, args, 2))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    EntryDraft d;
    if (a.isSet(QStringLiteral("kind"))) {
        const auto kind = EntryKinds::parse(a.value(QStringLiteral("kind")));
        if (!kind)
            return ctx.usageError(LogCommands::tr("Unknown entry kind \"%1\". Known kinds: %2")
                                      .arg(a.value(QStringLiteral("kind")), kindList()));
        d.kind = *kind;
    }
    if (a.isSet(QStringLiteral("at"))) {
        d.occurredAt = Time::parseIso(a.value(QStringLiteral("at")));
        if (!d.occurredAt.isValid())
            return ctx.usageError(LogCommands::tr("\"%1\" is not an ISO 8601 time such as 2026-11-29T09:30:00+09:00.")
                                      .arg(a.value(QStringLiteral("at"))));
    }
    d.text = a.positional().mid(1).join(QLatin1Char(' '));
    d.author = ctx.core.userName();
    d.important = a.isSet(QStringLiteral("important"));
    d.isPublic = a.isSet(QStringLiteral("public"));
    const Result<TimelineEntry> saved = ctx.core.timeline().add(i.id, d);
    if (!saved)
        return ctx.failWith(saved.error());
    if (ctx.json)
        ctx.printJson(toJson(saved.value()));
    else
        ctx.out << saved->id << Qt::endl;
    return CliContext::Ok;
}

int list(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("log list ID [--oldest-first] [--limit N]"),
              {{QStringLiteral("oldest-first"), {}}, {QStringLiteral("limit"), {}, QStringLiteral("N")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    int limit = std::numeric_limits<int>::max();
    if (a.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = a.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0)
            return ctx.usageError(LogCommands::tr("--limit needs a positive number."));
    }
    const bool newestFirst = !a.isSet(QStringLiteral("oldest-first"));
    QJsonArray arr;
    TimelineStore::PageCursor cursor;
    int printed = 0;
    while (printed < limit) {
        const auto page = ctx.core.timeline().page(i.id, newestFirst, cursor, qMin(1000, limit - printed));
        if (!page)
            return ctx.failWith(page.error());
        for (const TimelineEntry& e : page.value()) {
            if (ctx.json)
                arr << toJson(e);
            else
                ctx.out << e.id << '\t' << CliContext::formatTime(e.occurredAt) << '\t' << EntryKinds::key(e.kind)
                        << '\t' << e.author << '\t' << QString(e.text).replace(QLatin1Char('\n'), QStringLiteral(" / "))
                        << Qt::endl;
        }
        printed += page->size();
        if (page->size() < 1000 || page->isEmpty())
            break;
        cursor = TimelineStore::cursorAfter(page->constLast());
    }
    if (ctx.json)
        ctx.printJson(arr);
    return CliContext::Ok;
}
} // namespace

void registerLogCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("log add"), QStringLiteral("log add ID [--kind KIND] [--at ISO8601] TEXT"),
          QT_TRANSLATE_NOOP("Commands", "Add an entry to an incident's timeline."), add);
    r.add(QStringLiteral("log list"), QStringLiteral("log list ID [--oldest-first] [--limit N]"),
          QT_TRANSLATE_NOOP("Commands", "List an incident's timeline, newest first."), list);
}
