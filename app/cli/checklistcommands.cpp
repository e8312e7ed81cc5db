#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "domain/checklistrole.h"
#include "domain/clock.h"
#include "domain/incident.h"
#include "services/checklistservice.h"
#include "services/incidentservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct ChecklistCommands
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistCommands)
};

QJsonObject toJson(const ChecklistItem& i, const Incident& incident, const QDateTime& now)
{
    QJsonObject o{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("number"), i.number},
        {QStringLiteral("phase"), ChecklistPhases::key(i.phase)},
        {QStringLiteral("role"), i.roleKey},
        {QStringLiteral("text"),
         QJsonObject{{QStringLiteral("en"), i.text.en}, {QStringLiteral("ja"), i.text.ja}}},
        {QStringLiteral("state"), ChecklistStates::key(i.state)},
        {QStringLiteral("ad_hoc"), i.adHoc},
        {QStringLiteral("overdue"), i.isOverdue(incident.declaredAt, now)},
    };
    if (i.timeBoxMinutes > 0) {
        o.insert(QStringLiteral("timebox_minutes"), i.timeBoxMinutes);
        if (const QDateTime due = i.dueAt(incident.declaredAt); due.isValid())
            o.insert(QStringLiteral("due_at"), CliContext::isoUtc(due));
    }
    if (i.state != ChecklistState::Open || !i.stateBy.isEmpty()) {
        o.insert(QStringLiteral("state_by"), i.stateBy);
        o.insert(QStringLiteral("state_at"), CliContext::isoUtc(i.stateAt));
        o.insert(QStringLiteral("reason"), i.stateReason);
    }
    return o;
}

QString stateMark(const ChecklistItem& i, bool overdue)
{
    if (i.state == ChecklistState::Done)
        return QStringLiteral("[x]");
    if (i.state == ChecklistState::Skipped)
        return QStringLiteral("[-]");
    return overdue ? QStringLiteral("[!]") : QStringLiteral("[ ]");
}

int list(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("checklist list ID [--role ROLE] [--open]"),
              {{QStringLiteral("role"), {}, QStringLiteral("ROLE")}, {QStringLiteral("open"), {}}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident incident;
    if (!ctx.resolveIncident(a.positional().at(0), &incident))
        return CliContext::Failed;
    const QString role = a.value(QStringLiteral("role"));
    if (!ChecklistRoles::isValidKey(role))
        return ctx.usageError(ChecklistCommands::tr("Unknown role \"%1\". Use one of %2, or custom:<name>.")
                                  .arg(role, ChecklistRoles::builtinKeys().join(QStringLiteral(", "))));
    const auto items = ctx.core.checklists().items(incident.id);
    if (!items)
        return ctx.failWith(items.error());
    const QDateTime now = ctx.core.clock().now();
    QJsonArray arr;
    ChecklistPhase lastPhase = ChecklistPhase::After;
    bool first = true;
    for (const ChecklistItem& i : items.value()) {
        if ((!role.isEmpty() && i.roleKey != role) ||
            (a.isSet(QStringLiteral("open")) && i.state != ChecklistState::Open))
            continue;
        if (ctx.json) {
            arr << toJson(i, incident, now);
            continue;
        }
        if (first || i.phase != lastPhase)
            ctx.out << (first ? QString() : QStringLiteral("\n")) << ChecklistPhases::label(i.phase)
                    << Qt::endl;
        first = false;
        lastPhase = i.phase;
        const bool overdue = i.isOverdue(incident.declaredAt, now);
        ctx.out << QStringLiteral("%1 %2. ").arg(stateMark(i, overdue)).arg(i.number, 2) << i.text.current();
        QStringList notes;
        if (!i.roleKey.isEmpty())
            notes << ChecklistRoles::label(i.roleKey);
        if (i.timeBoxMinutes > 0)
            notes << ChecklistCommands::tr("within %n min", "", i.timeBoxMinutes);
        if (overdue)
            notes << ChecklistCommands::tr("OVERDUE");
        if (i.state != ChecklistState::Open)
            notes << ChecklistCommands::tr("%1 by %2 at %3")
                         .arg(ChecklistStates::label(i.state), i.stateBy, CliContext::formatTime(i.stateAt));
        if (!i.stateReason.isEmpty())
            notes << ChecklistCommands::tr("reason: %1").arg(i.stateReason);
        if (!notes.isEmpty())
            ctx.out << QStringLiteral("  (") << notes.join(QStringLiteral("; ")) << QLatin1Char(')');
        ctx.out << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(arr);
    return CliContext::Ok;
}

// The shared part of check and skip: resolve the incident and the item, then apply `change`.
template <typename Change> int changeItem(CliContext& ctx, const CliArgs& a, Change change)
{
    Incident incident;
    if (!ctx.resolveIncident(a.positional().at(0), &incident))
        return CliContext::Failed;
    const auto item = ctx.core.checklists().findItem(incident.id, a.positional().at(1));
    if (!item)
        return ctx.failWith(item.error());
    const QString by =
        a.value(QStringLiteral("by")).isEmpty() ? ctx.core.userName() : a.value(QStringLiteral("by"));
    if (Status s = change(item->id, by); !s)
        return ctx.failWith(s.error());
    const auto saved = ctx.core.checklists().item(item->id);
    if (!saved)
        return ctx.failWith(saved.error());
    if (ctx.json)
        ctx.printJson(toJson(saved.value(), incident, ctx.core.clock().now()));
    else
        ctx.out << QStringLiteral("%1. ").arg(saved->number) << saved->text.current() << QStringLiteral(" — ")
                << ChecklistStates::label(saved->state) << Qt::endl;
    return CliContext::Ok;
}

int check(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("checklist check ID ITEM [--by PERSON]"),
              {{QStringLiteral("by"), {}, QStringLiteral("PERSON")}});
    if (!a.parse(ctx, args, 2, 2))
        return CliContext::Usage;
    return changeItem(ctx, a,
                      [&](qint64 id, const QString& by) { return ctx.core.checklists().check(id, by); });
}

int reasonedChange(CliContext& ctx, const QStringList& args, const QString& usage, bool skip)
{
    CliArgs a(usage, {{QStringLiteral("reason"), {}, QStringLiteral("TEXT")},
                      {QStringLiteral("by"), {}, QStringLiteral("PERSON")}});
    if (!a.parse(ctx, args, 2, 2))
        return CliContext::Usage;
    const QString reason = a.value(QStringLiteral("reason"));
    if (reason.trimmed().isEmpty())
        return ctx.usageError(ChecklistCommands::tr("--reason is required: say why."));
    return changeItem(ctx, a, [&](qint64 id, const QString& by) {
        return skip ? ctx.core.checklists().skip(id, reason, by)
                    : ctx.core.checklists().uncheck(id, reason, by);
    });
}

int extend(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("checklist extend ID"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident incident;
    if (!ctx.resolveIncident(a.positional().at(0), &incident))
        return CliContext::Failed;
    const Result<int> added =
        ctx.core.checklists().extendFromSeverityTemplate(incident.id, ctx.core.userName());
    if (!added)
        return ctx.failWith(added.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("added"), added.value()}});
    else
        ctx.out << ChecklistCommands::tr("%n item(s) added.", "", added.value()) << Qt::endl;
    return CliContext::Ok;
}

