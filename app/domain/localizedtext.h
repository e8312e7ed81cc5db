#pragma once

#include <QString>

// A text in both product languages: checklist items and templates, drill scenario texts. The view picks the
// one of the current UI language and falls back to the other when one is missing.
struct LocalizedText
{
    QString en;
    QString ja;

    // The text in `language` ("ja" or "en"; anything else means English); falls back to the other language
    // when this one is blank.
    QString in(const QString& language) const;
    // The text in the interface language installed now (follows a run-time language switch).
    QString current() const;
    bool isEmpty() const { return en.isEmpty() && ja.isEmpty(); }
    bool operator==(const LocalizedText& o) const { return en == o.en && ja == o.ja; }

    // "ja" or "en": the language of the translators installed right now.
    static QString currentLanguage();
};
