#pragma once

#include "messageformatter.h"

// Mattermost incoming webhook: Markdown "text" plus a Slack-style attachment with fields (Mattermost does not
// render Block Kit). Mass mentions are defused.
class MattermostFormatter final : public MessageFormatter
{
public:
    QJsonObject payload(const NotificationContent& content, const QString& eventId) const override;
};
