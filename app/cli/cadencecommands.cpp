#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "services/cadenceservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct CadenceCommands
{
    Q_DECLARE_TR_FUNCTIONS(CadenceCommands)
};

int list(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("cadence list"), {});
    if (!a.parse(ctx, args, 0, 0))
        return CliContext::Usage;
    QJsonArray arr;
    for (Severity s : Severities::all()) {
        QStringList cells{Severities::code(s)};
        for (Audience audience : Audiences::all()) {
            const auto minutes = ctx.core.cadence().intervalMinutes(audience, s);
            if (!minutes)
                return ctx.failWith(minutes.error());
            arr << QJsonObject{{QStringLiteral("severity"), Severities::code(s)},
                               {QStringLiteral("audience"), Audiences::key(audience)},
                               {QStringLiteral("minutes"), minutes.value()}};
            cells << QStringLiteral("%1=%2").arg(Audiences::key(audience)).arg(minutes.value());
        }
        if (!ctx.json)
            ctx.out << cells.join(QLatin1Char('\t')) << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(arr);
    return CliContext::Ok;
}

int set(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("cadence set AUDIENCE SEVERITY MINUTES"), {});
    if (!a.parse(ctx, args, 3, 3))
        return CliContext::Usage;
    const auto audience = Audiences::parse(a.positional().at(0));
    const auto severity = Severities::parse(a.positional().at(1));
    bool ok = false;
    const int minutes = a.positional().at(2).toInt(&ok);
    if (!audience || !severity || !ok)
        return ctx.usageError(
            CadenceCommands::tr("Use: cadence set responders|executives|customers SEV1..SEV4 MINUTES "
                                "(0 for no fixed cadence)."));
    if (Status s = ctx.core.cadence().setIntervalMinutes(*audience, *severity, minutes); !s)
        return ctx.failWith(s.error());
    return CliContext::Ok;
}
} // namespace

void registerCadenceCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("cadence list"), QStringLiteral("cadence list"),
          QT_TRANSLATE_NOOP("Commands", "Show the update cadence (minutes) per severity and audience."),
          list);
    r.add(QStringLiteral("cadence set"), QStringLiteral("cadence set AUDIENCE SEVERITY MINUTES"),
          QT_TRANSLATE_NOOP("Commands", "Change how often an audience gets updates at a severity (0: none)."),
          set);
}
