#include "discordformatter.h"

#include <QJsonArray>

QJsonObject DiscordFormatter::payload(const NotificationContent& c, const QString&) const
{
    QJsonArray fields;
    for (const Fact& f : facts(c))
        fields << QJsonObject{{QStringLiteral("name"), clip(withoutMassMentions(f.label), 256)},
                              {QStringLiteral("value"), clip(withoutMassMentions(f.value), 1024)},
                              {QStringLiteral("inline"), true}};
    const QJsonObject embed{
        {QStringLiteral("title"), clip(withoutMassMentions(c.title), 256)},
        {QStringLiteral("description"), clip(markdownBold(withoutMassMentions(c.text)), 4096)},
        {QStringLiteral("color"), accentColor(c)},
        {QStringLiteral("fields"), fields},
        {QStringLiteral("footer"),
         QJsonObject{{QStringLiteral("text"), clip(withoutMassMentions(headline(c)), 2048)}}},
        {QStringLiteral("timestamp"), c.time.toUTC().toString(Qt::ISODate)},
    };
    // Belt and braces: the text is defused and Discord is told to parse no mention at all.
    return {{QStringLiteral("content"), clip(withoutMassMentions(headline(c)), 2000)},
            {QStringLiteral("embeds"), QJsonArray{embed}},
            {QStringLiteral("allowed_mentions"), QJsonObject{{QStringLiteral("parse"), QJsonArray{}}}}};
}
