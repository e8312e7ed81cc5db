#include "metricscalculator.h"

#include <algorithm>
#include <cmath>

namespace {
QDateTime impactStart(const Incident& i)
{
    if (i.detectedAt.isValid())
        return i.detectedAt;
    return i.declaredAt.isValid() ? i.declaredAt : i.createdAt;
}

qint64 span(const QDateTime& from, const QDateTime& to)
{
    return from.isValid() && to.isValid() && from <= to ? from.msecsTo(to) : -1;
}

// Counts the update gaps of one incident: declaration → updates → resolution (or now).
void addCadence(MetricsCalculator::Row& r, const QList<QDateTime>& updates, const QDateTime& now, qint64 cadenceMs)
{
    const Incident& i = r.incident;
    if (!i.declaredAt.isValid())
        return;
    const QDateTime end = i.resolvedAt.isValid() ? i.resolvedAt : now;
    QDateTime previous = i.declaredAt;
    auto gap = [&](const QDateTime& t) {
        ++r.cadenceGaps;
        r.cadenceGapsOnTime += previous.msecsTo(t) <= cadenceMs ? 1 : 0;
        previous = t;
    };
    for (const QDateTime& t : updates)
        if (t > i.declaredAt && t <= end)
            gap(t);
    if (end > previous)
        gap(end);
}

void collect(QList<qint64>& into, qint64 ms)
{
    if (ms >= 0)
        into << ms;
}
} // namespace

bool MetricsCalculator::inRange(const Incident& i, const MetricsQuery& q, const QTimeZone& zone)
{
    if (i.isDrill && !q.includeDrills)
        return false;
    const QDate day = impactStart(i).toTimeZone(zone).date();
    return (!q.from.isValid() || day >= q.from) && (!q.to.isValid() || day <= q.to);
}

qint64 MetricsCalculator::percentile(const QList<qint64>& sorted, double q)
{
    const double rank = q * double(sorted.size() - 1);
    const auto lo = qsizetype(std::floor(rank));
    const auto hi = qsizetype(std::ceil(rank));
    const double value = double(sorted.at(lo)) + (double(sorted.at(hi)) - double(sorted.at(lo))) * (rank - double(lo));
    return qint64(std::llround(value));
}

DurationStats MetricsCalculator::stats(QList<qint64> durations)
{
    DurationStats s;
    s.count = int(durations.size());
    if (durations.isEmpty())
        return s;
    std::sort(durations.begin(), durations.end());
    s.medianMs = percentile(durations, 0.5);
    s.p90Ms = percentile(durations, 0.9);
    return s;
}

QList<MetricsCalculator::Row> MetricsCalculator::rows(const Input& in, const MetricsQuery& query)
{
    QList<Row> out;
    const qint64 cadenceMs = qint64(query.cadenceMinutes) * 60 * 1000;
    for (const Incident& i : in.incidents) {
        if (!inRange(i, query, in.zone))
            continue;
        Row r;
        r.incident = i;
        const QDateTime start = impactStart(i);
        const QList<QDateTime> updates = in.communications.value(i.id);
        const QDateTime updateFrom = i.declaredAt.isValid() ? i.declaredAt : start;
        for (const QDateTime& t : updates)
            if (t >= updateFrom) {
                r.firstUpdate = t;
                break;
            }
        r.toDeclareMs = span(i.detectedAt, i.declaredAt);
        r.toFirstUpdateMs = span(updateFrom, r.firstUpdate);
        r.toMitigateMs = span(start, i.mitigatedAt);
        r.toResolveMs = span(start, i.resolvedAt);
        addCadence(r, updates, in.now, cadenceMs);
        out << r;
    }
    return out;
}

IncidentMetrics MetricsCalculator::compute(const Input& in, const MetricsQuery& query)
{
    IncidentMetrics m;
    m.query = query;
    for (Severity s : Severities::all())
        m.bySeverity.insert(Severities::code(s), 0);
    QList<qint64> declare, firstUpdate, mitigate, resolve;
    QSet<qint64> counted;
    for (const Row& r : rows(in, query)) {
        const Incident& i = r.incident;
        counted.insert(i.id);
        ++m.incidentCount;
        ++m.bySeverity[Severities::code(i.severity)];
        ++m.byMonth[impactStart(i).toTimeZone(in.zone).toString(QStringLiteral("yyyy-MM"))];
        collect(declare, r.toDeclareMs);
        collect(firstUpdate, r.toFirstUpdateMs);
        collect(mitigate, r.toMitigateMs);
        collect(resolve, r.toResolveMs);
        m.cadenceGaps += r.cadenceGaps;
        m.cadenceGapsOnTime += r.cadenceGapsOnTime;
    }
    m.timeToDeclare = stats(declare);
    m.timeToFirstUpdate = stats(firstUpdate);
    m.timeToMitigate = stats(mitigate);
    m.timeToResolve = stats(resolve);

    const QDate today = in.now.toTimeZone(in.zone).date();
    for (const FollowUp& f : in.followUps) {
        if (!counted.contains(f.incidentId))
            continue;
        ++m.followUpsTotal;
        m.followUpsDone += f.status == FollowUpStatus::Done ? 1 : 0;
        m.followUpsOpen += f.isOpen() ? 1 : 0;
        m.followUpsOverdue += f.isOverdue(today) ? 1 : 0;
    }
    return m;
}
