#include "slackformatter.h"

#include <QJsonArray>

namespace {
QString escaped(QString text)
{
    text.replace(QLatin1Char('&'), QStringLiteral("&amp;"));
    text.replace(QLatin1Char('<'), QStringLiteral("&lt;"));
    text.replace(QLatin1Char('>'), QStringLiteral("&gt;"));
    return text;
}

QJsonObject textObject(const QString& type, const QString& text)
{
    return {{QStringLiteral("type"), type}, {QStringLiteral("text"), text}};
}
} // namespace

QJsonObject SlackFormatter::payload(const NotificationContent& c, const QString&) const
{
    QJsonArray blocks;
    blocks << QJsonObject{{QStringLiteral("type"), QStringLiteral("header")},
                          {QStringLiteral("text"), textObject(QStringLiteral("plain_text"),
                                                              clip(withoutMassMentions(c.title), 150))}};
    // A section holds at most 3000 characters; longer updates continue in further sections.
    const QString body = escaped(c.text);
    for (int from = 0; from < body.size() && blocks.size() < 45; from += 3000)
        blocks << QJsonObject{
            {QStringLiteral("type"), QStringLiteral("section")},
            {QStringLiteral("text"), textObject(QStringLiteral("mrkdwn"), body.mid(from, 3000))}};
    QJsonArray fields;
    for (const Fact& f : facts(c))
        fields << textObject(QStringLiteral("mrkdwn"),
                             QStringLiteral("*%1*\n%2").arg(escaped(f.label), escaped(f.value)));
    blocks << QJsonObject{{QStringLiteral("type"), QStringLiteral("section")},
                          {QStringLiteral("fields"), fields}};
    blocks << QJsonObject{
        {QStringLiteral("type"), QStringLiteral("context")},
        {QStringLiteral("elements"), QJsonArray{textObject(QStringLiteral("mrkdwn"), escaped(headline(c)))}}};
    return {{QStringLiteral("text"), clip(escaped(headline(c) + QStringLiteral("\n") + c.title), 3000)},
            {QStringLiteral("blocks"), blocks}};
}
