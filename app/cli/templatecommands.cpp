#include "cliargs.h"
#include "filewrite.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "services/templateservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace {
struct TemplateCommands
{
    Q_DECLARE_TR_FUNCTIONS(TemplateCommands)
};

QJsonObject summaryJson(const ChecklistTemplate& t)
{
    return QJsonObject{
        {QStringLiteral("key"), t.key},
        {QStringLiteral("severity"), t.severity ? Severities::code(*t.severity) : QString()},
        {QStringLiteral("name"),
         QJsonObject{{QStringLiteral("en"), t.name.en}, {QStringLiteral("ja"), t.name.ja}}},
        {QStringLiteral("items"), int(t.items.size())},
        {QStringLiteral("revision"), t.revision},
        {QStringLiteral("built_in"), t.isBuiltIn()},
    };
}

int list(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("template list"), {});
    if (!a.parse(ctx, args, 0, 0))
        return CliContext::Usage;
    const auto templates = ctx.core.templates().list();
    if (!templates)
        return ctx.failWith(templates.error());
    QJsonArray arr;
    for (const ChecklistTemplate& t : templates.value()) {
        if (ctx.json) {
            arr << summaryJson(t);
            continue;
        }
        ctx.out << t.key << '\t' << (t.severity ? Severities::code(*t.severity) : QStringLiteral("-")) << '\t'
                << TemplateCommands::tr("%n item(s)", "", int(t.items.size())) << '\t'
                << (t.isBuiltIn()
                        ? TemplateCommands::tr("shipped default")
                        : TemplateCommands::tr("revision %1 by %2").arg(t.revision).arg(t.updatedBy))
                << '\t' << t.name.current() << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(arr);
    return CliContext::Ok;
}

int exportTemplate(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("template export KEY [--out FILE]"),
              {{QStringLiteral("out"), {}, QStringLiteral("FILE")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const auto json = ctx.core.templates().exportJson(a.positional().at(0));
    if (!json)
        return ctx.failWith(json.error());
    const QString path = a.value(QStringLiteral("out"));
    if (path.isEmpty()) {
        ctx.out << QString::fromUtf8(json.value());
        return CliContext::Ok;
    }
    if (Status s = FileWrite::atomically(path, json.value()); !s)
        return ctx.failWith(s.error());
    return CliContext::Ok;
}

int importTemplate(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("template import FILE"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const QString path = a.positional().at(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.failWith(TemplateCommands::tr("Could not read %1: %2").arg(path, file.errorString()));
    const auto saved = ctx.core.templates().importJson(file.read(2 * 1024 * 1024), ctx.core.userName());
    if (!saved)
        return ctx.failWith(TemplateCommands::tr("%1 was not imported. %2").arg(path, saved.error()));
    if (ctx.json)
        ctx.printJson(summaryJson(saved.value()));
    else
        ctx.out << TemplateCommands::tr("Imported template %1 (revision %2, %n item(s)).", "",
                                        int(saved->items.size()))
                       .arg(saved->key)
                       .arg(saved->revision)
                << Qt::endl;
    return CliContext::Ok;
}

// The editor's "Reset" does both: a shipped template returns to its default, a team's own is deleted.
// Here each word says which one the script means, so a typo in a key cannot delete a playbook.
int dropSaved(CliContext& ctx, const QStringList& args, bool shipped)
{
    CliArgs a(shipped ? QStringLiteral("template reset KEY") : QStringLiteral("template remove KEY"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const QString key = a.positional().at(0);
    const bool isShipped = TemplateService::shippedDefault(key).has_value();
    if (shipped && !isShipped && ctx.core.templates().get(key))
        return ctx.failWith(
            TemplateCommands::tr("\"%1\" is the team's own template, with no shipped default "
                                 "to return to; to delete it, use \"icctl template remove %1\".")
                .arg(key));
    if (!shipped && isShipped)
        return ctx.failWith(
            TemplateCommands::tr("\"%1\" is a shipped template and cannot be removed; \"icctl "
                                 "template reset %1\" returns it to its default.")
                .arg(key));
    if (Status s = ctx.core.templates().reset(key); !s)
        return ctx.failWith(s.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{
            {QStringLiteral("key"), key},
            {QStringLiteral("result"), shipped ? QStringLiteral("reset") : QStringLiteral("removed")}});
    else
        ctx.out << (shipped ? TemplateCommands::tr("Template %1 is the shipped default again.").arg(key)
                            : TemplateCommands::tr("Template %1 removed.").arg(key))
                << Qt::endl;
    return CliContext::Ok;
}
} // namespace

void registerTemplateCommands(CommandRegistry& r)
{
    r.add(
        QStringLiteral("template list"), QStringLiteral("template list"),
        QT_TRANSLATE_NOOP("Commands", "List the checklist templates (one per severity, and the team's own)."),
        list);
    r.add(QStringLiteral("template export"), QStringLiteral("template export KEY [--out FILE]"),
          QT_TRANSLATE_NOOP("Commands", "Write a checklist template as JSON."), exportTemplate);
    r.add(QStringLiteral("template import"), QStringLiteral("template import FILE"),
          QT_TRANSLATE_NOOP("Commands", "Import a checklist template from JSON; a bad file changes nothing."),
          importTemplate);
    r.add(QStringLiteral("template reset"), QStringLiteral("template reset KEY"),
          QT_TRANSLATE_NOOP("Commands", "Drop the team's version of a shipped template; its default applies "
                                        "again."),
          [](CliContext& ctx, const QStringList& args) { return dropSaved(ctx, args, true); });
    r.add(QStringLiteral("template remove"), QStringLiteral("template remove KEY"),
          QT_TRANSLATE_NOOP("Commands", "Delete one of the team's own templates (not a shipped one)."),
          [](CliContext& ctx, const QStringList& args) { return dropSaved(ctx, args, false); });
}
