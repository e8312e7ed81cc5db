#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "domain/incident.h"
#include "report/followupexport.h"
#include "services/followupservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct FollowUpCommands
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpCommands)
};

bool parseDue(const CliContext& ctx, const QString& text, QDate* due)
{
    *due = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (due->isValid())
        return true;
    ctx.usageError(FollowUpCommands::tr("\"%1\" is not a date such as 2026-12-15.").arg(text));
    return false;
}

template <typename E, typename Parse, typename Keys>
bool parseEnum(const CliContext& ctx, const QString& text, Parse parse, Keys keys, E* into)
{
    const auto v = parse(text);
    if (v) {
        *into = *v;
        return true;
    }
    QStringList known;
    for (E e : keys.first)
        known << keys.second(e);
    ctx.usageError(FollowUpCommands::tr("Unknown value \"%1\". Known values: %2").arg(text, known.join(QStringLiteral(", "))));
    return false;
}

bool applyOptions(const CliContext& ctx, const CliArgs& a, FollowUp* f)
{
    if (a.isSet(QStringLiteral("title")))
        f->title = a.value(QStringLiteral("title"));
    if (a.isSet(QStringLiteral("owner")))
        f->owner = a.value(QStringLiteral("owner"));
    if (a.isSet(QStringLiteral("link")))
        f->trackerUrl = a.value(QStringLiteral("link"));
    if (a.isSet(QStringLiteral("due")) && !parseDue(ctx, a.value(QStringLiteral("due")), &f->dueDate))
        return false;
    if (a.isSet(QStringLiteral("type"))
        && !parseEnum(ctx, a.value(QStringLiteral("type")), FollowUps::parseType,
                      qMakePair(FollowUps::types(), &FollowUps::typeKey), &f->type))
        return false;
    if (a.isSet(QStringLiteral("priority"))
        && !parseEnum(ctx, a.value(QStringLiteral("priority")), FollowUps::parsePriority,
                      qMakePair(FollowUps::priorities(), &FollowUps::priorityKey), &f->priority))
        return false;
    return true;
}

void print(const CliContext& ctx, const FollowUp& f, const QDate& today)
{
    ctx.out << f.id << '\t' << f.incidentCode << '\t' << FollowUps::statusKey(f.status)
            << (f.isOverdue(today) ? FollowUpCommands::tr(" (overdue)") : QString()) << '\t'
            << FollowUps::typeKey(f.type) << '\t' << FollowUps::priorityKey(f.priority) << '\t'
            << (f.dueDate.isValid() ? f.dueDate.toString(Qt::ISODate) : QStringLiteral("-")) << '\t'
            << (f.owner.isEmpty() ? QStringLiteral("-") : f.owner) << '\t' << f.title << Qt::endl;
}

QList<QCommandLineOption> editOptions()
{
    return {{QStringLiteral("title"), {}, QStringLiteral("T")},
            {QStringLiteral("owner"), {}, QStringLiteral("NAME")},
            {QStringLiteral("due"), {}, QStringLiteral("DATE")},
            {QStringLiteral("type"), {}, QStringLiteral("TYPE")},
            {QStringLiteral("priority"), {}, QStringLiteral("PRIORITY")},
            {QStringLiteral("link"), {}, QStringLiteral("URL")}};
}

int report(CliContext& ctx, const Result<FollowUp>& saved)
{
    if (!saved)
        return ctx.failWith(saved.error());
    const QDate today = ctx.core.followUps().today();
    if (ctx.json)
        ctx.printJson(FollowUpExport::json({saved.value()}, today).first());
    else
        ctx.out << saved->id << Qt::endl;
    return CliContext::Ok;
}

// One synopsis each for the usage error and for icctl --help (tst_icctl checks that help names every option).
QString addSynopsis()
{
    return QStringLiteral("followup add ID --title T [--owner NAME] [--due YYYY-MM-DD] "
                          "[--type detective|preventative|corrective|process] [--priority high|medium|low] "
                          "[--link URL]");
}

QString editSynopsis()
{
    return QStringLiteral("followup edit FOLLOWUP-ID [--title T] [--owner NAME] [--due YYYY-MM-DD] "
                          "[--type detective|preventative|corrective|process] [--priority high|medium|low] "
                          "[--link URL]");
}

