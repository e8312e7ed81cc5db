#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

enum class Severity;

namespace UiFormat {
// Local date and time in the UI language's format, with the UTC time beside it.
QString dateTime(const QDateTime& utc);
QString dateTimeShort(const QDateTime& utc);
QColor severityColor(Severity s);
} // namespace UiFormat
