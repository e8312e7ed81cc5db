#pragma once

#include "result.h"

#include <QHash>
#include <QString>
#include <QStringList>

// {{placeholder}} expansion. An unknown name is an error that names it, so nothing goes out with a
// literal "{{incident.titel}}" in it.
namespace TemplateEngine {
QStringList placeholders(const QString& text); // the names used, in order, without duplicates
Result<QString> expand(const QString& text, const QHash<QString, QString>& values);
// The names expand() knows, for help texts and validation of team templates.
QStringList knownNames();
} // namespace TemplateEngine
