#pragma once

#include <QColor>
#include <QDateTime>
#include <QString>

enum class Severity;

namespace UiFormat {
// Local date and time in the UI language's format, with the UTC time beside it ("09:05", or
// "11-28 23:05" when the UTC date is another day than the local one).
QString dateTime(const QDateTime& utc);
// The UTC part of such a time: "09:05", or "11-28 23:05" when UTC is on another day than `local`.
QString utcTime(const QDateTime& local, const QDateTime& utc);
QString dateTimeShort(const QDateTime& utc);
QColor severityColor(Severity s);
} // namespace UiFormat
