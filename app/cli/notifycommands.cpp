#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "domain/incident.h"
#include "outboxflush.h"
#include "services/channelservice.h"
#include "services/notificationservice.h"
#include "services/outboxservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct NotifyCommands
{
    Q_DECLARE_TR_FUNCTIONS(NotifyCommands)
};

QString defaultTemplate(Audience a)
{
    switch (a) {
    case Audience::Responders:
        return QStringLiteral("can_report");
    case Audience::Executives:
        return QStringLiteral("executive_summary");
    case Audience::Customers:
        return QStringLiteral("customer_update");
    }
    return {};
}

// The outbox's words for a state, with when and why where it matters.
QString describe(const OutboxMessage& m)
{
    switch (m.state) {
    case OutboxState::Retrying:
        return NotifyCommands::tr("retrying at %1").arg(CliContext::formatTime(m.nextAttemptAt));
    case OutboxState::Failed:
        return NotifyCommands::tr("failed: %1").arg(m.lastError);
    default:
        return OutboxStates::label(m.state);
    }
}

QJsonObject toJson(const OutboxMessage& m)
{
    return QJsonObject{
        {QStringLiteral("id"), m.id},
        {QStringLiteral("event_id"), m.eventId},
        {QStringLiteral("channel"), m.channelName},
        {QStringLiteral("incident_id"), m.incidentId},
        {QStringLiteral("purpose"), m.purpose},
        {QStringLiteral("state"), OutboxStates::key(m.state)},
        {QStringLiteral("attempts"), m.attempts},
        {QStringLiteral("next_attempt_at"), CliContext::isoUtc(m.nextAttemptAt)},
        {QStringLiteral("last_status"), m.lastStatus},
        {QStringLiteral("last_error"), m.lastError},
        {QStringLiteral("created_at"), CliContext::isoUtc(m.createdAt)},
        {QStringLiteral("delivered_at"), CliContext::isoUtc(m.deliveredAt)},
        {QStringLiteral("summary"), m.summary},
    };
}

int reportFlush(CliContext& ctx, const OutboxFlush::Outcome& run, bool queuedOnly = false)
{
    if (!run.error.isEmpty())
        return ctx.failWith(run.error);
    if (!run.deliveredElsewhere.isEmpty()) {
        ctx.err << NotifyCommands::tr(
                       "Another Incident Commander (%1) is delivering this outbox; the messages "
                       "are queued and go out from there.")
                       .arg(run.deliveredElsewhere)
                << Qt::endl;
        return queuedOnly ? CliContext::Ok : CliContext::Failed;
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("delivered"), run.delivered},
                                  {QStringLiteral("failed"), run.failed},
                                  {QStringLiteral("still_owed"), run.stillOwed},
                                  {QStringLiteral("next_retry_at"), CliContext::isoUtc(run.nextRetryAt)}});
    else
        ctx.out << NotifyCommands::tr("Delivered: %1, failed: %2, still owed: %3")
                       .arg(run.delivered)
                       .arg(run.failed)
                       .arg(run.stillOwed)
                << Qt::endl;
    if (run.stillOwed > 0) {
        ctx.err << NotifyCommands::tr(
                       "%n message(s) not delivered yet; run \"icctl outbox flush\" again later.", "",
                       run.stillOwed)
                << Qt::endl;
        return CliContext::Failed;
    }
    return CliContext::Ok;
}

// One synopsis for the usage error and for icctl --help (tst_icctl checks that help names every option).
QString notifySynopsis()
{
    return QStringLiteral("notify ID --channel NAME [--channel NAME…] [--template T] [--audience A] "
                          "[--lang ja|en|both] [--title TITLE] [--text TEXT] [--queue-only]");
}

int notify(CliContext& ctx, const QStringList& args)
{
    CliArgs a(notifySynopsis(),
              {{QStringLiteral("channel"), {}, QStringLiteral("NAME")},
               {QStringLiteral("template"), {}, QStringLiteral("T")},
               {QStringLiteral("audience"), {}, QStringLiteral("A")},
               {QStringLiteral("title"), {}, QStringLiteral("TITLE")},
               {QStringLiteral("text"), {}, QStringLiteral("TEXT")},
               {QStringLiteral("queue-only"), {}}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident incident;
    if (!ctx.resolveIncident(a.positional().at(0), &incident))
        return CliContext::Failed;
    const QStringList channelNames = a.values(QStringLiteral("channel"));
    if (channelNames.isEmpty())
        return ctx.usageError(NotifyCommands::tr("Name at least one --channel."));
    SendRequest r;
    r.incidentId = incident.id;
    r.author = ctx.core.userName();
    for (const QString& name : channelNames) {
        const auto c = ctx.core.channels().find(name);
        if (!c)
            return ctx.failWith(c.error());
        if (r.channelIds.isEmpty())
            r.audience = c->audience;
        r.channelIds << c->id;
    }
    if (a.isSet(QStringLiteral("audience"))) {
        const auto audience = Audiences::parse(a.value(QStringLiteral("audience")));
        if (!audience)
            return ctx.usageError(
                NotifyCommands::tr("--audience must be responders, executives or customers."));
        r.audience = *audience;
    }
    // --lang is a global option (it also sets icctl's own language); here it names the message's.
    const auto language =
        MessageLanguages::parse(ctx.language.isEmpty() ? QStringLiteral("en") : ctx.language);
    if (!language)
        return ctx.usageError(NotifyCommands::tr("--lang must be ja, en or both."));
    r.language = *language;
    r.templateKey = a.isSet(QStringLiteral("template")) ? a.value(QStringLiteral("template"))
                                                        : defaultTemplate(r.audience);
    const auto composed =
        ctx.core.notifications().compose({incident.id, r.audience, r.language, r.templateKey});
    if (!composed && !a.isSet(QStringLiteral("text")))
        return ctx.failWith(composed.error());
    r.title = a.isSet(QStringLiteral("title")) ? a.value(QStringLiteral("title"))
              : composed                       ? composed->title
                         : QStringLiteral("{{incident.code}} {{severity}}: {{incident.title}}");
    r.text = a.isSet(QStringLiteral("text")) ? a.value(QStringLiteral("text")) : composed->text;
    const auto sent = ctx.core.notifications().send(r);
    if (!sent)
        return ctx.failWith(sent.error());
    if (!ctx.json) {
        ctx.out << NotifyCommands::tr("Queued %n message(s).", "", int(sent->messageIds.size())) << Qt::endl;
        if (sent->suppressed)
            ctx.out << NotifyCommands::tr(
                           "%n kept in the outbox instead (drill; channel not marked for drills).", "",
                           sent->suppressed)
                    << Qt::endl;
    }
    if (a.isSet(QStringLiteral("queue-only"))) {
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("update_id"), sent->updateId},
                                      {QStringLiteral("suppressed"), sent->suppressed}});
        return CliContext::Ok;
    }
    return reportFlush(ctx, OutboxFlush::run(ctx.core, 0), true);
}

