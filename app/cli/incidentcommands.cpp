#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "services/incidentservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct IncidentCommands
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCommands)
};


QJsonObject toJson(const Incident& i)
{
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("code"), i.code},
        {QStringLiteral("title"), i.title},
        {QStringLiteral("severity"), Severities::code(i.severity)},
        {QStringLiteral("status"), IncidentStatuses::key(i.status)},
        {QStringLiteral("summary"), i.summary},
        {QStringLiteral("impact"), i.impact},
        {QStringLiteral("drill"), i.isDrill},
        {QStringLiteral("declared"), i.isDeclared()},
        {QStringLiteral("second_team_needed"), i.answers.secondTeamNeeded},
        {QStringLiteral("customers_affected"), i.answers.customersAffected},
        {QStringLiteral("unresolved_after_hour"), i.answers.unresolvedAfterHour},
        {QStringLiteral("created_at"), CliContext::isoUtc(i.createdAt)},
        {QStringLiteral("updated_at"), CliContext::isoUtc(i.updatedAt)},
        {QStringLiteral("detected_at"), CliContext::isoUtc(i.detectedAt)},
        {QStringLiteral("declared_at"), CliContext::isoUtc(i.declaredAt)},
        {QStringLiteral("mitigated_at"), CliContext::isoUtc(i.mitigatedAt)},
        {QStringLiteral("resolved_at"), CliContext::isoUtc(i.resolvedAt)},
        {QStringLiteral("closed_at"), CliContext::isoUtc(i.closedAt)},
    };
}

// One synopsis for the usage error and for icctl --help, so that help lists every option.
QString declareSynopsis()
{
    return QStringLiteral("incident declare --title T --severity SEV1|SEV2|SEV3|SEV4 [--summary S] [--impact TEXT] "
                          "[--drill] [--second-team] [--customers-affected] [--unresolved-hour] "
                          "[--investigate-only] [--ic PERSON]");
}

int declare(CliContext& ctx, const QStringList& args)
{
    CliArgs a(declareSynopsis(),
              {{QStringLiteral("title"), {}, QStringLiteral("T")},
               {QStringLiteral("severity"), {}, QStringLiteral("SEV")},
               {QStringLiteral("summary"), {}, QStringLiteral("S")},
               {QStringLiteral("impact"), {}, QStringLiteral("TEXT")},
               {QStringLiteral("drill"), {}},
               {QStringLiteral("second-team"), {}},
               {QStringLiteral("customers-affected"), {}},
               {QStringLiteral("unresolved-hour"), {}},
               {QStringLiteral("investigate-only"), {}},
               {QStringLiteral("ic"), {}, QStringLiteral("PERSON")}});
    if (!a.parse(ctx, args, 0, 0))
        return CliContext::Usage;
    std::optional<Person> commander;
    if (a.isSet(QStringLiteral("ic"))) {
        const Result<Person> p = ctx.core.people().resolve(a.value(QStringLiteral("ic")));
        if (!p)
            return ctx.failWith(p.error());
        commander = p.value();
    }
    if (!a.isSet(QStringLiteral("title")))
        return ctx.usageError(IncidentCommands::tr("--title is required."));
    if (!a.isSet(QStringLiteral("severity")))
        return ctx.usageError(IncidentCommands::tr("--severity is required (SEV1, SEV2, SEV3 or SEV4; if unsure, choose the higher)."));
    const auto severity = Severities::parse(a.value(QStringLiteral("severity")));
    if (!severity)
        return ctx.usageError(IncidentCommands::tr("Unknown severity \"%1\": use SEV1, SEV2, SEV3 or SEV4.")
                                  .arg(a.value(QStringLiteral("severity"))));
    IncidentDraft d;
    d.title = a.value(QStringLiteral("title"));
    d.severity = *severity;
    d.summary = a.value(QStringLiteral("summary"));
    d.impact = a.value(QStringLiteral("impact"));
    d.isDrill = a.isSet(QStringLiteral("drill"));
    d.declare = !a.isSet(QStringLiteral("investigate-only"));
    d.answers = {a.isSet(QStringLiteral("second-team")), a.isSet(QStringLiteral("customers-affected")),
                 a.isSet(QStringLiteral("unresolved-hour"))};
    d.author = ctx.core.userName();
    // The declarer (or the person named with --ic) becomes Incident Commander, in the same transaction.
    d.commanderId = commander ? commander->id : 0;
    d.authorTakesCommand = !commander;
    const Result<Incident> created = ctx.core.incidents().declare(d);
    if (!created)
        return ctx.failWith(created.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), created->id}, {QStringLiteral("code"), created->code}});
    else
        ctx.out << created->id << '\t' << created->code << Qt::endl;
    return CliContext::Ok;
}

int list(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("incident list [--no-drills]"), {{QStringLiteral("no-drills"), {}}});
    if (!a.parse(ctx, args, 0, 0))
        return CliContext::Usage;
    const auto incidents = ctx.core.incidents().list(!a.isSet(QStringLiteral("no-drills")));
    if (!incidents)
        return ctx.failWith(incidents.error());
    if (ctx.json) {
        QJsonArray arr;
        for (const Incident& i : incidents.value())
            arr << toJson(i);
        ctx.printJson(arr);
        return CliContext::Ok;
    }
    for (const Incident& i : incidents.value())
        ctx.out << i.id << '\t' << i.code << '\t' << Severities::code(i.severity) << '\t'
                << IncidentStatuses::label(i.status) << '\t' << i.title << Qt::endl;
    return CliContext::Ok;
}

