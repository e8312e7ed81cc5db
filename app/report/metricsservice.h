#pragma once

#include "incidentmetrics.h"
#include "metricscalculator.h"
#include "result.h"

#include <QJsonObject>
#include <QTimeZone>

class Core;

// Reads incidents, communication times and follow-ups through the stores and computes IncidentMetrics;
// writes them as CSV (one "metric,dimension,value" row per figure) or JSON.
class MetricsService final
{
public:
    explicit MetricsService(Core& core) : m_core(core) {}

    Result<IncidentMetrics> compute(const MetricsQuery& query, const QTimeZone& zone = QTimeZone::systemTimeZone()) const;
    // The figures of each incident in range, for a per-incident CSV.
    Result<QList<MetricsCalculator::Row>> rows(const MetricsQuery& query,
                                               const QTimeZone& zone = QTimeZone::systemTimeZone()) const;

    static QString csv(const IncidentMetrics& metrics);
    static QJsonObject json(const IncidentMetrics& metrics);
    // One row per incident: code, severity, drill, the lifecycle times (ISO 8601 UTC), minutes to declare,
    // first update, mitigate and resolve, and the update gaps on time.
    static QString perIncidentCsv(const QList<MetricsCalculator::Row>& rows);

private:
    Result<MetricsCalculator::Input> input(const QTimeZone& zone) const;

    Core& m_core;
};
