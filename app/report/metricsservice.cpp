#include "metricsservice.h"

#include "core.h"
#include "domain/clock.h"
#include "metricscalculator.h"
#include "services/followupservice.h"
#include "storage/incidentstore.h"
#include "storage/reportreadstore.h"

#include <QJsonArray>

#include <limits>

namespace {
QString minutes(qint64 ms)
{
    return ms < 0 ? QString() : QString::number(double(ms) / 60000.0, 'f', 1);
}

QString ratio(double r)
{
    return r < 0 ? QString() : QString::number(r, 'f', 3);
}

const char* const kDurationNames[] = {"time_to_declare", "time_to_first_update", "time_to_mitigate", "time_to_resolve"};

QList<DurationStats> durations(const IncidentMetrics& m)
{
    return {m.timeToDeclare, m.timeToFirstUpdate, m.timeToMitigate, m.timeToResolve};
}

QJsonValue msOrNull(qint64 ms)
{
    return ms < 0 ? QJsonValue() : QJsonValue(ms);
}
} // namespace

Result<MetricsCalculator::Input> MetricsService::input(const QTimeZone& zone) const
{
    MetricsCalculator::Input in;
    Result<QList<Incident>> incidents = IncidentStore(m_core.database()).list(true, std::numeric_limits<int>::max());
    if (!incidents)
        return incidents.failure();
    in.incidents = incidents.value();
    Result<QHash<qint64, QList<QDateTime>>> comms = ReportReadStore(m_core.database()).communicationTimes();
    if (!comms)
        return comms.failure();
    in.communications = comms.value();
    Result<QList<FollowUp>> followUps = m_core.followUps().list({});
    if (!followUps)
        return followUps.failure();
    in.followUps = followUps.value();
    in.now = m_core.clock().now();
    in.zone = zone;
    return in;
}

Result<IncidentMetrics> MetricsService::compute(const MetricsQuery& query, const QTimeZone& zone) const
{
    const Result<MetricsCalculator::Input> in = input(zone);
    if (!in)
        return in.failure();
    return MetricsCalculator::compute(in.value(), query);
}

Result<QList<MetricsCalculator::Row>> MetricsService::rows(const MetricsQuery& query, const QTimeZone& zone) const
{
    const Result<MetricsCalculator::Input> in = input(zone);
    if (!in)
        return in.failure();
    return MetricsCalculator::rows(in.value(), query);
}

