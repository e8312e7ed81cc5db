#include "mattermostformatter.h"

#include <QJsonArray>

QJsonObject MattermostFormatter::payload(const NotificationContent& c, const QString&) const
{
    QJsonArray fields;
    for (const Fact& f : facts(c))
        fields << QJsonObject{{QStringLiteral("short"), true},
                              {QStringLiteral("title"), withoutMassMentions(f.label)},
                              {QStringLiteral("value"), withoutMassMentions(f.value)}};
    const QJsonObject attachment{
        {QStringLiteral("fallback"), withoutMassMentions(clip(headline(c), 300))},
        {QStringLiteral("color"), QStringLiteral("#%1").arg(accentColor(c), 6, 16, QLatin1Char('0'))},
        {QStringLiteral("footer"), withoutMassMentions(headline(c))},
        {QStringLiteral("fields"), fields},
    };
    const QString text = QStringLiteral("#### ") + withoutMassMentions(c.title) + QStringLiteral("\n") +
                         markdownBold(withoutMassMentions(c.text));
    return {{QStringLiteral("text"), clip(text, 16000)},
            {QStringLiteral("attachments"), QJsonArray{attachment}}};
}
