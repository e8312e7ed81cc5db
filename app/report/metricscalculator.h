#pragma once

#include "domain/followup.h"
#include "domain/incident.h"
#include "incidentmetrics.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QTimeZone>

// Pure computation of IncidentMetrics from rows already read: testable without a database.
class MetricsCalculator final
{
public:
    struct Input
    {
        QList<Incident> incidents;
        QHash<qint64, QList<QDateTime>> communications; // incident id → communication times, oldest first
        QList<FollowUp> followUps;
        QDateTime now;
        QTimeZone zone = QTimeZone::systemTimeZone(); // for months, ranges and "today"
    };

    // One incident's figures, in range order of the input (the per-incident CSV).
    struct Row
    {
        Incident incident;
        QDateTime firstUpdate; // first communication entry at or after declaration (or detection)
        int cadenceGaps = 0;
        int cadenceGapsOnTime = 0;
        // -1 when either end is missing.
        qint64 toDeclareMs = -1;
        qint64 toFirstUpdateMs = -1;
        qint64 toMitigateMs = -1;
        qint64 toResolveMs = -1;
    };

    static QList<Row> rows(const Input& input, const MetricsQuery& query);
    static IncidentMetrics compute(const Input& input, const MetricsQuery& query);
    static bool inRange(const Incident& incident, const MetricsQuery& query, const QTimeZone& zone);
    static DurationStats stats(QList<qint64> durationsMs);
    // Linear interpolation between closest ranks; `sorted` ascending and not empty; q in [0, 1].
    static qint64 percentile(const QList<qint64>& sorted, double q);
};
