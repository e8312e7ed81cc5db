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
// carry both texts whatever the current UI language is. Japanese follows the SRE book's translation.
const RoleInfo kRoles[] = {
    {"commander", "Incident Commander", "インシデント指揮者"},
    {"operations", "Operations lead", "実行作業リーダー"},
    {"communications", "Communications lead", "コミュニケーション担当"},
    {"planning", "Planning lead", "計画担当"},
    {"scribe", "Scribe", "記録係"},
    {"deputy", "Deputy / Next IC", "副指揮者（次の指揮者）"},
    {"liaison", "Liaison", "連絡調整担当"},
    {"sme", "Subject-matter expert", "専門家（SME）"},
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
