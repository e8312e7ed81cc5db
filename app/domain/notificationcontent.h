#pragma once

#include "audience.h"
#include "incidentstatus.h"
#include "severity.h"

#include <QDateTime>
#include <QString>

// One update as the formatters see it: neutral text that each channel kind lays out its own way.
struct NotificationContent
{
    QString title;
    QString text;
    Audience audience = Audience::Responders;
    QString language; // "ja", "en" or "both"
    QString incidentCode;
    QString incidentTitle;
    Severity severity = Severity::Sev3;
    IncidentStatus status = IncidentStatus::Investigating;
    QString statusLabel; // in the message's language
    bool drill = false;
    QDateTime time; // when the update was written (UTC)
};