int add(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("checklist add ID --phase PHASE [--role ROLE] [--timebox MIN] [--ja TEXT] TEXT"),
              {{QStringLiteral("phase"), {}, QStringLiteral("PHASE")},
               {QStringLiteral("role"), {}, QStringLiteral("ROLE")},
               {QStringLiteral("timebox"), {}, QStringLiteral("MIN")},
               {QStringLiteral("ja"), {}, QStringLiteral("TEXT")}});
    if (!a.parse(ctx, args, 1))
        return CliContext::Usage;
    Incident incident;
    if (!ctx.resolveIncident(a.positional().at(0), &incident))
        return CliContext::Failed;
    const auto phase = ChecklistPhases::parse(a.value(QStringLiteral("phase")));
    if (!phase) {
        QStringList keys;
        for (ChecklistPhase p : ChecklistPhases::all())
            keys << ChecklistPhases::key(p);
        return ctx.usageError(
            ChecklistCommands::tr("--phase must be one of %1.").arg(keys.join(QStringLiteral(", "))));
    }
    int timeBox = 0;
    if (a.isSet(QStringLiteral("timebox"))) {
        bool ok = false;
        timeBox = a.value(QStringLiteral("timebox")).toInt(&ok);
        if (!ok || timeBox <= 0)
            return ctx.usageError(ChecklistCommands::tr("--timebox needs a positive number of minutes."));
    }
    const QString en = a.positional().mid(1).join(QLatin1Char(' '));
    const auto item =
        ctx.core.checklists().addAdHocItem(incident.id, *phase, a.value(QStringLiteral("role")), en,
                                           a.value(QStringLiteral("ja")), ctx.core.userName(), timeBox);
    if (!item)
        return ctx.failWith(item.error());
    if (ctx.json)
        ctx.printJson(toJson(item.value(), incident, ctx.core.clock().now()));
    else
        ctx.out << item->number << Qt::endl;
    return CliContext::Ok;
}
} // namespace

void registerChecklistCommands(CommandRegistry& r)
{
    r.add(
        QStringLiteral("checklist list"), QStringLiteral("checklist list ID [--role ROLE] [--open]"),
        QT_TRANSLATE_NOOP(
            "Commands", "Show an incident's checklist by phase, with owners, time boxes and overdue items."),
        list);
    r.add(QStringLiteral("checklist check"), QStringLiteral("checklist check ID ITEM [--by PERSON]"),
          QT_TRANSLATE_NOOP("Commands", "Mark a checklist item done (ITEM is its number in the list)."),
          check);
    r.add(QStringLiteral("checklist skip"),
          QStringLiteral("checklist skip ID ITEM --reason TEXT [--by PERSON]"),
          QT_TRANSLATE_NOOP("Commands", "Skip a checklist item, saying why."),
          [](CliContext& ctx, const QStringList& args) {
              return reasonedChange(
                  ctx, args, QStringLiteral("checklist skip ID ITEM --reason TEXT [--by PERSON]"), true);
          });
    r.add(QStringLiteral("checklist uncheck"),
          QStringLiteral("checklist uncheck ID ITEM --reason TEXT [--by PERSON]"),
          QT_TRANSLATE_NOOP("Commands", "Reopen a done or skipped checklist item, saying why."),
          [](CliContext& ctx, const QStringList& args) {
              return reasonedChange(
                  ctx, args, QStringLiteral("checklist uncheck ID ITEM --reason TEXT [--by PERSON]"), false);
          });
    r.add(QStringLiteral("checklist extend"), QStringLiteral("checklist extend ID"),
          QT_TRANSLATE_NOOP("Commands",
                            "After a severity change, add the steps of the new severity's template."),
          extend);
    r.add(QStringLiteral("checklist add"),
          QStringLiteral("checklist add ID --phase PHASE [--role ROLE] [--timebox MIN] [--ja TEXT] TEXT"),
          QT_TRANSLATE_NOOP("Commands", "Add an item to an incident's checklist."), add);
}
