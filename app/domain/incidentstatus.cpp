#include "incidentstatus.h"

#include <QCoreApplication>

QString IncidentStatuses::key(IncidentStatus s)
{
    switch (s) {
    case IncidentStatus::Investigating:
        return QStringLiteral("investigating");
    case IncidentStatus::Identified:
        return QStringLiteral("identified");
    case IncidentStatus::Monitoring:
        return QStringLiteral("monitoring");
    case IncidentStatus::Resolved:
        return QStringLiteral("resolved");
    case IncidentStatus::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString IncidentStatuses::label(IncidentStatus s)
{
    switch (s) {
    case IncidentStatus::Investigating:
        return QCoreApplication::translate("IncidentStatus", "Investigating");
    case IncidentStatus::Identified:
        return QCoreApplication::translate("IncidentStatus", "Identified");
    case IncidentStatus::Monitoring:
        return QCoreApplication::translate("IncidentStatus", "Monitoring");
    case IncidentStatus::Resolved:
        return QCoreApplication::translate("IncidentStatus", "Resolved");
    case IncidentStatus::Closed:
        return QCoreApplication::translate("IncidentStatus", "Closed");
    }
    return {};
}

std::optional<IncidentStatus> IncidentStatuses::parse(const QString& text)
{
    for (IncidentStatus s : all())
        if (key(s) == text.trimmed().toLower())
            return s;
    return std::nullopt;
}

QList<IncidentStatus> IncidentStatuses::all()
{
    return {IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Monitoring,
            IncidentStatus::Resolved, IncidentStatus::Closed};
}

bool IncidentStatuses::isOpen(IncidentStatus s)
{
    return s != IncidentStatus::Resolved && s != IncidentStatus::Closed;
}

bool IncidentStatuses::canMove(IncidentStatus from, IncidentStatus to)
{
    if (from == to || from == IncidentStatus::Closed)
        return false;
    return true;
}
