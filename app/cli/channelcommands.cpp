#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "notify/webhooksignature.h"
#include "outboxflush.h"
#include "services/channelservice.h"
#include "services/notificationservice.h"
#include "services/outboxservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct ChannelCommands
{
    Q_DECLARE_TR_FUNCTIONS(ChannelCommands)
};

// Never the secret, never the full URL (webhook URLs carry tokens).
QJsonObject toJson(const Channel& c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("name"), c.name},
        {QStringLiteral("kind"), ChannelKinds::key(c.kind)},
        {QStringLiteral("url"), Channels::maskedUrl(c.url)},
        {QStringLiteral("enabled"), c.enabled},
        {QStringLiteral("audience"), Audiences::key(c.audience)},
        {QStringLiteral("use_in_drills"), c.useInDrills},
        {QStringLiteral("has_secret"), c.hasSecret},
        {QStringLiteral("disabled_reason"), c.disabledReason},
    };
}

QString names(const QStringList& keys)
{
    return keys.join(QLatin1Char('|'));
}

// Sets *audience from --audience when given; false, after a usage error, when the value is unknown.
bool takeAudience(const CliContext& ctx, const CliArgs& a, Audience* audience)
{
    if (!a.isSet(QStringLiteral("audience")))
        return true;
    const auto parsed = Audiences::parse(a.value(QStringLiteral("audience")));
    if (!parsed) {
        ctx.usageError(ChannelCommands::tr("--audience must be responders, executives or customers."));
        return false;
    }
    *audience = *parsed;
    return true;
}

