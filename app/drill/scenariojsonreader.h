#pragma once

#include "domain/localizedtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// Typed, bounded reads from a JSON object that remember the first problem with its JSON path
// ("$.injects[2].at: …"). Every read after the first failure is a no-op returning false, so a parser can
// chain reads and check once.
class ScenarioJsonReader final
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioJsonReader)

public:
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    bool fail(const QString& path, const QString& reason);

    // Rejects keys outside `required` + `optional` and missing required keys.
    bool keys(const QJsonObject& o, const QString& path, const QStringList& required,
              const QStringList& optional);
    bool object(const QJsonObject& o, const QString& path, const QString& key, QJsonObject* out);
    bool array(const QJsonObject& o, const QString& path, const QString& key, int maxItems, QJsonArray* out);
    // A string of 1..maxChars characters (0..maxChars when allowEmpty).
    bool string(const QJsonValue& v, const QString& path, int maxChars, QString* out,
                bool allowEmpty = false);
    bool identifier(const QJsonValue& v, const QString& path, QString* out);
    bool oneOf(const QJsonValue& v, const QString& path, const QStringList& allowed, QString* out);
    // {"en": "...", "ja": "..."}, both present and non-empty.
    bool text(const QJsonValue& v, const QString& path, int maxChars, LocalizedText* out);
    // A name: {"en": "...", "ja": "..."} like text(), or one plain string used in both languages (the
    // format before names were bilingual, still accepted in scenario files people wrote).
    bool name(const QJsonValue& v, const QString& path, int maxChars, LocalizedText* out);
    bool number(const QJsonValue& v, const QString& path, double min, double max, double* out);
    bool integer(const QJsonValue& v, const QString& path, int min, int max, int* out);
    // "T+1h30m", "20m", "90s": a duration of at most maxMs.
    bool duration(const QJsonValue& v, const QString& path, qint64 maxMs, qint64* out);

    static QString member(const QString& path, const QString& key) { return path + QLatin1Char('.') + key; }
    static QString index(const QString& path, int i) { return path + QStringLiteral("[%1]").arg(i); }
    // Parses the duration grammar above; -1 when the text does not match.
    static qint64 parseDuration(const QString& text);
    static QString formatDuration(qint64 ms); // "T+1h05m" style without the "T+"
    struct Clock
    {
        qint64 hours, minutes, seconds;
    };
    static Clock split(qint64 ms); // whole hours, minutes and seconds of a duration (0 when negative)

private:
    QString m_error;
};
