#pragma once

#include "audience.h"
#include "localizedtext.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

enum class ChannelKind { Slack, Mattermost, Teams, Discord, Generic };

namespace ChannelKinds {
QString key(ChannelKind k);   // "slack", "mattermost", "teams", "discord", "generic"
QString label(ChannelKind k); // translated
std::optional<ChannelKind> parse(const QString& key);
QList<ChannelKind> all();
} // namespace ChannelKinds

// A webhook destination. The secret is write-only for users: listings carry only hasSecret.
struct Channel
{
    qint64 id = 0;
    QString name;
    ChannelKind kind = ChannelKind::Slack;
    QUrl url;
    QString secret; // filled only for the dispatcher; never shown, logged or exported
    bool hasSecret = false;
    bool enabled = true;
    Audience audience = Audience::Responders;
    bool useInDrills = false;
    QString disabledReason;         // as shown: in the language installed when it was read
    LocalizedText disabledReasonIn; // both languages; empty before migration 0072
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What a user sets on a channel. An empty secret with keepSecret leaves the stored one as it is.
struct ChannelDraft
{
    QString name;
    ChannelKind kind = ChannelKind::Slack;
    QString url;
    QString secret;
    bool keepSecret = true;
    bool enabled = true;
    Audience audience = Audience::Responders;
    bool useInDrills = false;
};

namespace Channels {
constexpr int maxNameLength = 80;
// HTTPS is required, except for loopback addresses (local relays, tests).
bool isAllowedUrl(const QUrl& url);
bool isLoopback(const QUrl& url);
// A URL with its path and query hidden: webhook URLs often carry a token, so listings show only the host.
QString maskedUrl(const QUrl& url);
} // namespace Channels
