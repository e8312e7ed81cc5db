#pragma once

#include "incidentstatus.h"

#include <QDateTime>
#include <QString>

#include <optional>

// One row of incident_status_history: the lifecycle as it happened, for the reports' status history.
struct StatusChange
{
    std::optional<IncidentStatus> from; // none for the first status
    IncidentStatus to = IncidentStatus::Investigating;
    QDateTime changedAt;
    QString changedBy;
};
