#include "teamsformatter.h"

#include <QJsonArray>
#include <QJsonValue>

QJsonObject TeamsFormatter::payload(const NotificationContent& c, const QString&) const
{
    QJsonArray factSet;
    for (const Fact& f : facts(c))
        factSet << QJsonObject{{QStringLiteral("title"), f.label}, {QStringLiteral("value"), f.value}};
    const QJsonArray body{
        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                    {QStringLiteral("text"), headline(c)},
                    {QStringLiteral("isSubtle"), true},
                    {QStringLiteral("wrap"), true}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                    {QStringLiteral("text"), c.title},
                    {QStringLiteral("weight"), QStringLiteral("Bolder")},
                    {QStringLiteral("size"), QStringLiteral("Medium")},
                    {QStringLiteral("wrap"), true}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("FactSet")}, {QStringLiteral("facts"), factSet}},
        QJsonObject{{QStringLiteral("type"), QStringLiteral("TextBlock")},
                    {QStringLiteral("text"), markdownBold(c.text)},
                    {QStringLiteral("wrap"), true}},
    };
    const QJsonObject card{
        {QStringLiteral("$schema"), QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json")},
        {QStringLiteral("type"), QStringLiteral("AdaptiveCard")},
        {QStringLiteral("version"), QStringLiteral("1.4")},
        {QStringLiteral("body"), body},
    };
    const QJsonObject attachment{
        {QStringLiteral("contentType"), QStringLiteral("application/vnd.microsoft.card.adaptive")},
        {QStringLiteral("contentUrl"), QJsonValue::Null},
        {QStringLiteral("content"), card},
    };
    return {{QStringLiteral("type"), QStringLiteral("message")},
            {QStringLiteral("attachments"), QJsonArray{attachment}}};
}
