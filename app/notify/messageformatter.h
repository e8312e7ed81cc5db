#pragma once

#include "domain/channel.h"
#include "domain/notificationcontent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <memory>

// Lays an update out as one channel kind expects it. The body is made once, when the message is queued,
// and sent unchanged on every attempt; only the signature headers are made per attempt.
class MessageFormatter
{
public:
    virtual ~MessageFormatter() = default;
    virtual QString contentType() const { return QStringLiteral("application/json"); }
    virtual QJsonObject payload(const NotificationContent& content, const QString& eventId) const = 0;
    QByteArray render(const NotificationContent& content, const QString& eventId) const;

    static std::unique_ptr<MessageFormatter> forKind(ChannelKind kind);
    // What a person reads, without markup: the local sink and the outbox view show this.
    static QString plainText(const NotificationContent& content);

protected:
    struct Fact
    {
        QString label;
        QString value;
    };
    static QList<Fact> facts(const NotificationContent& content);
    // "[DRILL] INC-2026-0001 SEV1 · title"
    static QString headline(const NotificationContent& content);
    // RGB of the colour bar: severity, green once resolved, purple for drills.
    static int accentColor(const NotificationContent& content);
    static QString clip(const QString& text, int maxChars);
    // "@everyone", "@here", "@channel", "@all" lose their power (a zero-width space after the @), and so do
    // the bracketed forms "<!here>", "<!subteam^…>", "<@U…>" (a zero-width space after the <).
    static QString withoutMassMentions(const QString& text);
    // Templates mark bold the Slack way (*bold*); Markdown destinations (Mattermost, Teams, Discord) need
    // **bold**, since a single asterisk is italic there.
    static QString markdownBold(const QString& text);
};
