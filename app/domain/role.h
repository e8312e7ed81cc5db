#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One role of the incident command structure (SRE book ch. 14, ICS). The built-in roles carry their
// English name and duty as translation sources; a team's custom roles carry both languages themselves.
struct RoleDefinition
{
    QString key;    // stable, stored: "commander", "operations", or a custom key such as "db-sme"
    QString name;   // English (source text for the built-ins)
    QString nameJa; // custom roles only; built-ins are translated
    QString duty;
    QString dutyJa;
    bool builtin = false;
    bool core = false; // always on the board: commander, operations, communications, planning

    QString displayName() const; // in the current UI language
    QString displayDuty() const;
};

namespace Roles {
inline const QString commander = QStringLiteral("commander");
inline const QString operations = QStringLiteral("operations");
inline const QString communications = QStringLiteral("communications");
inline const QString planning = QStringLiteral("planning");
inline const QString deputy = QStringLiteral("deputy");

QList<RoleDefinition> builtins(); // board order
std::optional<RoleDefinition> builtin(const QString& key);
QStringList builtinKeys();
// Keys of custom roles: a lower-case letter, then letters, digits or '-', at most 32 characters.
bool isValidCustomKey(const QString& key);
// Trimmed, lower case, and the timeline's short keys ("ic", "ops", "comms") read as the board's keys.
QString normalizeKey(const QString& key);
// The key the timeline stores for entries written in this role (EntryRoles: "ic", "ops" …); empty for
// custom roles, which the timeline does not know.
QString timelineKey(const QString& roleKey);
} // namespace Roles
