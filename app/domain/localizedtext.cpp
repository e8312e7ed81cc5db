#include "localizedtext.h"

#include <QLocale>

QString LocalizedText::in(const QString& language) const
{
    const bool japanese = language == QLatin1String("ja");
    const QString& wanted = japanese ? ja : en;
    const QString& other = japanese ? en : ja;
    return wanted.trimmed().isEmpty() ? other : wanted;
}

QString LocalizedText::currentLanguage()
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString LocalizedText::current() const
{
    return in(currentLanguage());
}