QString MetricsService::perIncidentCsv(const QList<MetricsCalculator::Row>& rows)
{
    QString out = QStringLiteral("incident,severity,drill,detected_at,declared_at,first_update_at,mitigated_at,resolved_at,"
                                 "minutes_to_declare,minutes_to_first_update,minutes_to_mitigate,minutes_to_resolve,"
                                 "update_gaps,update_gaps_on_time\r\n");
    auto iso = [](const QDateTime& t) { return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString(); };
    for (const MetricsCalculator::Row& r : rows) {
        const Incident& i = r.incident;
        const QStringList fields{i.code, Severities::code(i.severity), i.isDrill ? QStringLiteral("DRILL") : QString(),
                                 iso(i.detectedAt), iso(i.declaredAt), iso(r.firstUpdate), iso(i.mitigatedAt),
                                 iso(i.resolvedAt), minutes(r.toDeclareMs), minutes(r.toFirstUpdateMs),
                                 minutes(r.toMitigateMs), minutes(r.toResolveMs), QString::number(r.cadenceGaps),
                                 QString::number(r.cadenceGapsOnTime)};
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QString MetricsService::csv(const IncidentMetrics& m)
{
    QString out = QStringLiteral("metric,dimension,value\r\n");
    auto row = [&out](const QString& metric, const QString& dimension, const QString& value) {
        out += QStringLiteral("%1,%2,%3\r\n").arg(metric, dimension, value);
    };
    row(QStringLiteral("incidents"), QStringLiteral("all"), QString::number(m.incidentCount));
    for (auto it = m.bySeverity.cbegin(); it != m.bySeverity.cend(); ++it)
        row(QStringLiteral("incidents_by_severity"), it.key(), QString::number(it.value()));
    for (auto it = m.byMonth.cbegin(); it != m.byMonth.cend(); ++it)
        row(QStringLiteral("incidents_by_month"), it.key(), QString::number(it.value()));
    const QList<DurationStats> all = durations(m);
    for (int k = 0; k < all.size(); ++k) {
        const QString name = QString::fromLatin1(kDurationNames[k]);
        row(name, QStringLiteral("count"), QString::number(all.at(k).count));
        row(name, QStringLiteral("median_minutes"), minutes(all.at(k).medianMs));
        row(name, QStringLiteral("p90_minutes"), minutes(all.at(k).p90Ms));
    }
    row(QStringLiteral("update_cadence"), QStringLiteral("target_minutes"), QString::number(m.query.cadenceMinutes));
    row(QStringLiteral("update_cadence"), QStringLiteral("gaps"), QString::number(m.cadenceGaps));
    row(QStringLiteral("update_cadence"), QStringLiteral("on_time"), QString::number(m.cadenceGapsOnTime));
    row(QStringLiteral("update_cadence"), QStringLiteral("adherence"), ratio(m.cadenceAdherence()));
    row(QStringLiteral("follow_ups"), QStringLiteral("total"), QString::number(m.followUpsTotal));
    row(QStringLiteral("follow_ups"), QStringLiteral("done"), QString::number(m.followUpsDone));
    row(QStringLiteral("follow_ups"), QStringLiteral("open"), QString::number(m.followUpsOpen));
    row(QStringLiteral("follow_ups"), QStringLiteral("overdue"), QString::number(m.followUpsOverdue));
    row(QStringLiteral("follow_ups"), QStringLiteral("completion"), ratio(m.followUpCompletion()));
    return out;
}

QJsonObject MetricsService::json(const IncidentMetrics& m)
{
    QJsonObject severity;
    for (auto it = m.bySeverity.cbegin(); it != m.bySeverity.cend(); ++it)
        severity.insert(it.key(), it.value());
    QJsonObject month;
    for (auto it = m.byMonth.cbegin(); it != m.byMonth.cend(); ++it)
        month.insert(it.key(), it.value());
    QJsonObject out{
        {QStringLiteral("from"), m.query.from.isValid() ? m.query.from.toString(Qt::ISODate) : QString()},
        {QStringLiteral("to"), m.query.to.isValid() ? m.query.to.toString(Qt::ISODate) : QString()},
        {QStringLiteral("include_drills"), m.query.includeDrills},
        {QStringLiteral("incidents"), m.incidentCount},
        {QStringLiteral("by_severity"), severity},
        {QStringLiteral("by_month"), month},
        {QStringLiteral("update_cadence"),
         QJsonObject{{QStringLiteral("target_minutes"), m.query.cadenceMinutes},
                     {QStringLiteral("gaps"), m.cadenceGaps},
                     {QStringLiteral("on_time"), m.cadenceGapsOnTime},
                     {QStringLiteral("adherence"), m.cadenceAdherence() < 0 ? QJsonValue() : m.cadenceAdherence()}}},
        {QStringLiteral("follow_ups"),
         QJsonObject{{QStringLiteral("total"), m.followUpsTotal},
                     {QStringLiteral("done"), m.followUpsDone},
                     {QStringLiteral("open"), m.followUpsOpen},
                     {QStringLiteral("overdue"), m.followUpsOverdue},
                     {QStringLiteral("completion"), m.followUpCompletion() < 0 ? QJsonValue() : m.followUpCompletion()}}},
    };
    const QList<DurationStats> all = durations(m);
    for (int k = 0; k < all.size(); ++k)
        out.insert(QString::fromLatin1(kDurationNames[k]),
                   QJsonObject{{QStringLiteral("count"), all.at(k).count},
                               {QStringLiteral("median_ms"), msOrNull(all.at(k).medianMs)},
                               {QStringLiteral("p90_ms"), msOrNull(all.at(k).p90Ms)}});
    return out;
}
