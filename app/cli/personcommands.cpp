#include "cliargs.h"
#include "domain/person.h"
#include "fileread.h"
#include "filewrite.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "services/personservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

// icctl person …: the roster.
namespace {
struct PersonCommands
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommands)
};

QJsonObject toJson(const Person& p)
{
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("handle"), p.handle},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("email"), p.email},
        {QStringLiteral("team"), p.team},
        {QStringLiteral("languages"), QJsonArray::fromStringList(p.languages)},
        {QStringLiteral("skills"), QJsonArray::fromStringList(p.skills)},
    };
}

int add(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("person add NAME|--name NAME [--handle H] [--phone P] [--email E] [--team T] "
                             "[--languages ja;en] [--skills S1;S2]"),
              {{QStringLiteral("name"), {}, QStringLiteral("NAME")},
               {QStringLiteral("handle"), {}, QStringLiteral("H")},
               {QStringLiteral("phone"), {}, QStringLiteral("P")},
               {QStringLiteral("email"), {}, QStringLiteral("E")},
               {QStringLiteral("team"), {}, QStringLiteral("T")},
               {QStringLiteral("languages"), {}, QStringLiteral("L")},
               {QStringLiteral("skills"), {}, QStringLiteral("S")}});
    // The name may also stand alone ("person add 田中"), as a role or a handoff names a person.
    if (!a.parse(ctx, args, 0, 1))
        return CliContext::Usage;
    if (a.isSet(QStringLiteral("name")) == !a.positional().isEmpty())
        return ctx.usageError(PersonCommands::tr("Give the name once: person add NAME, or --name NAME."));
    Person p;
    p.name = a.isSet(QStringLiteral("name")) ? a.value(QStringLiteral("name")) : a.positional().first();
    p.handle = a.value(QStringLiteral("handle"));
    p.phone = a.value(QStringLiteral("phone"));
    p.email = a.value(QStringLiteral("email"));
    p.team = a.value(QStringLiteral("team"));
    p.languages = People::splitList(a.value(QStringLiteral("languages")));
    p.skills = People::splitList(a.value(QStringLiteral("skills")));
    const auto saved = ctx.core.people().add(p);
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
    CliArgs a(QStringLiteral("person list"), {});
    if (!a.parse(ctx, args, 0, 0))
        return CliContext::Usage;
    const auto people = ctx.core.people().list();
    if (!people)
        return ctx.failWith(people.error());
    QJsonArray arr;
    for (const Person& p : people.value()) {
        if (ctx.json)
            arr << toJson(p);
        else
            ctx.out << p.id << '\t' << p.name << '\t' << p.reachText() << '\t' << p.team << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(arr);
    return CliContext::Ok;
}

int importCsv(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("person import FILE.csv"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const auto csv = FileRead::upTo(a.positional().at(0), People::maxCsvBytes);
    if (!csv)
        return ctx.failWith(csv.error());
    const auto summary = ctx.core.people().importCsv(QString::fromUtf8(csv.value()));
    if (!summary)
        return ctx.failWith(PersonCommands::tr("Nothing was imported:") + QLatin1Char('\n') +
                            summary.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("added"), summary->added},
                                  {QStringLiteral("updated"), summary->updated}});
    else
        ctx.out << PersonCommands::tr("%1 added, %2 updated.").arg(summary->added).arg(summary->updated)
                << Qt::endl;
    return CliContext::Ok;
}

int exportCsv(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("person export [FILE.csv]"), {});
    if (!a.parse(ctx, args, 0, 1))
        return CliContext::Usage;
    const auto csv = ctx.core.people().exportCsv();
    if (!csv)
        return ctx.failWith(csv.error());
    if (a.positional().isEmpty()) {
        ctx.out << csv.value();
        return CliContext::Ok;
    }
    // All at once: a full disk must not leave the previous roster file cut short.
    if (Status s = FileWrite::atomically(a.positional().at(0), csv->toUtf8()); !s)
        return ctx.failWith(s.error());
    return CliContext::Ok;
}
} // namespace

void registerPersonCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("person add"),
          QStringLiteral(
              "person add NAME|--name NAME [--handle H] [--phone P] [--email E] [--team T] [--languages L] "
              "[--skills S]"),
          QT_TRANSLATE_NOOP("Commands", "Add a person to the roster."), add);
    r.add(QStringLiteral("person list"), QStringLiteral("person list"),
          QT_TRANSLATE_NOOP("Commands", "List the roster."), list);
    r.add(QStringLiteral("person import"), QStringLiteral("person import FILE.csv"),
          QT_TRANSLATE_NOOP("Commands", "Import people from CSV (all rows or none)."), importCsv);
    r.add(QStringLiteral("person export"), QStringLiteral("person export [FILE.csv]"),
          QT_TRANSLATE_NOOP("Commands", "Export the roster as CSV."), exportCsv);
}
