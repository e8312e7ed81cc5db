#include "localizedtext.h"

#include <QCoreApplication>

QString LocalizedText::in(const QString& lang) const
{
    if (lang == QStringLiteral("ja"))
        return ja.isEmpty() ? en : ja;
    return en.isEmpty() ? ja : en;
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
