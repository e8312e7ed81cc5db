#include "cliargs.h"
#include "filewrite.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "domain/clock.h"
#include "drill/drilldebrief.h"
#include "drill/drillduration.h"
#include "drill/drillplayer.h"
#include "drill/drillservice.h"
#include "drill/scenariolibrary.h"
#include "drillgmcommands.h"
#include "services/incidentservice.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimer>

namespace {
struct DrillCommands
{
    Q_DECLARE_TR_FUNCTIONS(DrillCommands)
};

QJsonObject scenarioJson(const LoadedScenario& s)
{
    return {{QStringLiteral("id"), s.scenario.id},
            {QStringLiteral("title_en"), s.scenario.title.en},
            {QStringLiteral("title_ja"), s.scenario.title.ja},
            {QStringLiteral("severity_hint"), Severities::code(s.scenario.severityHint)},
            {QStringLiteral("duration_s"), s.scenario.durationMs / 1000},
            {QStringLiteral("injects"), int(s.scenario.injects.size())},
            {QStringLiteral("origin"), s.origin}};
}

int list(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("drill list"), {});
    if (!a.parse(ctx, args, 0, 0))
        return CliContext::Usage;
    const auto all = ScenarioLibrary::bundled();
    if (!all)
        return ctx.failWith(all.error());
    QJsonArray arr;
    for (const LoadedScenario& s : all.value()) {
        if (ctx.json)
            arr << scenarioJson(s);
        else
            ctx.out << s.scenario.id << '\t' << Severities::code(s.scenario.severityHint) << '\t'
                    << DrillDuration::text(s.scenario.durationMs) << '\t' << s.scenario.title.current()
                    << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(arr);
    return CliContext::Ok;
}

int validate(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("drill validate FILE"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const auto loaded = ScenarioLibrary::loadFile(a.positional().at(0));
    if (!loaded)
        return ctx.failWith(loaded.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("valid"), true},
                                  {QStringLiteral("scenario"), scenarioJson(loaded.value())}});
    else
        ctx.out << DrillCommands::tr("%1 is a valid scenario: \"%2\", %3 injects over %4.")
                       .arg(a.positional().at(0), loaded->scenario.title.current())
                       .arg(loaded->scenario.injects.size())
                       .arg(DrillDuration::text(loaded->scenario.durationMs))
                << Qt::endl;
    return CliContext::Ok;
}

