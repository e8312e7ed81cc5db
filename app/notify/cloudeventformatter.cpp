#include "cloudeventformatter.h"

#include "domain/incidentstatus.h"

QString CloudEventFormatter::contentType() const
{
    return QStringLiteral("application/cloudevents+json; charset=utf-8");
}

QJsonObject CloudEventFormatter::payload(const NotificationContent& c, const QString& eventId) const
{
    const QJsonObject incident{
        {QStringLiteral("code"), c.incidentCode},
        {QStringLiteral("title"), c.incidentTitle},
        {QStringLiteral("severity"), Severities::code(c.severity)},
        {QStringLiteral("status"), IncidentStatuses::key(c.status)},
        {QStringLiteral("drill"), c.drill},
    };
    const QJsonObject data{
        {QStringLiteral("incident"), incident},   {QStringLiteral("audience"), Audiences::key(c.audience)},
        {QStringLiteral("language"), c.language}, {QStringLiteral("title"), c.title},
        {QStringLiteral("text"), c.text},
    };
    const QString subject = c.incidentCode.isEmpty() ? QStringLiteral("test") : c.incidentCode;
    return {
        {QStringLiteral("specversion"), QStringLiteral("1.0")},
        {QStringLiteral("id"), eventId},
        {QStringLiteral("source"), QStringLiteral("/incident-commander/incidents")},
        {QStringLiteral("type"), QStringLiteral("com.incident-commander.incident.update.v1")},
        {QStringLiteral("subject"), subject},
        {QStringLiteral("time"), c.time.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("datacontenttype"), QStringLiteral("application/json")},
        {QStringLiteral("data"), data},
    };
}
