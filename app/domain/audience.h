#pragma once

#include <QList>
#include <QString>

#include <optional>

// Who an update is written for; each audience has its own template, tone and cadence.
enum class Audience { Responders, Executives, Customers };

namespace Audiences {
QString key(Audience a);   // stored: "responders"
QString label(Audience a); // translated
const char* labelSource(Audience a); // its QT_TRANSLATE_NOOP source (context "Audience")
std::optional<Audience> parse(const QString& key);
QList<Audience> all();
} // namespace Audiences

// The language of a message: Japanese, English, or both in one message (Japanese first).
enum class MessageLanguage { Japanese, English, Both };

namespace MessageLanguages {
QString key(MessageLanguage l); // "ja", "en", "both"
QString label(MessageLanguage l);
std::optional<MessageLanguage> parse(const QString& key);
QList<MessageLanguage> all();
} // namespace MessageLanguages
