#include "localizedtext.h"

#include <QCoreApplication>

QString LocalizedText::in(const QString& language) const
{
    const bool japanese = language == QLatin1String("ja");
    const QString& wanted = japanese ? ja : en;
    const QString& other = japanese ? en : ja;
    return wanted.trimmed().isEmpty() ? other : wanted;
}

QString LocalizedText::current() const
{
    return in(currentLanguage());
}

QString LocalizedText::currentLanguage()
{
    // The Japanese catalogue translates this code to "ja"; any other (or none) leaves "en".
    const QString code =
        QCoreApplication::translate("LocalizedText", "en", "language code of this translation");
    return code == QStringLiteral("ja") ? code : QStringLiteral("en");
}
