#include "messageformatter.h"

#include "cloudeventformatter.h"
#include "discordformatter.h"
#include "mattermostformatter.h"
#include "messagevocabulary.h"
#include "slackformatter.h"
#include "teamsformatter.h"

#include <QJsonDocument>
#include <QRegularExpression>

QByteArray MessageFormatter::render(const NotificationContent& content, const QString& eventId) const
{
    return QJsonDocument(payload(content, eventId)).toJson(QJsonDocument::Compact);
}

std::unique_ptr<MessageFormatter> MessageFormatter::forKind(ChannelKind kind)
{
    switch (kind) {
    case ChannelKind::Slack:
        return std::make_unique<SlackFormatter>();
    case ChannelKind::Mattermost:
        return std::make_unique<MattermostFormatter>();
    case ChannelKind::Teams:
        return std::make_unique<TeamsFormatter>();
    case ChannelKind::Discord:
        return std::make_unique<DiscordFormatter>();
    case ChannelKind::Generic:
        return std::make_unique<CloudEventFormatter>();
    }
    return std::make_unique<CloudEventFormatter>();
}

QString MessageFormatter::plainText(const NotificationContent& c)
{
    return headline(c) + QStringLiteral("\n") + c.title + QStringLiteral("\n\n") + c.text;
}

QList<MessageFormatter::Fact> MessageFormatter::facts(const NotificationContent& c)
{
    return {
        {MessageVocabulary::incident(c.language), c.incidentCode},
        {MessageVocabulary::severity(c.language), Severities::code(c.severity)},
        {MessageVocabulary::statusHeading(c.language), MessageVocabulary::status(c.status, c.language)},
    };
}

QString MessageFormatter::headline(const NotificationContent& c)
{
    QString line;
    if (c.drill)
        line += QStringLiteral("[") + MessageVocabulary::drill(c.language) + QStringLiteral("] ");
    line += c.incidentCode + QLatin1Char(' ') + Severities::code(c.severity) + QStringLiteral(" · ") +
            c.incidentTitle;
    return line;
}

int MessageFormatter::accentColor(const NotificationContent& c)
{
    if (c.drill)
        return 0x6a1b9a;
    if (!IncidentStatuses::isOpen(c.status))
        return 0x2e7d32;
    switch (c.severity) {
    case Severity::Sev1:
        return 0xd32f2f;
    case Severity::Sev2:
        return 0xf57c00;
    case Severity::Sev3:
        return 0xfbc02d;
    case Severity::Sev4:
        return 0x1976d2;
    }
    return 0x1976d2;
}

QString MessageFormatter::clip(const QString& text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars - 1) + QChar(0x2026);
}

QString MessageFormatter::withoutMassMentions(const QString& text)
{
    static const QRegularExpression mass(QStringLiteral("@(everyone|here|channel|all)\\b"),
                                         QRegularExpression::CaseInsensitiveOption);
    // Mattermost also honours Slack's forms: <!channel>, <!here>, <!all>, <!everyone>, <!subteam^ID> and
    // <@U123>; a zero-width space after the < leaves them as text.
    static const QRegularExpression slackForm(QStringLiteral("<([!@])"));
    QString out = text;
    out.replace(mass, QStringLiteral("@\u200b\\1"));
    out.replace(slackForm, QStringLiteral("<\u200b\\1"));
    return out;
}

QString MessageFormatter::markdownBold(const QString& text)
{
    static const QRegularExpression single(QStringLiteral("(?<![*\\w])\\*([^*\\n]+)\\*(?![*\\w])"));
    QString out = text;
    out.replace(single, QStringLiteral("**\\1**"));
    return out;
}