int add(CliContext& ctx, const QStringList& args)
{
    CliArgs a(addSynopsis(),
              editOptions());
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    FollowUp f;
    f.incidentId = i.id;
    if (!applyOptions(ctx, a, &f))
        return CliContext::Usage;
    return report(ctx, ctx.core.followUps().add(f, ctx.core.userName()));
}

int edit(CliContext& ctx, const QStringList& args)
{
    CliArgs a(editSynopsis(),
              editOptions());
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Result<FollowUp> current = ctx.core.followUps().get(a.positional().at(0).toLongLong());
    if (!current)
        return ctx.failWith(current.error());
    FollowUp f = current.value();
    if (!applyOptions(ctx, a, &f))
        return CliContext::Usage;
    return report(ctx, ctx.core.followUps().update(f, ctx.core.userName()));
}

int setStatus(CliContext& ctx, const QStringList& args, std::optional<FollowUpStatus> fixed)
{
    CliArgs a(fixed ? QStringLiteral("followup done FOLLOWUP-ID")
                    : QStringLiteral("followup status FOLLOWUP-ID open|in_progress|done|wont_do"),
              {});
    if (!a.parse(ctx, args, fixed ? 1 : 2, fixed ? 1 : 2))
        return CliContext::Usage;
    FollowUpStatus status = fixed.value_or(FollowUpStatus::Open);
    if (!fixed && !parseEnum(ctx, a.positional().at(1), FollowUps::parseStatus,
                             qMakePair(FollowUps::statuses(), &FollowUps::statusKey), &status))
        return CliContext::Usage;
    return report(ctx, ctx.core.followUps().setStatus(a.positional().at(0).toLongLong(), status, ctx.core.userName()));
}

int list(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("followup list [ID] [--open] [--overdue] [--include-drills] [--csv]"),
              {{QStringLiteral("open"), {}},
               {QStringLiteral("overdue"), {}},
               {QStringLiteral("include-drills"), {}},
               {QStringLiteral("csv"), {}}});
    if (!a.parse(ctx, args, 0, 1))
        return CliContext::Usage;
    FollowUpStore::Filter filter;
    filter.openOnly = a.isSet(QStringLiteral("open")) || a.isSet(QStringLiteral("overdue"));
    filter.includeDrills = a.isSet(QStringLiteral("include-drills"));
    if (!a.positional().isEmpty()) {
        Incident i;
        if (!ctx.resolveIncident(a.positional().at(0), &i))
            return CliContext::Failed;
        filter.incidentId = i.id;
        filter.includeDrills = true; // asking for one incident's items includes a drill's
    }
    Result<QList<FollowUp>> items = ctx.core.followUps().list(filter);
    if (!items)
        return ctx.failWith(items.error());
    const QDate today = ctx.core.followUps().today();
    QList<FollowUp> shown;
    for (const FollowUp& f : items.value())
        if (!a.isSet(QStringLiteral("overdue")) || f.isOverdue(today))
            shown << f;
    if (ctx.json)
        ctx.printJson(FollowUpExport::json(shown, today));
    else if (a.isSet(QStringLiteral("csv")))
        ctx.out << FollowUpExport::csv(shown, today);
    else
        for (const FollowUp& f : shown)
            print(ctx, f, today);
    return CliContext::Ok;
}
} // namespace

void registerFollowUpCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("followup add"),
          addSynopsis(),
          QT_TRANSLATE_NOOP("Commands", "Add a follow-up action item to an incident."), add);
    r.add(QStringLiteral("followup edit"), editSynopsis(),
          QT_TRANSLATE_NOOP("Commands", "Change a follow-up's title, owner, due date, type, priority or link."), edit);
    r.add(QStringLiteral("followup list"), QStringLiteral("followup list [ID] [--open] [--overdue] [--include-drills] [--csv]"),
          QT_TRANSLATE_NOOP("Commands", "List follow-ups of one incident or of all (CSV with --csv, tracker JSON with --json)."),
          list);
    r.add(QStringLiteral("followup done"), QStringLiteral("followup done FOLLOWUP-ID"),
          QT_TRANSLATE_NOOP("Commands", "Mark a follow-up as done."),
          [](CliContext& ctx, const QStringList& args) { return setStatus(ctx, args, FollowUpStatus::Done); });
    r.add(QStringLiteral("followup status"), QStringLiteral("followup status FOLLOWUP-ID open|in_progress|done|wont_do"),
          QT_TRANSLATE_NOOP("Commands", "Set a follow-up's status."),
          [](CliContext& ctx, const QStringList& args) { return setStatus(ctx, args, std::nullopt); });
}
