// icctl drill start/status/fire/delay/skip/inject/speed/advance/finish/notes: the game master's controls,
// so that everything the game-master window does can be scripted against a live drill.
#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "drill/drilldebrief.h"
#include "drill/drillduration.h"
#include "drill/drillservice.h"
#include "drill/scenariolibrary.h"
#include "services/incidentservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct DrillGameMasterCommands
{
    Q_DECLARE_TR_FUNCTIONS(DrillGameMasterCommands)
};

// Resolves the drill incident's ID or code to its run, or prints why not.
bool resolveRun(CliContext& ctx, const QString& idOrCode, DrillRun* run)
{
    Incident incident;
    if (!ctx.resolveIncident(idOrCode, &incident))
        return false;
    const auto found = ctx.core.drills().findByIncident(incident.id);
    if (!found) {
        ctx.failWith(found.error());
        return false;
    }
    *run = found.value();
    return true;
}

int done(CliContext& ctx, const Status& s)
{
    return s ? CliContext::Ok : ctx.failWith(s.error());
}

bool parseSpeed(const QString& text, double* speed)
{
    if (text == QStringLiteral("step")) {
        *speed = 0;
        return true;
    }
    bool ok = false;
    *speed = text.toDouble(&ok);
    return ok && *speed > 0 && *speed <= DrillService::maxSpeed;
}

int start(CliContext& ctx, const QStringList& args)
{
    CliArgs a(
        QStringLiteral(
            "drill start SCENARIO [--speed N|step] [--participants NAME:ROLE,...] [--drill-lang ja|en]"),
        {{QStringLiteral("speed"), {}, QStringLiteral("N")},
         {QStringLiteral("participants"), {}, QStringLiteral("LIST")},
         {QStringLiteral("drill-lang"), {}, QStringLiteral("LANG")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    DrillSetup setup;
    if (!parseSpeed(a.isSet(QStringLiteral("speed")) ? a.value(QStringLiteral("speed")) : QStringLiteral("1"),
                    &setup.speed))
        return ctx.usageError(
            DrillGameMasterCommands::tr("--speed needs a number above 0 and at most %1, or \"step\".")
                .arg(DrillService::maxSpeed));
    setup.language = a.value(QStringLiteral("drill-lang"));
    if (!setup.language.isEmpty() && setup.language != QStringLiteral("ja") &&
        setup.language != QStringLiteral("en"))
        return ctx.usageError(DrillGameMasterCommands::tr("--drill-lang is ja or en."));
    if (!Drills::parseParticipants(a.value(QStringLiteral("participants")), &setup.participants))
        return ctx.usageError(
            DrillGameMasterCommands::tr(
                "--participants is a list such as Aiko:commander,Ken:operations; roles: %1.")
                .arg(DrillDebrief::roleKeys().join(QStringLiteral(", "))));
    const auto loaded = ScenarioLibrary::load(a.positional().at(0));
    if (!loaded)
        return ctx.failWith(loaded.error());
    setup.scenario = loaded->scenario;
    setup.scenarioJson = loaded->json;
    setup.gameMaster = ctx.core.userName();
    const auto run = ctx.core.drills().start(setup);
    if (!run)
        return ctx.failWith(run.error());
    const auto incident = ctx.core.incidents().get(run->incidentId);
    const QString code = incident ? incident->code : QString();
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("run_id"), run->id},
                                  {QStringLiteral("incident_id"), run->incidentId},
                                  {QStringLiteral("incident_code"), code}});
    else
        ctx.out << code << Qt::endl;
    return CliContext::Ok;
}

int status(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("drill status ID"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    DrillRun run;
    if (!resolveRun(ctx, a.positional().at(0), &run))
        return CliContext::Failed;
    const qint64 now = ctx.core.drills().scenarioNow(run);
    QJsonArray injects;
    for (const DrillInjectState& s : run.injects) {
        if (ctx.json)
            injects << QJsonObject{{QStringLiteral("id"), s.injectId},
                                   {QStringLiteral("due_s"), s.dueMs / 1000},
                                   {QStringLiteral("kind"), InjectKinds::key(run.kindOf(s))},
                                   {QStringLiteral("from"), run.sourceOf(s)},
                                   {QStringLiteral("state"), DrillInjectState::stateKey(s.state)},
                                   {QStringLiteral("text"), run.textOf(s)}};
        else
            ctx.out << DrillDuration::clock(s.dueMs) << '\t' << s.injectId << '\t'
                    << DrillInjectState::stateLabel(s.state) << '\t' << run.sourceOf(s) << '\t'
                    << run.textOf(s).replace(QLatin1Char('\n'), QLatin1Char(' ')) << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("run_id"), run.id},
                                  {QStringLiteral("scenario"), run.scenarioId},
                                  {QStringLiteral("running"), run.isRunning()},
                                  {QStringLiteral("speed"), run.clock.speed()},
                                  {QStringLiteral("scenario_time_s"), now / 1000},
                                  {QStringLiteral("injects"), injects}});
    return CliContext::Ok;
}

