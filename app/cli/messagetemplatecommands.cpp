#include "cliargs.h"
#include "fileread.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "services/notificationservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct MessageTemplateCommands
{
    Q_DECLARE_TR_FUNCTIONS(MessageTemplateCommands)
};

// --lang is icctl's global option; for templates it also names the template's language.
bool templateLanguage(CliContext& ctx, QString* language)
{
    *language = ctx.language.isEmpty() ? QStringLiteral("en") : ctx.language;
    if (*language == QStringLiteral("ja") || *language == QStringLiteral("en"))
        return true;
    ctx.usageError(MessageTemplateCommands::tr("A template is written in one language: --lang ja or --lang en."));
    return false;
}

int list(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("message-template list"), {});
    if (!a.parse(ctx, args, 0, 0))
        return CliContext::Usage;
    const auto templates = ctx.core.notifications().templates();
    if (!templates)
        return ctx.failWith(templates.error());
    QJsonArray arr;
    for (const NotificationTemplate& t : templates.value()) {
        const QString origin = t.bundled ? MessageTemplateCommands::tr("bundled") : MessageTemplateCommands::tr("team");
        if (ctx.json)
            arr << QJsonObject{{QStringLiteral("key"), t.key},
                               {QStringLiteral("language"), t.language},
                               {QStringLiteral("audience"), Audiences::key(t.audience)},
                               {QStringLiteral("name"), t.name},
                               {QStringLiteral("bundled"), t.bundled}};
        else
            ctx.out << t.key << '\t' << t.language << '\t' << Audiences::key(t.audience) << '\t' << origin
                    << '\t' << t.name << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(arr);
    return CliContext::Ok;
}

int show(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("message-template show KEY [--lang ja|en]"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    QString language;
    if (!templateLanguage(ctx, &language))
        return CliContext::Usage;
    const auto t = ctx.core.notifications().findTemplate(a.positional().at(0), language);
    if (!t)
        return ctx.failWith(t.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("key"), t->key},
                                  {QStringLiteral("language"), t->language},
                                  {QStringLiteral("title"), t->title},
                                  {QStringLiteral("body"), t->body}});
    else
        ctx.out << t->title << Qt::endl << Qt::endl << t->body << Qt::endl;
    return CliContext::Ok;
}

int set(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("message-template set KEY [--lang ja|en] [--audience A] [--name N] [--title T] "
                             "(--body TEXT | --body-file FILE)"),
              {{QStringLiteral("audience"), {}, QStringLiteral("A")},
               {QStringLiteral("name"), {}, QStringLiteral("N")},
               {QStringLiteral("title"), {}, QStringLiteral("T")},
               {QStringLiteral("body"), {}, QStringLiteral("TEXT")},
               {QStringLiteral("body-file"), {}, QStringLiteral("FILE")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    NotificationTemplate t;
    t.key = a.positional().at(0);
    if (!templateLanguage(ctx, &t.language))
        return CliContext::Usage;
    // Start from the template it replaces, so that only what is given changes.
    if (const auto existing = ctx.core.notifications().findTemplate(t.key, t.language); existing)
        t = existing.value();
    if (a.isSet(QStringLiteral("audience"))) {
        const auto audience = Audiences::parse(a.value(QStringLiteral("audience")));
        if (!audience)
            return ctx.usageError(
                MessageTemplateCommands::tr("--audience must be responders, executives or customers."));
        t.audience = *audience;
    }
    if (a.isSet(QStringLiteral("name")))
        t.name = a.value(QStringLiteral("name"));
    if (a.isSet(QStringLiteral("title")))
        t.title = a.value(QStringLiteral("title"));
    if (a.isSet(QStringLiteral("body")))
        t.body = a.value(QStringLiteral("body"));
    if (a.isSet(QStringLiteral("body-file"))) {
        const auto body = FileRead::upTo(a.value(QStringLiteral("body-file")), 256 * 1024);
        if (!body)
            return ctx.failWith(body.error());
        t.body = QString::fromUtf8(body.value());
    }
    if (Status s = ctx.core.notifications().saveTemplate(t); !s)
        return ctx.failWith(s.error());
    return CliContext::Ok;
}

int removeTemplate(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("message-template remove KEY [--lang ja|en]"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    QString language;
    if (!templateLanguage(ctx, &language))
        return CliContext::Usage;
    if (Status s = ctx.core.notifications().removeTemplate(a.positional().at(0), language); !s)
        return ctx.failWith(s.error());
    return CliContext::Ok;
}
} // namespace

void registerMessageTemplateCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("message-template list"), QStringLiteral("message-template list"),
          QT_TRANSLATE_NOOP("Commands", "List message templates (bundled and your team's)."), list);
    r.add(QStringLiteral("message-template show"), QStringLiteral("message-template show KEY [--lang ja|en]"),
          QT_TRANSLATE_NOOP("Commands", "Show a template with its placeholders."), show);
    r.add(
        QStringLiteral("message-template set"),
        QStringLiteral("message-template set KEY [--lang ja|en] [--audience A] [--name N] [--title T] "
                       "(--body TEXT | --body-file FILE)"),
        QT_TRANSLATE_NOOP(
            "Commands", "Add a team template, or replace a bundled one (checked for unknown placeholders)."),
        set);
    r.add(QStringLiteral("message-template remove"), QStringLiteral("message-template remove KEY [--lang ja|en]"),
          QT_TRANSLATE_NOOP("Commands", "Remove a team template (a bundled one with that key comes back)."),
          removeTemplate);
}
