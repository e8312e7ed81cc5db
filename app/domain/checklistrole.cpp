#include "checklistrole.h"

#include <QRegularExpression>

namespace {
struct RoleInfo
{
    const char* key;
    const char* en;
    const char* ja; // UTF-8
};

// Names in both languages as data: an item made for one role ("find help for the Operations lead") must
// carry both texts whatever the current UI language is. The Japanese names are the role board's (Roles
// context), so a role reads the same in every part of the product.
const RoleInfo kRoles[] = {
    {"commander", "Incident Commander", "インシデントコマンダー"},
    {"operations", "Operations lead", "運用リード"},
    {"communications", "Communications lead", "広報リード"},
    {"planning", "Planning lead", "計画リード"},
    {"scribe", "Scribe", "記録係"},
    {"deputy", "Deputy / Next IC", "副指揮官 / 次の IC"},
    {"liaison", "Liaison", "連絡調整役"},
    {"sme", "Subject-matter expert", "専門家 (SME)"},
};

const QLatin1String kCustomPrefix("custom:");
} // namespace

QStringList ChecklistRoles::builtinKeys()
{
    QStringList keys;
    for (const RoleInfo& r : kRoles)
        keys << QString::fromLatin1(r.key);
    return keys;
}

bool ChecklistRoles::isValidKey(const QString& key)
{
    if (key.isEmpty() || builtinKeys().contains(key))
        return true;
    static const QRegularExpression custom(QStringLiteral("^custom:[a-z0-9][a-z0-9_-]{0,39}$"));
    return custom.match(key).hasMatch();
}

LocalizedText ChecklistRoles::name(const QString& key)
{
    for (const RoleInfo& r : kRoles)
        if (key == QLatin1String(r.key))
            return {QString::fromUtf8(r.en), QString::fromUtf8(r.ja)};
    const QString shown = key.startsWith(kCustomPrefix) ? key.mid(kCustomPrefix.size()) : key;
    return {shown, shown};
}

QString ChecklistRoles::label(const QString& key)
{
    return name(key).current();
}
