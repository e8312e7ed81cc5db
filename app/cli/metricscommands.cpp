#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "report/metricsservice.h"

#include <QCoreApplication>

namespace {
struct MetricsCommands
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCommands)
};

bool parseDate(const CliContext& ctx, const CliArgs& a, const QString& name, QDate* into)
{
    if (!a.isSet(name))
        return true;
    *into = QDate::fromString(a.value(name), Qt::ISODate);
    if (into->isValid())
        return true;
    ctx.usageError(MetricsCommands::tr("\"%1\" is not a date such as 2026-11-01.").arg(a.value(name)));
    return false;
}

QString minutesText(qint64 ms)
{
    return ms < 0 ? QStringLiteral("-") : QString::number(double(ms) / 60000.0, 'f', 1);
}

void printDuration(const CliContext& ctx, const QString& label, const DurationStats& s)
{
    ctx.out << label << '\t';
    if (s.count == 0 || s.medianMs < 0)
        ctx.out << MetricsCommands::tr("no data (0 incidents)");
    else
        ctx.out << MetricsCommands::tr("median %1 min, p90 %2 min (%3 incidents)")
                       .arg(minutesText(s.medianMs), minutesText(s.p90Ms), QString::number(s.count));
    ctx.out << Qt::endl;
}

QString percent(double ratio)
{
    return ratio < 0 ? QStringLiteral("-") : QString::number(ratio * 100.0, 'f', 1) + QLatin1Char('%');
}

int metrics(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("metrics [--from DATE] [--to DATE] [--include-drills] [--cadence MINUTES] [--csv | --per-incident]"),
              {{QStringLiteral("from"), {}, QStringLiteral("DATE")},
               {QStringLiteral("to"), {}, QStringLiteral("DATE")},
               {QStringLiteral("include-drills"), {}},
               {QStringLiteral("cadence"), {}, QStringLiteral("MINUTES")},
               {QStringLiteral("csv"), {}},
               {QStringLiteral("per-incident"), {}}});
    if (!a.parse(ctx, args, 0, 0))
        return CliContext::Usage;
    MetricsQuery q;
    if (!parseDate(ctx, a, QStringLiteral("from"), &q.from) || !parseDate(ctx, a, QStringLiteral("to"), &q.to))
        return CliContext::Usage;
    q.includeDrills = a.isSet(QStringLiteral("include-drills"));
    if (a.isSet(QStringLiteral("cadence"))) {
        bool ok = false;
        q.cadenceMinutes = a.value(QStringLiteral("cadence")).toInt(&ok);
        if (!ok || q.cadenceMinutes <= 0)
            return ctx.usageError(MetricsCommands::tr("--cadence needs a positive number of minutes."));
    }
    if (a.isSet(QStringLiteral("per-incident"))) {
        const auto rows = MetricsService(ctx.core).rows(q);
        if (!rows)
            return ctx.failWith(rows.error());
        ctx.out << MetricsService::perIncidentCsv(rows.value());
        return CliContext::Ok;
    }
    Result<IncidentMetrics> m = MetricsService(ctx.core).compute(q);
    if (!m)
        return ctx.failWith(m.error());
    if (ctx.json) {
        ctx.printJson(MetricsService::json(m.value()));
        return CliContext::Ok;
    }
    if (a.isSet(QStringLiteral("csv"))) {
        ctx.out << MetricsService::csv(m.value());
        return CliContext::Ok;
    }
    ctx.out << MetricsCommands::tr("Incidents: %1").arg(m->incidentCount) << Qt::endl;
    for (auto it = m->bySeverity.cbegin(); it != m->bySeverity.cend(); ++it)
        ctx.out << "  " << it.key() << '\t' << it.value() << Qt::endl;
    for (auto it = m->byMonth.cbegin(); it != m->byMonth.cend(); ++it)
        ctx.out << "  " << it.key() << '\t' << it.value() << Qt::endl;
    printDuration(ctx, MetricsCommands::tr("Time to declare"), m->timeToDeclare);
    printDuration(ctx, MetricsCommands::tr("Time to first update"), m->timeToFirstUpdate);
    printDuration(ctx, MetricsCommands::tr("Time to mitigate"), m->timeToMitigate);
    printDuration(ctx, MetricsCommands::tr("Time to resolve"), m->timeToResolve);
    ctx.out << MetricsCommands::tr("Update cadence (every %1 min): %2 of gaps on time")
                   .arg(QString::number(q.cadenceMinutes), percent(m->cadenceAdherence()))
            << Qt::endl;
    ctx.out << MetricsCommands::tr("Follow-ups: %1 done of %2 (%3 overdue)")
                   .arg(QString::number(m->followUpsDone), QString::number(m->followUpsDone + m->followUpsOpen),
                        QString::number(m->followUpsOverdue))
            << Qt::endl;
    return CliContext::Ok;
}
} // namespace

void registerMetricsCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("metrics"),
          QStringLiteral("metrics [--from DATE] [--to DATE] [--include-drills] [--cadence MINUTES] [--csv | --per-incident]"),
          QT_TRANSLATE_NOOP("Commands", "Show incident metrics: counts, time to declare, first update, mitigate and "
                                        "resolve (median, p90), update cadence and follow-up completion."),
          metrics);
}
