#pragma once

#include "messageformatter.h"

// Slack incoming webhook: a plain-text fallback in "text" and Block Kit "blocks" (header, section, fields).
// Text is escaped (&, <, >), so "<!channel>" cannot be smuggled in.
class SlackFormatter final : public MessageFormatter
{
public:
    QJsonObject payload(const NotificationContent& content, const QString& eventId) const override;
};
