#pragma once

#include <QString>
#include <QStringList>

// Someone on the roster: who they are and how to reach them during an incident.
struct Person
{
    qint64 id = 0;
    QString name;
    QString handle; // chat handle, unique when set ("alice" for @alice)
    QString phone;
    QString email;
    QString team;
    QStringList languages; // "ja", "en" …
    QStringList skills;

    // "@alice · +81 90 1234 5678 · alice@example.com": the ways to reach them that are known.
    QString reachText() const;
    // "Alice Smith (@alice)"
    QString label() const;
    // Whether a user name (the login, IC_USER, --as, a timeline author) names this person: their handle or
    // their name, ignoring case.
    bool isUser(const QString& userName) const;
};

namespace People {
constexpr int maxNameLength = 120;
constexpr int maxFieldLength = 300; // phone, e-mail, team, and the joined languages and skills
constexpr qint64 maxCsvBytes = 4 * 1024 * 1024; // a roster file to import
// Handles are stored without a leading '@'.
QString normalizeHandle(const QString& handle);
// Splits "ja; en" or "ja, en" into trimmed, non-empty parts.
QStringList splitList(const QString& text);
} // namespace People
