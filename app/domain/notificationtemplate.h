#pragma once

#include "audience.h"

#include <QString>

// A message template in one language. Bundled ones ship in resources/templates/notifications/; a team's
// own template with the same key and language takes their place.
struct NotificationTemplate
{
    QString key;      // "can_report", "executive_summary", …
    QString language; // "ja" or "en"
    QString name;
    Audience audience = Audience::Responders;
    QString title;
    QString body;
    bool bundled = true;
};