int outboxList(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("outbox list [--incident ID] [--limit N]"),
              {{QStringLiteral("incident"), {}, QStringLiteral("ID")},
               {QStringLiteral("limit"), {}, QStringLiteral("N")}});
    if (!a.parse(ctx, args, 0, 0))
        return CliContext::Usage;
    qint64 incidentId = 0;
    if (a.isSet(QStringLiteral("incident"))) {
        Incident i;
        if (!ctx.resolveIncident(a.value(QStringLiteral("incident")), &i))
            return CliContext::Failed;
        incidentId = i.id;
    }
    const int limit = a.isSet(QStringLiteral("limit")) ? a.value(QStringLiteral("limit")).toInt() : 200;
    if (limit <= 0)
        return ctx.usageError(NotifyCommands::tr("--limit needs a positive number."));
    const auto messages = ctx.core.outbox().list(incidentId, limit);
    if (!messages)
        return ctx.failWith(messages.error());
    QJsonArray arr;
    for (const OutboxMessage& m : messages.value()) {
        if (ctx.json)
            arr << toJson(m);
        else
            ctx.out << m.id << '\t' << m.channelName << '\t' << describe(m) << '\t'
                    << NotifyCommands::tr("%n attempt(s)", "", m.attempts) << '\t'
                    << CliContext::formatTime(m.createdAt) << '\t'
                    << m.summary.section(QLatin1Char('\n'), 0, 0) << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(arr);
    return CliContext::Ok;
}

int outboxFlush(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("outbox flush [--wait SECONDS]"),
              {{QStringLiteral("wait"), {}, QStringLiteral("SECONDS")}});
    if (!a.parse(ctx, args, 0, 0))
        return CliContext::Usage;
    bool ok = true;
    const int wait = a.isSet(QStringLiteral("wait")) ? a.value(QStringLiteral("wait")).toInt(&ok) : 0;
    if (!ok || wait < 0)
        return ctx.usageError(NotifyCommands::tr("--wait needs a number of seconds."));
    return reportFlush(ctx, OutboxFlush::run(ctx.core, wait));
}

int changeMessage(CliContext& ctx, const QStringList& args, bool retry)
{
    CliArgs a(retry ? QStringLiteral("outbox retry MESSAGE") : QStringLiteral("outbox cancel MESSAGE"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const qint64 id = a.positional().at(0).toLongLong();
    const Status s = retry ? ctx.core.outbox().retry(id) : ctx.core.outbox().cancel(id);
    return s ? CliContext::Ok : ctx.failWith(s.error());
}
} // namespace

void registerNotifyCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("notify"),
          notifySynopsis(),
          QT_TRANSLATE_NOOP("Commands",
                            "Send a stakeholder update from a template (or your text) and deliver it."),
          notify);
    r.add(QStringLiteral("outbox list"), QStringLiteral("outbox list [--incident ID] [--limit N]"),
          QT_TRANSLATE_NOOP("Commands", "List outbox messages with their delivery state."), outboxList);
    r.add(QStringLiteral("outbox flush"), QStringLiteral("outbox flush [--wait SECONDS]"),
          QT_TRANSLATE_NOOP("Commands", "Deliver what is due; wait up to SECONDS for retries."), outboxFlush);
    r.add(QStringLiteral("outbox retry"), QStringLiteral("outbox retry MESSAGE"),
          QT_TRANSLATE_NOOP("Commands", "Queue a failed or cancelled message again."),
          [](CliContext& ctx, const QStringList& args) { return changeMessage(ctx, args, true); });
    r.add(QStringLiteral("outbox cancel"), QStringLiteral("outbox cancel MESSAGE"),
          QT_TRANSLATE_NOOP("Commands", "Cancel a message that is not delivered yet."),
          [](CliContext& ctx, const QStringList& args) { return changeMessage(ctx, args, false); });
}
