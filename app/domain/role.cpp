#include "role.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace {
struct BuiltinText
{
    const char* key;
    const char* name;
    const char* duty;
    bool core;
};

// Duties paraphrase SRE book ch. 14 and the ICS roles, one or two lines each.
constexpr BuiltinText kBuiltins[] = {
    {"commander", QT_TRANSLATE_NOOP("Roles", "Incident Commander"),
     QT_TRANSLATE_NOOP("Roles",
                       "Holds every role not delegated. Sets objectives, assigns people and keeps the "
                       "incident document current."),
     true},
    {"operations", QT_TRANSLATE_NOOP("Roles", "Operations lead"),
     QT_TRANSLATE_NOOP("Roles", "Works with the IC to fix the problem. Only the Ops team changes the system "
                                "during the incident."),
     true},
    {"communications", QT_TRANSLATE_NOOP("Roles", "Communications lead"),
     QT_TRANSLATE_NOOP("Roles", "The public face of the response: sends periodic updates to responders, "
                                "stakeholders and customers."),
     true},
    {"planning", QT_TRANSLATE_NOOP("Roles", "Planning lead"),
     QT_TRANSLATE_NOOP("Roles",
                       "Supports Ops with the long view: files bugs, orders food, arranges handoffs, "
                       "records changes to revert later."),
     true},
    {"scribe", QT_TRANSLATE_NOOP("Roles", "Scribe"),
     QT_TRANSLATE_NOOP("Roles", "Writes the timeline as it happens: decisions, actions and observations, "
                                "with their times."),
     false},
    {"deputy", QT_TRANSLATE_NOOP("Roles", "Deputy / Next IC"),
     QT_TRANSLATE_NOOP("Roles", "Shadows the IC, ready to take command at the next handoff; covers when the "
                                "IC steps away."),
     false},
    {"liaison", QT_TRANSLATE_NOOP("Roles", "Liaison"),
     QT_TRANSLATE_NOOP("Roles", "Connects the response with other teams, vendors and partners: brings their "
                                "status in and our requests out."),
     false},
    {"sme", QT_TRANSLATE_NOOP("Roles", "Subject-matter expert"),
     QT_TRANSLATE_NOOP("Roles",
                       "Knows one system deeply; advises Ops and the IC, and changes nothing without "
                       "Ops."),
     false},
};

bool uiIsJapanese()
{
    return QLocale().language() == QLocale::Japanese;
}
} // namespace

QString RoleDefinition::displayName() const
{
    if (builtin)
        return QCoreApplication::translate("Roles", name.toUtf8().constData());
    return uiIsJapanese() && !nameJa.isEmpty() ? nameJa : name;
}

QString RoleDefinition::displayDuty() const
{
    if (builtin)
        return QCoreApplication::translate("Roles", duty.toUtf8().constData());
    return uiIsJapanese() && !dutyJa.isEmpty() ? dutyJa : duty;
}

QList<RoleDefinition> Roles::builtins()
{
    QList<RoleDefinition> list;
    for (const BuiltinText& b : kBuiltins) {
        RoleDefinition d;
        d.key = QString::fromLatin1(b.key);
        d.name = QString::fromLatin1(b.name);
        d.duty = QString::fromLatin1(b.duty);
        d.builtin = true;
        d.core = b.core;
        list << d;
    }
    return list;
}

std::optional<RoleDefinition> Roles::builtin(const QString& key)
{
    const QString k = normalizeKey(key);
    for (const RoleDefinition& d : builtins())
        if (d.key == k)
            return d;
    return std::nullopt;
}

QStringList Roles::builtinKeys()
{
    QStringList keys;
    for (const BuiltinText& b : kBuiltins)
        keys << QString::fromLatin1(b.key);
    return keys;
}

bool Roles::isValidCustomKey(const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9-]{0,31}$"));
    return pattern.match(key).hasMatch() && !builtin(key);
}

namespace {
// The timeline area (EntryRoles) shortened three of the board's keys.
constexpr std::pair<const char*, const char*> kTimelineKeys[] = {
    {"commander", "ic"}, {"operations", "ops"}, {"communications", "comms"}};
} // namespace

QString Roles::normalizeKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    for (const auto& [board, timeline] : kTimelineKeys)
        if (k == QLatin1String(timeline))
            return QString::fromLatin1(board);
    return k;
}

QString Roles::timelineKey(const QString& roleKey)
{
    const QString k = normalizeKey(roleKey);
    for (const auto& [board, timeline] : kTimelineKeys)
        if (k == QLatin1String(board))
            return QString::fromLatin1(timeline);
    return builtin(k) ? k : QString();
}