int add(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("channel add NAME --kind KIND --url URL [--secret S] [--audience A] [--drill]"),
              {{QStringLiteral("kind"), {}, QStringLiteral("KIND")},
               {QStringLiteral("url"), {}, QStringLiteral("URL")},
               {QStringLiteral("secret"), {}, QStringLiteral("S")},
               {QStringLiteral("audience"), {}, QStringLiteral("A")},
               {QStringLiteral("drill"), {}}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    ChannelDraft d;
    d.name = a.positional().at(0);
    QStringList kinds;
    for (ChannelKind k : ChannelKinds::all())
        kinds << ChannelKinds::key(k);
    const auto kind = ChannelKinds::parse(a.value(QStringLiteral("kind")));
    if (!kind)
        return ctx.usageError(ChannelCommands::tr("--kind must be one of %1.").arg(names(kinds)));
    d.kind = *kind;
    d.url = a.value(QStringLiteral("url"));
    if (!takeAudience(ctx, a, &d.audience))
        return CliContext::Usage;
    d.useInDrills = a.isSet(QStringLiteral("drill"));
    d.secret = a.value(QStringLiteral("secret"));
    const bool generated = d.kind == ChannelKind::Generic && d.secret.isEmpty();
    if (generated)
        d.secret = WebhookSignature::generateSecret();
    const auto saved = ctx.core.channels().add(d);
    if (!saved)
        return ctx.failWith(saved.error());
    if (ctx.json) {
        QJsonObject o = toJson(saved.value());
        if (generated)
            o.insert(QStringLiteral("generated_secret"), d.secret);
        ctx.printJson(o);
    } else {
        ctx.out << saved->id << Qt::endl;
        if (generated)
            ctx.out
                << ChannelCommands::tr("Signing secret for the receiver (shown only now): %1").arg(d.secret)
                << Qt::endl;
    }
    return CliContext::Ok;
}

QString editSynopsis()
{
    return QStringLiteral("channel edit NAME [--url URL] [--secret S|--no-secret] [--audience A] "
                          "[--enable|--disable] [--drill|--no-drill] [--rename NEW]");
}

// What the channel dialog saves: options not given keep the channel's current values. The secret is
// write-only here too: it may be replaced or removed, never printed.
int edit(CliContext& ctx, const QStringList& args)
{
    CliArgs a(editSynopsis(), {{QStringLiteral("url"), {}, QStringLiteral("URL")},
                               {QStringLiteral("secret"), {}, QStringLiteral("S")},
                               {QStringLiteral("no-secret"), {}},
                               {QStringLiteral("audience"), {}, QStringLiteral("A")},
                               {QStringLiteral("enable"), {}},
                               {QStringLiteral("disable"), {}},
                               {QStringLiteral("drill"), {}},
                               {QStringLiteral("no-drill"), {}},
                               {QStringLiteral("rename"), {}, QStringLiteral("NEW")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const auto pair = [&](const char* yes, const char* no) {
        return a.isSet(QLatin1String(yes)) && a.isSet(QLatin1String(no));
    };
    if (pair("secret", "no-secret") || pair("enable", "disable") || pair("drill", "no-drill"))
        return ctx.usageError(
            ChannelCommands::tr("--secret and --no-secret, --enable and --disable, --drill and --no-drill "
                                "exclude each other."));
    const auto c = ctx.core.channels().find(a.positional().at(0));
    if (!c)
        return ctx.failWith(c.error());
    ChannelDraft d;
    d.name = a.isSet(QStringLiteral("rename")) ? a.value(QStringLiteral("rename")) : c->name;
    d.kind = c->kind;
    d.url = a.isSet(QStringLiteral("url")) ? a.value(QStringLiteral("url")) : c->url.toString();
    d.audience = c->audience;
    if (!takeAudience(ctx, a, &d.audience))
        return CliContext::Usage;
    d.enabled = a.isSet(QStringLiteral("enable")) || (c->enabled && !a.isSet(QStringLiteral("disable")));
    d.useInDrills =
        a.isSet(QStringLiteral("drill")) || (c->useInDrills && !a.isSet(QStringLiteral("no-drill")));
    d.secret = a.value(QStringLiteral("secret")).trimmed();
    if (a.isSet(QStringLiteral("secret")) && d.secret.isEmpty())
        return ctx.usageError(
            ChannelCommands::tr("--secret needs a value; use --no-secret to remove the secret."));
    d.keepSecret = !a.isSet(QStringLiteral("no-secret")) && d.secret.isEmpty();
    const auto saved = ctx.core.channels().update(c->id, d);
    if (!saved)
        return ctx.failWith(saved.error());
    if (ctx.json)
        ctx.printJson(toJson(saved.value()));
    return CliContext::Ok;
}

int list(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("channel list"), {});
    if (!a.parse(ctx, args, 0, 0))
        return CliContext::Usage;
    const auto channels = ctx.core.channels().list();
    if (!channels)
        return ctx.failWith(channels.error());
    QJsonArray arr;
    for (const Channel& c : channels.value()) {
        if (ctx.json) {
            arr << toJson(c);
            continue;
        }
        QStringList flags;
        flags << (c.enabled ? ChannelCommands::tr("enabled") : ChannelCommands::tr("disabled"));
        if (c.useInDrills)
            flags << ChannelCommands::tr("drills");
        flags << (c.hasSecret ? ChannelCommands::tr("secret: set") : ChannelCommands::tr("secret: none"));
        ctx.out << c.id << '\t' << c.name << '\t' << ChannelKinds::key(c.kind) << '\t'
                << Channels::maskedUrl(c.url) << '\t' << Audiences::key(c.audience) << '\t'
                << flags.join(ChannelCommands::tr(", ", "separator between the flags of a channel"));
        if (!c.disabledReason.isEmpty())
            ctx.out << '\t' << c.disabledReason;
        ctx.out << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(arr);
    return CliContext::Ok;
}

int removeChannel(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("channel remove NAME"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const auto c = ctx.core.channels().find(a.positional().at(0));
    if (!c)
        return ctx.failWith(c.error());
    if (Status s = ctx.core.channels().remove(c->id); !s)
        return ctx.failWith(s.error());
    return CliContext::Ok;
}

int test(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("channel test NAME [--wait SECONDS]"),
              {{QStringLiteral("wait"), {}, QStringLiteral("SECONDS")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const auto c = ctx.core.channels().find(a.positional().at(0));
    if (!c)
        return ctx.failWith(c.error());
    const auto id = ctx.core.notifications().sendTest(c->id, ctx.core.userName());
    if (!id)
        return ctx.failWith(id.error());
    const OutboxFlush::Outcome run = OutboxFlush::run(ctx.core, a.value(QStringLiteral("wait")).toInt());
    if (!run.error.isEmpty())
        return ctx.failWith(run.error);
    if (!run.deliveredElsewhere.isEmpty()) {
        ctx.out << ChannelCommands::tr("Test message queued; %1 delivers it.").arg(run.deliveredElsewhere)
                << Qt::endl;
        return CliContext::Ok;
    }
    const auto m = ctx.core.outbox().get(id.value());
    if (!m)
        return ctx.failWith(m.error());
    if (m->state == OutboxState::Delivered) {
        ctx.out << ChannelCommands::tr("Test message delivered to %1.").arg(c->name) << Qt::endl;
        return CliContext::Ok;
    }
    return ctx.failWith(ChannelCommands::tr("Test message not delivered (%1): %2")
                            .arg(OutboxStates::label(m->state), m->lastError));
}
} // namespace

void registerChannelCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("channel add"),
          QStringLiteral(
              "channel add NAME --kind slack|mattermost|teams|discord|generic --url URL [--secret S] "
              "[--audience A] [--drill]"),
          QT_TRANSLATE_NOOP("Commands", "Add a webhook channel (HTTPS; plain HTTP only for this computer)."),
          add);
    r.add(QStringLiteral("channel list"), QStringLiteral("channel list"),
          QT_TRANSLATE_NOOP("Commands", "List channels (secrets and URL tokens are never shown)."), list);
    r.add(QStringLiteral("channel edit"), editSynopsis(),
          QT_TRANSLATE_NOOP("Commands", "Change a channel; options not given keep their values (secrets are "
                                        "never shown)."),
          edit);
    r.add(QStringLiteral("channel remove"), QStringLiteral("channel remove NAME"),
          QT_TRANSLATE_NOOP("Commands", "Remove a channel."), removeChannel);
    r.add(QStringLiteral("channel test"), QStringLiteral("channel test NAME [--wait SECONDS]"),
          QT_TRANSLATE_NOOP("Commands", "Send a test message to a channel now."), test);
}
