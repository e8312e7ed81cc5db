#pragma once

#include "domain/notificationtemplate.h"

#include <QList>

// The bundled templates, read from :/templates/notifications/*.json. Each file holds one template in both
// languages: {"key", "audience", "name": {"ja", "en"}, "title": {…}, "body": {…}}, body lines as an array.
namespace TemplateLibrary {
QList<NotificationTemplate> bundled();
} // namespace TemplateLibrary