// fire/skip ID INJECT, delay ID INJECT MINUTES
int injectCommand(CliContext& ctx, const QStringList& args, const QString& verb)
{
    const bool isDelay = verb == QStringLiteral("delay");
    CliArgs a(isDelay ? QStringLiteral("drill delay ID INJECT MINUTES")
                      : QStringLiteral("drill %1 ID INJECT").arg(verb),
              {});
    if (!a.parse(ctx, args, isDelay ? 3 : 2, isDelay ? 3 : 2))
        return CliContext::Usage;
    DrillRun run;
    if (!resolveRun(ctx, a.positional().at(0), &run))
        return CliContext::Failed;
    const QString inject = a.positional().at(1);
    DrillService& drills = ctx.core.drills();
    if (verb == QStringLiteral("fire"))
        return done(ctx, drills.fireNow(run.id, inject, ctx.core.userName()));
    if (verb == QStringLiteral("skip"))
        return done(ctx, drills.skip(run.id, inject));
    bool ok = false;
    const int minutes = a.positional().at(2).toInt(&ok);
    if (!ok || minutes <= 0)
        return ctx.usageError(DrillGameMasterCommands::tr("MINUTES is a whole number above zero."));
    return done(ctx, drills.delay(run.id, inject, qint64(minutes) * 60000));
}

int addInject(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral(
                  "drill inject ID [--kind alert|message|metric|note] [--from SENDER] [--in MINUTES] TEXT"),
              {{QStringLiteral("kind"), {}, QStringLiteral("KIND")},
               {QStringLiteral("from"), {}, QStringLiteral("SENDER")},
               {QStringLiteral("in"), {}, QStringLiteral("MINUTES")}});
    if (!a.parse(ctx, args, 2))
        return CliContext::Usage;
    const auto kind = InjectKinds::parse(a.isSet(QStringLiteral("kind")) ? a.value(QStringLiteral("kind"))
                                                                         : QStringLiteral("message"));
    if (!kind)
        return ctx.usageError(DrillGameMasterCommands::tr("--kind is alert, message, metric or note."));
    bool ok = true;
    const int minutes = a.isSet(QStringLiteral("in")) ? a.value(QStringLiteral("in")).toInt(&ok) : 0;
    if (!ok || minutes < 0)
        return ctx.usageError(DrillGameMasterCommands::tr("--in is a whole number of minutes, 0 or more."));
    DrillRun run;
    if (!resolveRun(ctx, a.positional().at(0), &run))
        return CliContext::Failed;
    const auto added =
        ctx.core.drills().addInject(run.id, *kind, a.value(QStringLiteral("from")),
                                    a.positional().mid(1).join(QLatin1Char(' ')), qint64(minutes) * 60000);
    if (!added)
        return ctx.failWith(added.error());
    ctx.out << added.value() << Qt::endl;
    return CliContext::Ok;
}

int speed(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("drill speed ID N|step"), {});
    if (!a.parse(ctx, args, 2, 2))
        return CliContext::Usage;
    double value = 0;
    if (!parseSpeed(a.positional().at(1), &value))
        return ctx.usageError(
            DrillGameMasterCommands::tr("The speed is a number above 0 and at most %1, or \"step\".")
                .arg(DrillService::maxSpeed));
    DrillRun run;
    if (!resolveRun(ctx, a.positional().at(0), &run))
        return CliContext::Failed;
    return done(ctx, ctx.core.drills().setSpeed(run.id, value));
}

