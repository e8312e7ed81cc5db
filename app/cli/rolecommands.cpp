#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "domain/incident.h"
#include "services/channelservice.h"
#include "services/handoffannouncement.h"
#include "services/handoffofferservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

// icctl role …: the role board from a script. Handoffs from the command line are recorded as acknowledged:
// the person running the command vouches that the incoming holder received the briefing.
namespace {
struct RoleCommands
{
    Q_DECLARE_TR_FUNCTIONS(RoleCommands)
};

const QString kRoleOption = QStringLiteral("role");

// Resolves ID, ROLE and (optionally) PERSON arguments; prints why not and returns false.
struct Target
{
    Incident incident;
    RoleDefinition role;
    Person person;
};

bool resolve(CliContext& ctx, const QString& id, const QString& roleKey, const QString* personRef, Target* t)
{
    if (!ctx.resolveIncident(id, &t->incident))
        return false;
    const Result<RoleDefinition> role = ctx.core.roles().definition(roleKey);
    if (!role) {
        ctx.failWith(role.error());
        return false;
    }
    t->role = role.value();
    if (personRef) {
        const Result<Person> person = ctx.core.people().resolve(*personRef);
        if (!person) {
            ctx.failWith(person.error());
            return false;
        }
        t->person = person.value();
    }
    return true;
}

// Parses "ID ROLE …" and resolves both. Returns CliContext::Ok, or the exit status after printing why not.
int parseIdRole(CliContext& ctx, CliArgs& a, const QStringList& args, int maxPositional, Target* t)
{
    if (!a.parse(ctx, args, 2, maxPositional))
        return CliContext::Usage;
    return resolve(ctx, a.positional().at(0), a.positional().at(1), nullptr, t) ? CliContext::Ok
                                                                                : CliContext::Failed;
}

// After a change, say what the board now warns about (no IC; IC also running Ops at SEV1/SEV2).
void printWarnings(CliContext& ctx, qint64 incidentId)
{
    if (const auto board = ctx.core.roles().board(incidentId))
        for (const QString& w : board->warnings())
            ctx.err << RoleCommands::tr("Warning: %1").arg(w) << Qt::endl;
}

QJsonObject toJson(const Assignment& a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("role"), a.roleKey},
        {QStringLiteral("person_id"), a.personId},
        {QStringLiteral("person"), a.personName},
        {QStringLiteral("started_at"), CliContext::isoUtc(a.startedAt)},
        {QStringLiteral("started_by"), a.startedBy},
        {QStringLiteral("ended_at"),
         a.endedAt.isValid() ? QJsonValue(CliContext::isoUtc(a.endedAt)) : QJsonValue()},
        {QStringLiteral("end_reason"),
         a.endReason ? QJsonValue(AssignmentEnds::key(*a.endReason)) : QJsonValue()},
    };
}

int assign(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("role assign ID ROLE PERSON"), {});
    if (!a.parse(ctx, args, 3, 3))
        return CliContext::Usage;
    Target t;
    const QString personRef = a.positional().at(2);
    if (!resolve(ctx, a.positional().at(0), a.positional().at(1), &personRef, &t))
        return CliContext::Failed;
    const auto done = ctx.core.roles().assign(t.incident.id, t.role.key, t.person.id, ctx.core.userName());
    if (!done)
        return ctx.failWith(done.error());
    if (ctx.json)
        ctx.printJson(toJson(done.value()));
    else
        ctx.out << RoleCommands::tr("%1 is now %2.").arg(t.person.label(), t.role.displayName()) << Qt::endl;
    printWarnings(ctx, t.incident.id);
    return CliContext::Ok;
}

int release(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("role release ID ROLE"), {});
    Target t;
    if (const int status = parseIdRole(ctx, a, args, 2, &t); status != CliContext::Ok)
        return status;
    if (Status s = ctx.core.roles().release(t.incident.id, t.role.key, ctx.core.userName()); !s)
        return ctx.failWith(s.error());
    printWarnings(ctx, t.incident.id);
    return CliContext::Ok;
}