int run(CliContext& ctx, const QStringList& args)
{
    const QString usage = QStringLiteral("drill run SCENARIO [--speed N|max] [--script FILE] [--participants "
                                         "NAME:ROLE,...] [--drill-lang ja|en]");
    CliArgs a(usage, {{QStringLiteral("speed"), {}, QStringLiteral("N")},
                      {QStringLiteral("script"), {}, QStringLiteral("FILE")},
                      {QStringLiteral("participants"), {}, QStringLiteral("LIST")},
                      {QStringLiteral("drill-lang"), {}, QStringLiteral("LANG")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    // Everything is checked before anything is written.
    const QString speedText =
        a.isSet(QStringLiteral("speed")) ? a.value(QStringLiteral("speed")) : QStringLiteral("1");
    const bool instant = speedText == QStringLiteral("max");
    bool ok = instant;
    const double speed = instant ? 1.0 : speedText.toDouble(&ok);
    if (!ok || speed <= 0 || speed > DrillService::maxSpeed)
        return ctx.usageError(DrillCommands::tr("--speed needs a number above 0 and at most %1, or \"max\".")
                                  .arg(DrillService::maxSpeed));
    const QString lang = a.value(QStringLiteral("drill-lang"));
    if (!lang.isEmpty() && lang != QStringLiteral("ja") && lang != QStringLiteral("en"))
        return ctx.usageError(DrillCommands::tr("--drill-lang is ja or en."));
    DrillSetup setup;
    if (!Drills::parseParticipants(a.value(QStringLiteral("participants")), &setup.participants))
        return ctx.usageError(
            DrillCommands::tr("--participants is a list such as Aiko:commander,Ken:operations; "
                              "roles: %1.")
                .arg(DrillDebrief::roleKeys().join(QStringLiteral(", "))));
    const auto loaded = ScenarioLibrary::load(a.positional().at(0));
    if (!loaded)
        return ctx.failWith(loaded.error());
    QList<DrillAction> actions;
    if (a.isSet(QStringLiteral("script"))) {
        const auto script = DrillActions::parseFile(a.value(QStringLiteral("script")));
        if (!script)
            return ctx.failWith(script.error());
        actions = script.value();
    }

    // The scenario clock runs on a manual clock of its own, over a second connection to the same file.
    ManualClock clock(QDateTime::currentDateTimeUtc());
    Core core(&clock);
    core.setUserName(ctx.core.userName());
    if (Status s = core.open(ctx.core.database().path()); !s)
        return ctx.failWith(s.error());
    setup.scenario = loaded->scenario;
    setup.scenarioJson = loaded->json;
    setup.speed = speed;
    setup.language = lang;
    setup.gameMaster = core.userName();
    const auto started = core.drills().start(setup);
    if (!started)
        return ctx.failWith(started.error());
    if (!ctx.json)
        ctx.out << DrillCommands::tr("Drill %1 started: %2")
                       .arg(QString::number(started->id), started->scenario.title.current())
                << Qt::endl;
    DrillPlayer::Wait wait;
    if (!instant)
        wait = [](qint64 ms) {
            QEventLoop loop;
            QTimer::singleShot(std::chrono::milliseconds(ms), &loop, &QEventLoop::quit);
            loop.exec();
        };
    DrillPlayer player(core, clock);
    const auto played = player.play(started->id, actions, wait);
    if (!played)
        return ctx.failWith(played.error());
    const auto card = core.drills().scores(started->id);
    const auto incident = core.incidents().get(played->incidentId);
    if (!card || !incident)
        return ctx.failWith(card ? incident.error() : card.error());
    if (ctx.json) {
        QJsonObject o = card->toJson();
        o.insert(QStringLiteral("run_id"), played->id);
        o.insert(QStringLiteral("incident_id"), played->incidentId);
        o.insert(QStringLiteral("incident_code"), incident->code);
        o.insert(QStringLiteral("scenario"), played->scenarioId);
        ctx.printJson(o);
        return CliContext::Ok;
    }
    ctx.out << DrillCommands::tr("Drill incident %1 ended. Total score: %2 of 100.")
                   .arg(incident->code)
                   .arg(card->total)
            << Qt::endl;
    for (const DrillScore& s : card->scores)
        ctx.out << "  " << s.label() << ": "
                << (s.measured ? QStringLiteral("%1/%2").arg(s.points).arg(s.weight) : QStringLiteral("-"))
                << " — " << s.detail << Qt::endl;
    return CliContext::Ok;
}

int report(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("drill report ID [--format md|html] [--report-lang ja|en] [--out FILE]"),
              {{QStringLiteral("format"), {}, QStringLiteral("FORMAT")},
               {QStringLiteral("report-lang"), {}, QStringLiteral("LANG")},
               {QStringLiteral("out"), {}, QStringLiteral("FILE")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const QString format =
        a.isSet(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QStringLiteral("md");
    if (format != QStringLiteral("md") && format != QStringLiteral("html"))
        return ctx.usageError(DrillCommands::tr("--format is md or html."));
    QString lang = a.value(QStringLiteral("report-lang"));
    if (lang.isEmpty())
        lang = LocalizedText::currentLanguage();
    if (lang != QStringLiteral("ja") && lang != QStringLiteral("en"))
        return ctx.usageError(DrillCommands::tr("--report-lang is ja or en."));
    Incident incident;
    if (!ctx.resolveIncident(a.positional().at(0), &incident))
        return CliContext::Failed;
    const auto run = ctx.core.drills().findByIncident(incident.id);
    if (!run)
        return ctx.failWith(run.error());
    const auto text = format == QStringLiteral("html") ? DrillDebrief::html(ctx.core, run->id, lang)
                                                       : DrillDebrief::markdown(ctx.core, run->id, lang);
    if (!text)
        return ctx.failWith(text.error());
    if (!a.isSet(QStringLiteral("out"))) {
        ctx.out << text.value();
        return CliContext::Ok;
    }
    if (Status s = FileWrite::atomically(a.value(QStringLiteral("out")), text->toUtf8()); !s)
        return ctx.failWith(s.error());
    return CliContext::Ok;
}

int history(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("drill history PERSON"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const auto rows = ctx.core.drills().history(a.positional().at(0));
    if (!rows)
        return ctx.failWith(rows.error());
    QJsonArray arr;
    for (const DrillHistoryEntry& e : rows.value()) {
        if (ctx.json)
            arr << QJsonObject{{QStringLiteral("incident_code"), e.incidentCode},
                               {QStringLiteral("scenario"), e.scenarioTitle.current()},
                               {QStringLiteral("role"), e.role},
                               {QStringLiteral("started_at"), CliContext::isoUtc(e.startedAt)},
                               {QStringLiteral("finished"), e.finished},
                               {QStringLiteral("total"), e.finished ? QJsonValue(e.total) : QJsonValue()}};
        else
            ctx.out << CliContext::formatTime(e.startedAt) << '\t' << e.incidentCode << '\t'
                    << DrillDebrief::roleLabel(e.role) << '\t' << e.scenarioTitle.current() << '\t'
                    << (e.finished ? QString::number(e.total) : DrillCommands::tr("running")) << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(arr);
    return CliContext::Ok;
}
} // namespace

void registerDrillCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("drill list"), QStringLiteral("drill list"),
          QT_TRANSLATE_NOOP("Commands", "List the bundled drill scenarios."), list);
    r.add(QStringLiteral("drill validate"), QStringLiteral("drill validate FILE"),
          QT_TRANSLATE_NOOP("Commands",
                            "Check a scenario file; says where and why it is wrong. Writes nothing."),
          validate);
    r.add(QStringLiteral("drill run"),
          QStringLiteral("drill run SCENARIO [--speed N|max] [--script FILE] [--participants NAME:ROLE,...] "
                         "[--drill-lang ja|en]"),
          QT_TRANSLATE_NOOP("Commands",
                            "Play a drill headless to its end and print the scores (--json: an object)."),
          run);
    r.add(QStringLiteral("drill report"),
          QStringLiteral("drill report ID [--format md|html] [--report-lang ja|en] [--out FILE]"),
          QT_TRANSLATE_NOOP("Commands", "Write a drill's debrief (after-action report)."), report);
    r.add(QStringLiteral("drill history"), QStringLiteral("drill history PERSON"),
          QT_TRANSLATE_NOOP("Commands", "List the drills a person took part in and the role they practised."),
          history);
    registerDrillGameMasterCommands(r);
}
