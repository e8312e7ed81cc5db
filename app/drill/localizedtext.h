#pragma once

#include <QString>

// A piece of scenario text in both product languages. Scenario files must carry both.
struct LocalizedText
{
    QString en;
    QString ja;

    // The text in `lang` ("ja" or "en"); falls back to the other language when one is empty.
    QString in(const QString& lang) const;
    // The text in the interface language now installed (follows a run-time language switch).
    QString current() const;
    bool isEmpty() const { return en.isEmpty() && ja.isEmpty(); }

    // "ja" or "en": the language of the translators installed right now.
    static QString currentLanguage();
};
