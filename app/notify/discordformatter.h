#pragma once

#include "messageformatter.h"

// Discord webhook: "content" plus one embed, with allowed_mentions parsing nothing, so no mass or role
// mention fires.
class DiscordFormatter final : public MessageFormatter
{
public:
    QJsonObject payload(const NotificationContent& content, const QString& eventId) const override;
};
