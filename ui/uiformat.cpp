#include "uiformat.h"

#include "domain/severity.h"

#include <QCoreApplication>
#include <QLocale>

QString UiFormat::utcTime(const QDateTime& local, const QDateTime& utc)
{
    return utc.toString(local.date() == utc.date() ? QStringLiteral("HH:mm") : QStringLiteral("MM-dd HH:mm"));
}

QString UiFormat::dateTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = utc.toLocalTime();
    return QCoreApplication::translate("UiFormat", "%1 (%2 UTC)")
        .arg(QLocale().toString(local, QLocale::ShortFormat), utcTime(local, utc.toUTC()));
}

QString UiFormat::dateTimeShort(const QDateTime& utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QColor UiFormat::severityColor(Severity s)
{
    switch (s) {
    case Severity::Sev1: return QColor(0xc6, 0x28, 0x28);
    case Severity::Sev2: return QColor(0xef, 0x6c, 0x00);
    case Severity::Sev3: return QColor(0xf9, 0xa8, 0x25);
    case Severity::Sev4: return QColor(0x55, 0x8b, 0x2f);
    }
    return {};
}
