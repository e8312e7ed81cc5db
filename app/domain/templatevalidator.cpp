#include "templatevalidator.h"

#include "checklistitem.h"
#include "checklistrole.h"
#include "checklisttemplate.h"

#include <QCoreApplication>

namespace {
struct TemplateRules
{
    Q_DECLARE_TR_FUNCTIONS(TemplateRules)
};

std::optional<QString> textIssue(const QString& text, int maxLength, bool japanese)
{
    if (text.trimmed().isEmpty())
        return japanese ? TemplateRules::tr(
                              "The Japanese text is missing; every text is needed in both languages.")
                        : TemplateRules::tr(
                              "The English text is missing; every text is needed in both languages.");
    if (text.size() > maxLength)
        return TemplateRules::tr("The text is too long (%1 characters; at most %2).")
            .arg(text.size())
            .arg(maxLength);
    return std::nullopt;
}

QString fieldName(const QString& field)
{
    if (field == QLatin1String("text.en") || field == QLatin1String("name.en"))
        return TemplateRules::tr("English text");
    if (field == QLatin1String("text.ja") || field == QLatin1String("name.ja"))
        return TemplateRules::tr("Japanese text");
    if (field == QLatin1String("role"))
        return TemplateRules::tr("owner role");
    if (field == QLatin1String("timebox_minutes"))
        return TemplateRules::tr("time box");
    if (field == QLatin1String("phase"))
        return TemplateRules::tr("phase");
    return field;
}
} // namespace

std::optional<TemplateIssue> TemplateValidator::firstIssue(const ChecklistTemplate& t)
{
    if (!ChecklistTemplates::isValidKey(t.key))
        return TemplateIssue{
            -1, QStringLiteral("key"),
            TemplateRules::tr("\"%1\" is not a valid template key: use 1 to 40 lowercase letters, "
                              "digits, '-' or '_'.")
                .arg(t.key.left(60))};
    if (auto m = textIssue(t.name.en, ChecklistTemplates::maxNameLength, false))
        return TemplateIssue{-1, QStringLiteral("name.en"), *m};
    if (auto m = textIssue(t.name.ja, ChecklistTemplates::maxNameLength, true))
        return TemplateIssue{-1, QStringLiteral("name.ja"), *m};
    if (t.items.isEmpty())
        return TemplateIssue{-1, QStringLiteral("items"),
                             TemplateRules::tr("A template needs at least one item.")};
    if (t.items.size() > ChecklistTemplates::maxItems)
        return TemplateIssue{-1, QStringLiteral("items"),
                             TemplateRules::tr("A template holds at most %1 items (this one has %2).")
                                 .arg(ChecklistTemplates::maxItems)
                                 .arg(t.items.size())};
    for (int i = 0; i < t.items.size(); ++i) {
        const TemplateItem& item = t.items.at(i);
        if (auto m = textIssue(item.text.en, Checklists::maxTextLength, false))
            return TemplateIssue{i, QStringLiteral("text.en"), *m};
        if (auto m = textIssue(item.text.ja, Checklists::maxTextLength, true))
            return TemplateIssue{i, QStringLiteral("text.ja"), *m};
        if (!ChecklistRoles::isValidKey(item.roleKey))
            return TemplateIssue{
                i, QStringLiteral("role"),
                TemplateRules::tr("Unknown role \"%1\". Use one of %2, or custom:<name>.")
                    .arg(item.roleKey.left(60), ChecklistRoles::builtinKeys().join(QStringLiteral(", ")))};
        if (item.timeBoxMinutes < 0 || item.timeBoxMinutes > Checklists::maxTimeBoxMinutes)
            return TemplateIssue{
                i, QStringLiteral("timebox_minutes"),
                TemplateRules::tr("The time box must be between 1 and %1 minutes, or absent.")
                    .arg(Checklists::maxTimeBoxMinutes)};
    }
    return std::nullopt;
}

QString TemplateValidator::jsonPath(const TemplateIssue& issue)
{
    QString path = QStringLiteral("$");
    if (issue.item >= 0)
        path += QStringLiteral(".items[%1]").arg(issue.item);
    if (!issue.field.isEmpty())
        path += QLatin1Char('.') + issue.field;
    return path;
}

QString TemplateValidator::describe(const TemplateIssue& issue)
{
    if (issue.item < 0)
        return issue.field == QLatin1String("items") || issue.field == QLatin1String("key")
                   ? issue.message
                   : TemplateRules::tr("Template name, %1: %2").arg(fieldName(issue.field), issue.message);
    return TemplateRules::tr("Item %1, %2: %3")
        .arg(issue.item + 1)
        .arg(fieldName(issue.field), issue.message);
}