// advance, step and finish take only the ID.
int runCommand(CliContext& ctx, const QStringList& args, const QString& verb)
{
    CliArgs a(QStringLiteral("drill %1 ID").arg(verb), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    DrillRun run;
    if (!resolveRun(ctx, a.positional().at(0), &run))
        return CliContext::Failed;
    DrillService& drills = ctx.core.drills();
    if (verb == QStringLiteral("finish"))
        return done(ctx, drills.finish(run.id));
    const Result<int> fired = verb == QStringLiteral("step") ? drills.step(run.id) : drills.advance(run.id);
    if (!fired)
        return ctx.failWith(fired.error());
    ctx.out << fired.value() << Qt::endl;
    return CliContext::Ok;
}

int notes(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("drill notes ID [--went-well TEXT] [--to-improve TEXT]"),
              {{QStringLiteral("went-well"), {}, QStringLiteral("TEXT")},
               {QStringLiteral("to-improve"), {}, QStringLiteral("TEXT")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    DrillRun run;
    if (!resolveRun(ctx, a.positional().at(0), &run))
        return CliContext::Failed;
    const QString wentWell =
        a.isSet(QStringLiteral("went-well")) ? a.value(QStringLiteral("went-well")) : run.wentWell;
    const QString toImprove =
        a.isSet(QStringLiteral("to-improve")) ? a.value(QStringLiteral("to-improve")) : run.toImprove;
    return done(ctx, ctx.core.drills().saveNotes(run.id, wentWell, toImprove));
}
} // namespace

void registerDrillGameMasterCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("drill start"),
          QStringLiteral(
              "drill start SCENARIO [--speed N|step] [--participants NAME:ROLE,...] [--drill-lang ja|en]"),
          QT_TRANSLATE_NOOP("Commands",
                            "Start a live drill on the real clock; prints the drill incident's code."),
          start);
    r.add(QStringLiteral("drill status"), QStringLiteral("drill status ID"),
          QT_TRANSLATE_NOOP("Commands",
                            "Show a drill's scenario clock and every inject with its state (game master)."),
          status);
    for (const QString& verb : {QStringLiteral("fire"), QStringLiteral("skip")})
        r.add(QStringLiteral("drill ") + verb, QStringLiteral("drill %1 ID INJECT").arg(verb),
              verb == QStringLiteral("fire") ? QT_TRANSLATE_NOOP("Commands", "Fire an upcoming inject now.")
                                             : QT_TRANSLATE_NOOP("Commands", "Skip an upcoming inject."),
              [verb](CliContext& ctx, const QStringList& args) { return injectCommand(ctx, args, verb); });
    r.add(QStringLiteral("drill delay"), QStringLiteral("drill delay ID INJECT MINUTES"),
          QT_TRANSLATE_NOOP("Commands", "Delay an upcoming inject."),
          [](CliContext& ctx, const QStringList& args) {
              return injectCommand(ctx, args, QStringLiteral("delay"));
          });
    r.add(QStringLiteral("drill inject"),
          QStringLiteral(
              "drill inject ID [--kind alert|message|metric|note] [--from SENDER] [--in MINUTES] TEXT"),
          QT_TRANSLATE_NOOP("Commands", "Add a free-form inject, now or after some scenario minutes."),
          addInject);
    r.add(QStringLiteral("drill speed"), QStringLiteral("drill speed ID N|step"),
          QT_TRANSLATE_NOOP("Commands", "Change a drill's speed; \"step\" stops the clock."), speed);
    for (const QString& verb : {QStringLiteral("advance"), QStringLiteral("step"), QStringLiteral("finish")})
        r.add(QStringLiteral("drill ") + verb, QStringLiteral("drill %1 ID").arg(verb),
              verb == QStringLiteral("advance")
                  ? QT_TRANSLATE_NOOP("Commands", "Play the injects that have fallen due; prints how many.")
              : verb == QStringLiteral("step")
                  ? QT_TRANSLATE_NOOP("Commands", "Move to the next inject and play it.")
                  : QT_TRANSLATE_NOOP("Commands", "End a drill and freeze its scores."),
              [verb](CliContext& ctx, const QStringList& args) { return runCommand(ctx, args, verb); });
    r.add(QStringLiteral("drill notes"),
          QStringLiteral("drill notes ID [--went-well TEXT] [--to-improve TEXT]"),
          QT_TRANSLATE_NOOP("Commands", "Write the debrief's \"what went well\" and \"what to improve\"."),
          notes);
}
