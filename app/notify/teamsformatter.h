#pragma once

#include "messageformatter.h"

// Microsoft Teams Workflows webhook: a message whose attachment is an Adaptive Card 1.4.
class TeamsFormatter final : public MessageFormatter
{
public:
    QJsonObject payload(const NotificationContent& content, const QString& eventId) const override;
};
