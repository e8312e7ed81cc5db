#pragma once

#include "incidentmetrics.h"
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

    static QString csv(const IncidentMetrics& metrics);
    static QJsonObject json(const IncidentMetrics& metrics);

private:
    Core& m_core;
};