int show(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("incident show ID"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    if (ctx.json) {
        ctx.printJson(toJson(i));
        return CliContext::Ok;
    }
    auto row = [&](const QString& label, const QString& value) { ctx.out << label << ": " << value << Qt::endl; };
    row(IncidentCommands::tr("Code"), i.code + (i.isDrill ? QStringLiteral(" [DRILL]") : QString()));
    row(IncidentCommands::tr("Title"), i.title);
    row(IncidentCommands::tr("Severity"), Severities::code(i.severity));
    row(IncidentCommands::tr("Status"), IncidentStatuses::label(i.status));
    row(IncidentCommands::tr("Summary"), i.summary);
    row(IncidentCommands::tr("Impact"), i.impact);
    row(IncidentCommands::tr("Detected"), CliContext::formatTime(i.detectedAt));
    row(IncidentCommands::tr("Declared"), CliContext::formatTime(i.declaredAt));
    row(IncidentCommands::tr("Mitigated"), CliContext::formatTime(i.mitigatedAt));
    row(IncidentCommands::tr("Resolved"), CliContext::formatTime(i.resolvedAt));
    row(IncidentCommands::tr("Closed"), CliContext::formatTime(i.closedAt));
    return CliContext::Ok;
}

int status(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("incident status ID investigating|identified|monitoring|resolved|closed"), {});
    if (!a.parse(ctx, args, 2, 2))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    const auto to = IncidentStatuses::parse(a.positional().at(1));
    if (!to)
        return ctx.usageError(IncidentCommands::tr("Unknown status \"%1\": use investigating, identified, monitoring, resolved "
                                 "or closed.")
                                  .arg(a.positional().at(1)));
    if (Status s = ctx.core.incidents().setStatus(i.id, *to, ctx.core.userName()); !s)
        return ctx.failWith(s.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), i.id}, {QStringLiteral("status"), IncidentStatuses::key(*to)}});
    return CliContext::Ok;
}

QString severitySynopsis()
{
    return QStringLiteral("incident severity ID SEV1|SEV2|SEV3|SEV4 [--reason TEXT]");
}

int severity(CliContext& ctx, const QStringList& args)
{
    CliArgs a(severitySynopsis(), {{QStringLiteral("reason"), {}, QStringLiteral("TEXT")}});
    if (!a.parse(ctx, args, 2, 2))
        return CliContext::Usage;
    const auto to = Severities::parse(a.positional().at(1));
    if (!to)
        return ctx.usageError(IncidentCommands::tr("Unknown severity \"%1\": use SEV1, SEV2, SEV3 or SEV4.")
                                  .arg(a.positional().at(1)));
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    if (Status s = ctx.core.incidents().setSeverity(i.id, *to, ctx.core.userName(),
                                                    a.value(QStringLiteral("reason")));
        !s)
        return ctx.failWith(s.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), i.id},
                                  {QStringLiteral("severity"), Severities::code(*to)},
                                  {QStringLiteral("previous_severity"), Severities::code(i.severity)}});
    return CliContext::Ok;
}

QString declareNowSynopsis()
{
    return QStringLiteral(
        "incident declare-now ID [--second-team] [--customers-affected] [--unresolved-hour]");
}

// For an incident opened with --investigate-only: the declaration helper's "Declare now".
int declareNow(CliContext& ctx, const QStringList& args)
{
    CliArgs a(declareNowSynopsis(), {{QStringLiteral("second-team"), {}},
                                     {QStringLiteral("customers-affected"), {}},
                                     {QStringLiteral("unresolved-hour"), {}}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    // Answers already recorded stay yes; the options add to them.
    const DeclarationAnswers answers{
        i.answers.secondTeamNeeded || a.isSet(QStringLiteral("second-team")),
        i.answers.customersAffected || a.isSet(QStringLiteral("customers-affected")),
        i.answers.unresolvedAfterHour || a.isSet(QStringLiteral("unresolved-hour"))};
    if (Status s = ctx.core.incidents().markDeclared(i.id, answers, ctx.core.userName()); !s)
        return ctx.failWith(s.error());
    const Result<Incident> declared = ctx.core.incidents().get(i.id);
    if (!declared)
        return ctx.failWith(declared.error());
    if (ctx.json)
        ctx.printJson(toJson(declared.value()));
    else
        ctx.out << declared->id << '\t' << declared->code << '\t'
                << CliContext::formatTime(declared->declaredAt) << Qt::endl;
    return CliContext::Ok;
}
} // namespace

void registerIncidentCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("incident declare"),
          declareSynopsis(),
          QT_TRANSLATE_NOOP("Commands", "Declare an incident; prints its id and code."), declare);
    r.add(QStringLiteral("incident list"), QStringLiteral("incident list [--no-drills]"),
          QT_TRANSLATE_NOOP("Commands", "List incidents, open ones first."), list);
    r.add(QStringLiteral("incident show"), QStringLiteral("incident show ID"),
          QT_TRANSLATE_NOOP("Commands", "Show one incident."), show);
    r.add(QStringLiteral("incident status"),
          QStringLiteral("incident status ID investigating|identified|monitoring|resolved|closed"),
          QT_TRANSLATE_NOOP("Commands", "Move an incident to another status."), status);
    r.add(QStringLiteral("incident severity"), severitySynopsis(),
          QT_TRANSLATE_NOOP("Commands",
                            "Escalate or de-escalate an incident; the timeline records the change "
                            "and the reason."),
          severity);
    r.add(QStringLiteral("incident declare-now"), declareNowSynopsis(),
          QT_TRANSLATE_NOOP("Commands", "Declare an incident opened with --investigate-only (the answers "
                                        "given add to those already recorded)."),
          declareNow);
}
