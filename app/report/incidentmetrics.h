#pragma once

#include <QDate>
#include <QMap>
#include <QString>

// What the metrics are asked for: a date range (inclusive, in the reader's local dates; null = open) and
// whether drills count. An incident belongs to the range by the day its impact started (detected, else
// declared, else created).
struct MetricsQuery
{
    QDate from;
    QDate to;
    bool includeDrills = false;
    int cadenceMinutes = 30; // expected gap between stakeholder updates
};

// Median and 90th percentile of a set of durations. Percentiles interpolate linearly between the closest
// ranks (the "linear" method of numpy and R type 7): the median of 10, 20, 30, 40 is 25.
struct DurationStats
{
    int count = 0;
    qint64 medianMs = -1; // -1 when count is 0
    qint64 p90Ms = -1;
};

struct IncidentMetrics
{
    MetricsQuery query;
    int incidentCount = 0;
    QMap<QString, int> bySeverity; // "SEV1" … "SEV4", all four present
    QMap<QString, int> byMonth;    // "2026-11" (local time), only months with incidents
    // detected → declared; declared → first communication entry; detected → mitigated; detected → resolved.
    DurationStats timeToDeclare;
    DurationStats timeToFirstUpdate;
    DurationStats timeToMitigate;
    DurationStats timeToResolve;
    // Update cadence: the gaps from declaration through each communication entry to resolution (or now,
    // while open); a gap is on time when it is at most cadenceMinutes.
    int cadenceGaps = 0;
    int cadenceGapsOnTime = 0;
    // Follow-ups of the incidents in range; won't-do items are left out of the completion rate.
    int followUpsTotal = 0;
    int followUpsDone = 0;
    int followUpsOpen = 0;
    int followUpsOverdue = 0;

    double cadenceAdherence() const { return cadenceGaps ? double(cadenceGapsOnTime) / cadenceGaps : -1.0; }
    double followUpCompletion() const;
};
