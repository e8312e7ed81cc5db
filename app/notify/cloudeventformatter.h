#pragma once

#include "messageformatter.h"

// Generic JSON: a CloudEvents 1.0 event in structured mode (application/cloudevents+json). The dispatcher
// signs it per Standard Webhooks.
class CloudEventFormatter final : public MessageFormatter
{
public:
    QString contentType() const override;
    QJsonObject payload(const NotificationContent& content, const QString& eventId) const override;
};
