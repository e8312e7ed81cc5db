#pragma once

#include <QString>

// A text written in both product languages. Checklist items and templates carry both, and the view
// picks the one of the current UI language, falling back to the other when one is missing.
struct LocalizedText
{
    QString en;
    QString ja;

    // "ja" or "en"; any other code means English.
    QString in(const QString& language) const;
    // The language of the current default QLocale (the Localizer sets it on every switch).
    QString current() const;
    static QString currentLanguage();
    bool operator==(const LocalizedText& o) const { return en == o.en && ja == o.ja; }
};
