#include "incident.h"

QString Incidents::codeFor(bool drill, int year, int sequence)
{
    return QStringLiteral("%1-%2-%3")
        .arg(drill ? QStringLiteral("DRILL") : QStringLiteral("INC"))
        .arg(year)
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

QString Incidents::excerpt(const QString& text, int length)
{
    return text.size() <= length ? text : text.left(length) + QStringLiteral("…");
}