// One synopsis for the usage error and for icctl --help (tst_icctl checks that help names every option).
QString handoffSynopsis()
{
    return QStringLiteral("role handoff ID [--role ROLE] --to PERSON --brief TEXT [--objectives TEXT] "
                          "[--actions TEXT] [--organisation TEXT] [--offer] [--announce CHANNEL…]");
}

int handoff(CliContext& ctx, const QStringList& args)
{
    CliArgs a(handoffSynopsis(),
              {{kRoleOption, {}, QStringLiteral("ROLE")},
               {QStringLiteral("offer"), {}},
               {QStringLiteral("announce"), {}, QStringLiteral("CHANNEL")},
               {QStringLiteral("to"), {}, QStringLiteral("PERSON")},
               {QStringLiteral("brief"), {}, QStringLiteral("TEXT")},
               {QStringLiteral("objectives"), {}, QStringLiteral("TEXT")},
               {QStringLiteral("actions"), {}, QStringLiteral("TEXT")},
               {QStringLiteral("organisation"), {}, QStringLiteral("TEXT")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    if (!a.isSet(QStringLiteral("to")))
        return ctx.usageError(RoleCommands::tr("--to PERSON is required: who takes over?"));
    if (!a.isSet(QStringLiteral("brief")))
        return ctx.usageError(RoleCommands::tr("--brief TEXT is required: the situation the incoming holder "
                                               "takes over."));
    Target t;
    const QString to = a.value(QStringLiteral("to"));
    const QString roleKey = a.isSet(kRoleOption) ? a.value(kRoleOption) : Roles::commander;
    if (!resolve(ctx, a.positional().at(0), roleKey, &to, &t))
        return CliContext::Failed;
    const Briefing b{a.value(QStringLiteral("brief")), a.value(QStringLiteral("objectives")),
                     a.value(QStringLiteral("actions")), a.value(QStringLiteral("organisation"))};
    const QStringList announceTo = a.values(QStringLiteral("announce"));
    if (a.isSet(QStringLiteral("offer")) && !announceTo.isEmpty())
        return ctx.usageError(RoleCommands::tr("--announce goes with a recorded handoff, not with --offer: "
                                               "nothing has changed hands until they acknowledge."));
    if (a.isSet(QStringLiteral("offer"))) {
        // Recorded as an offer: command moves when the incoming holder runs "icctl role ack" (or clicks
        // Acknowledge in their window).
        const auto o =
            ctx.core.handoffOffers().offer(t.incident.id, t.role.key, t.person.id, b, ctx.core.userName());
        if (!o)
            return ctx.failWith(o.error());
        if (ctx.json)
            ctx.printJson(QJsonObject{{QStringLiteral("offer_id"), o->id},
                                      {QStringLiteral("role"), o->roleKey},
                                      {QStringLiteral("from"), o->fromName},
                                      {QStringLiteral("to"), o->toName}});
        else
            ctx.out << RoleCommands::tr(
                           "Offered %1 to %2; waiting for their acknowledgement (icctl role ack).")
                           .arg(t.role.displayName(), o->toName)
                    << Qt::endl;
        return CliContext::Ok;
    }
    HandoffAnnouncement::Request request{t.incident.id, t.role.key, t.person.id, b, ctx.core.userName(), {},
                                         MessageLanguage::English};
    for (const QString& name : announceTo) {
        const auto c = ctx.core.channels().find(name);
        if (!c)
            return ctx.failWith(c.error());
        request.channelIds << c->id;
    }
    // --lang is a global option (icctl's own language); here it also names the announcement's, as for notify.
    if (const auto lang = MessageLanguages::parse(ctx.language.isEmpty() ? QStringLiteral("en") : ctx.language))
        request.language = *lang;
    else
        return ctx.usageError(RoleCommands::tr("--lang must be ja, en or both."));
    const auto h = ctx.core.handoffAnnouncement().handOff(request);
    if (!h)
        return ctx.failWith(h.error());
    if (ctx.json)
        ctx.printJson(
            QJsonObject{{QStringLiteral("id"), h->id},
                        {QStringLiteral("role"), h->roleKey},
                        {QStringLiteral("from"), h->fromName},
                        {QStringLiteral("to"), h->toName},
                        {QStringLiteral("acknowledged_at"), CliContext::isoUtc(h->acknowledgedAt)},
                        {QStringLiteral("announced_to"), int(request.channelIds.size())}});
    else {
        ctx.out
            << RoleCommands::tr("%1 handed %2 over to %3.").arg(h->fromName, t.role.displayName(), h->toName)
            << Qt::endl;
        if (!request.channelIds.isEmpty())
            ctx.out << RoleCommands::tr("Handoff notice queued for %n channel(s).", "",
                                        int(request.channelIds.size()))
                    << Qt::endl;
    }
    printWarnings(ctx, t.incident.id);
    return CliContext::Ok;
}

// "role ack ID [--role ROLE]" and "role withdraw ID [--role ROLE]": answer an open handoff offer.
int answerOffer(CliContext& ctx, const QStringList& args, bool acknowledge)
{
    CliArgs a(acknowledge ? QStringLiteral("role ack ID [--role ROLE]")
                          : QStringLiteral("role withdraw ID [--role ROLE]"),
              {{kRoleOption, {}, QStringLiteral("ROLE")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Target t;
    if (!resolve(ctx, a.positional().at(0), a.isSet(kRoleOption) ? a.value(kRoleOption) : Roles::commander,
                 nullptr, &t))
        return CliContext::Failed;
    if (!acknowledge) {
        const Status s = ctx.core.handoffOffers().withdraw(t.incident.id, t.role.key, ctx.core.userName());
        return s ? CliContext::Ok : ctx.failWith(s.error());
    }
    const auto h = ctx.core.handoffOffers().acknowledge(t.incident.id, t.role.key, ctx.core.userName());
    if (!h)
        return ctx.failWith(h.error());
    ctx.out << RoleCommands::tr("%1 handed %2 over to %3.").arg(h->fromName, t.role.displayName(), h->toName)
            << Qt::endl;
    printWarnings(ctx, t.incident.id);
    return CliContext::Ok;
}

int list(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("role list ID"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident incident;
    if (!ctx.resolveIncident(a.positional().at(0), &incident))
        return CliContext::Failed;
    const auto board = ctx.core.roles().board(incident.id);
    const auto history = ctx.core.roles().history(incident.id);
    if (!board || !history)
        return ctx.failWith(!board ? board.error() : history.error());
    if (ctx.json) {
        QJsonArray current;
        for (const RoleSlot& s : board->roleSlots) {
            QJsonObject o{{QStringLiteral("role"), s.role.key},
                          {QStringLiteral("name"), s.role.displayName()}};
            if (s.assignment) {
                o.insert(QStringLiteral("person_id"), s.assignment->personId);
                o.insert(QStringLiteral("person"), s.assignment->personName);
                o.insert(QStringLiteral("handle"), s.holder ? s.holder->handle : QString());
                o.insert(QStringLiteral("phone"), s.holder ? s.holder->phone : QString());
                o.insert(QStringLiteral("email"), s.holder ? s.holder->email : QString());
                o.insert(QStringLiteral("since"), CliContext::isoUtc(s.assignment->startedAt));
            }
            o.insert(QStringLiteral("held_by_ic"), s.isVacant() && s.role.key != Roles::commander);
            o.insert(QStringLiteral("needs_help"), s.help.has_value());
            current << o;
        }
        QJsonArray past;
        for (const Assignment& h : history.value())
            past << toJson(h);
        QJsonArray offers;
        if (const auto open = ctx.core.handoffOffers().openOffers(incident.id))
            for (const HandoffOffer& o : open.value())
                offers << QJsonObject{{QStringLiteral("role"), o.roleKey},
                                      {QStringLiteral("from"), o.fromName},
                                      {QStringLiteral("to"), o.toName},
                                      {QStringLiteral("offered_at"), CliContext::isoUtc(o.offeredAt)}};
        ctx.printJson(
            QJsonObject{{QStringLiteral("incident_id"), incident.id},
                        {QStringLiteral("current"), current},
                        {QStringLiteral("history"), past},
                        {QStringLiteral("offers"), offers},
                        {QStringLiteral("ic_also_holds"), QJsonArray::fromStringList(board->icAlsoHolds())},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(board->warnings())}});
        return CliContext::Ok;
    }
    for (const QString& w : board->warnings())
        ctx.out << RoleCommands::tr("Warning: %1").arg(w) << Qt::endl;
    ctx.out << RoleCommands::tr("Current holders:") << Qt::endl;
    for (const RoleSlot& s : board->roleSlots) {
        QString who = s.holder ? s.holder->label() + QLatin1Char('\t') +
                                     CliContext::formatTime(s.assignment->startedAt) + QLatin1Char('\t') +
                                     s.holder->reachText()
                               : (s.role.key == Roles::commander ? RoleCommands::tr("(nobody)")
                                                                 : RoleCommands::tr("(held by the IC)"));
        if (s.help)
            who += QLatin1Char('\t') + RoleCommands::tr("NEEDS HELP");
        ctx.out << s.role.key << '\t' << s.role.displayName() << '\t' << who << Qt::endl;
    }
    if (const auto open = ctx.core.handoffOffers().openOffers(incident.id))
        for (const HandoffOffer& o : open.value())
            ctx.out << RoleCommands::tr("Handoff offered: %1 → %2 (%3), waiting for acknowledgement")
                           .arg(o.fromName, o.toName, o.roleKey)
                    << Qt::endl;
    ctx.out << Qt::endl << RoleCommands::tr("History:") << Qt::endl;
    for (const Assignment& h : history.value())
        ctx.out << h.roleKey << '\t' << h.personName << '\t' << CliContext::formatTime(h.startedAt) << '\t'
                << (h.isCurrent() ? RoleCommands::tr("current") : CliContext::formatTime(h.endedAt)) << '\t'
                << (h.endReason ? AssignmentEnds::label(*h.endReason) : QString()) << Qt::endl;
    return CliContext::Ok;
}

int addRole(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("role add ID ROLE"), {});
    Target t;
    if (const int status = parseIdRole(ctx, a, args, 2, &t); status != CliContext::Ok)
        return status;
    if (Status s = ctx.core.roles().addRole(t.incident.id, t.role.key, ctx.core.userName()); !s)
        return ctx.failWith(s.error());
    return CliContext::Ok;
}

int define(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("role define KEY --name NAME [--name-ja NAME] [--duty TEXT] [--duty-ja TEXT]"),
              {{QStringLiteral("name"), {}, QStringLiteral("NAME")},
               {QStringLiteral("name-ja"), {}, QStringLiteral("NAME")},
               {QStringLiteral("duty"), {}, QStringLiteral("TEXT")},
               {QStringLiteral("duty-ja"), {}, QStringLiteral("TEXT")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    RoleDefinition r;
    r.key = a.positional().at(0);
    r.name = a.value(QStringLiteral("name"));
    r.nameJa = a.value(QStringLiteral("name-ja"));
    r.duty = a.value(QStringLiteral("duty"));
    r.dutyJa = a.value(QStringLiteral("duty-ja"));
    const auto created = ctx.core.roles().createCustomRole(r, ctx.core.userName());
    if (!created)
        return ctx.failWith(created.error());
    if (ctx.json)
        ctx.printJson(
            QJsonObject{{QStringLiteral("key"), created->key}, {QStringLiteral("name"), created->name}});
    return CliContext::Ok;
}

int definitions(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("role definitions"), {});
    if (!a.parse(ctx, args, 0, 0))
        return CliContext::Usage;
    const auto all = ctx.core.roles().definitions();
    if (!all)
        return ctx.failWith(all.error());
    QJsonArray arr;
    for (const RoleDefinition& d : all.value()) {
        if (ctx.json)
            arr << QJsonObject{{QStringLiteral("key"), d.key},
                               {QStringLiteral("name"), d.displayName()},
                               {QStringLiteral("duty"), d.displayDuty()},
                               {QStringLiteral("builtin"), d.builtin}};
        else
            ctx.out << d.key << '\t' << d.displayName() << '\t' << d.displayDuty() << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(arr);
    return CliContext::Ok;
}

int needHelp(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("role need-help ID ROLE [NOTE] [--clear]"), {{QStringLiteral("clear"), {}}});
    Target t;
    if (const int status = parseIdRole(ctx, a, args, -1, &t); status != CliContext::Ok)
        return status;
    const QString note = a.positional().mid(2).join(QLatin1Char(' '));
    const Status s = a.isSet(QStringLiteral("clear"))
                         ? ctx.core.roles().clearHelp(t.incident.id, t.role.key, ctx.core.userName())
                         : ctx.core.roles().requestHelp(t.incident.id, t.role.key, note, ctx.core.userName());
    return s ? CliContext::Ok : ctx.failWith(s.error());
}

int activity(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("role log ID ROLE [--format csv|markdown]"),
              {{QStringLiteral("format"), {}, QStringLiteral("FORMAT")}});
    Target t;
    if (const int status = parseIdRole(ctx, a, args, 2, &t); status != CliContext::Ok)
        return status;
    const QString format =
        a.isSet(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QStringLiteral("markdown");
    if (format != QStringLiteral("csv") && format != QStringLiteral("markdown"))
        return ctx.usageError(RoleCommands::tr("Unknown format \"%1\": use csv or markdown.").arg(format));
    const auto log = ctx.core.roles().activityLog(t.incident.id, t.role.key);
    if (!log)
        return ctx.failWith(log.error());
    ctx.out << (format == QStringLiteral("csv")
                    ? ActivityLog::toCsv(log.value())
                    : ActivityLog::toMarkdown(t.incident.code + QStringLiteral(" — ") + t.role.displayName(),
                                              log.value()));
    return CliContext::Ok;
}
} // namespace

void registerRoleCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("role assign"), QStringLiteral("role assign ID ROLE PERSON"),
          QT_TRANSLATE_NOOP("Commands",
                            "Assign a role (commander, operations, communications, planning, scribe, "
                            "deputy, liaison, sme or a custom role) to a person."),
          assign);
    r.add(QStringLiteral("role release"), QStringLiteral("role release ID ROLE"),
          QT_TRANSLATE_NOOP("Commands", "Release a role; the Incident Commander holds it again."), release);
    r.add(
        QStringLiteral("role handoff"),
        handoffSynopsis(),
        QT_TRANSLATE_NOOP("Commands", "Hand a role (command by default) over with an acknowledged briefing."),
        handoff);
    r.add(QStringLiteral("role ack"), QStringLiteral("role ack ID [--role ROLE]"),
          QT_TRANSLATE_NOOP("Commands",
                            "Acknowledge the briefing of a handoff offered to you; command moves to you."),
          [](CliContext& ctx, const QStringList& args) { return answerOffer(ctx, args, true); });
    r.add(QStringLiteral("role withdraw"), QStringLiteral("role withdraw ID [--role ROLE]"),
          QT_TRANSLATE_NOOP("Commands", "Withdraw a handoff offer nobody has acknowledged yet."),
          [](CliContext& ctx, const QStringList& args) { return answerOffer(ctx, args, false); });
    r.add(QStringLiteral("role list"), QStringLiteral("role list ID"),
          QT_TRANSLATE_NOOP("Commands", "Show the current role holders and the history of assignments."),
          list);
    r.add(QStringLiteral("role add"), QStringLiteral("role add ID ROLE"),
          QT_TRANSLATE_NOOP("Commands", "Put an optional role on the incident's board."), addRole);
    r.add(QStringLiteral("role define"),
          QStringLiteral("role define KEY --name NAME [--name-ja NAME] [--duty TEXT] [--duty-ja TEXT]"),
          QT_TRANSLATE_NOOP("Commands", "Create a custom role."), define);
    r.add(QStringLiteral("role definitions"), QStringLiteral("role definitions"),
          QT_TRANSLATE_NOOP("Commands", "List the roles and their duties."), definitions);
    r.add(QStringLiteral("role need-help"), QStringLiteral("role need-help ID ROLE [NOTE] [--clear]"),
          QT_TRANSLATE_NOOP("Commands", "Flag that a role needs more people (or clear the flag)."), needHelp);
    r.add(QStringLiteral("role log"), QStringLiteral("role log ID ROLE [--format csv|markdown]"),
          QT_TRANSLATE_NOOP("Commands", "Print a role's activity log (ICS-214)."), activity);
}
