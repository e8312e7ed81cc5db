#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "domain/clock.h"
#include "services/oncallservice.h"
#include "services/personservice.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

// icctl oncall …: rotations, overrides, and who is on call now.
namespace {
struct OnCallCommands
{
    Q_DECLARE_TR_FUNCTIONS(OnCallCommands)
};

bool parseTime(CliContext& ctx, const QString& text, QDateTime* into)
{
    *into = Time::parseIso(text);
    if (into->isValid())
        return true;
    ctx.usageError(
        OnCallCommands::tr("\"%1\" is not an ISO 8601 time such as 2026-11-29T09:00:00+09:00.").arg(text));
    return false;
}

bool resolvePerson(CliContext& ctx, const QString& ref, qint64* id)
{
    const auto p = ctx.core.people().resolve(ref);
    if (!p) {
        ctx.failWith(p.error());
        return false;
    }
    *id = p->id;
    return true;
}

int now(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("oncall now [--at ISO8601]"),
              {{QStringLiteral("at"), {}, QStringLiteral("ISO8601")}});
    if (!a.parse(ctx, args, 0, 0))
        return CliContext::Usage;
    QDateTime at;
    if (a.isSet(QStringLiteral("at")) && !parseTime(ctx, a.value(QStringLiteral("at")), &at))
        return CliContext::Usage;
    const auto all = ctx.core.onCall().onCall(at);
    if (!all)
        return ctx.failWith(all.error());
    QJsonArray arr;
    for (const OnCallService::OnCallNow& n : all.value()) {
        const QString primary = n.primary ? n.primary->label() : QString();
        const QString secondary = n.secondary ? n.secondary->label() : QString();
        if (ctx.json) {
            arr << QJsonObject{{QStringLiteral("rotation"), n.rotation.name},
                               {QStringLiteral("role"), n.rotation.roleKey},
                               {QStringLiteral("primary"), primary},
                               {QStringLiteral("primary_id"), n.shift.primaryId},
                               {QStringLiteral("secondary"), secondary},
                               {QStringLiteral("secondary_id"), n.shift.secondaryId},
                               {QStringLiteral("shift_ends_at"), CliContext::isoUtc(n.shift.shiftEnd)}};
            continue;
        }
        ctx.out
            << n.rotation.name << '\t'
            << OnCallCommands::tr("primary: %1").arg(primary.isEmpty() ? QStringLiteral("-") : primary)
            << '\t'
            << OnCallCommands::tr("secondary: %1").arg(secondary.isEmpty() ? QStringLiteral("-") : secondary)
            << '\t' << OnCallCommands::tr("until %1").arg(CliContext::formatTime(n.shift.shiftEnd))
            << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(arr);
    else if (all->isEmpty())
        ctx.out << OnCallCommands::tr(
                       "No rotation yet. Create one with: icctl oncall rotation add NAME --members "
                       "a,b,c")
                << Qt::endl;
    return CliContext::Ok;
}

int addRotation(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("oncall rotation add NAME --members P1,P2,… [--shift-hours N] [--start ISO8601] "
                             "[--role ROLE]"),
              {{QStringLiteral("members"), {}, QStringLiteral("LIST")},
               {QStringLiteral("shift-hours"), {}, QStringLiteral("N")},
               {QStringLiteral("start"), {}, QStringLiteral("ISO8601")},
               {QStringLiteral("role"), {}, QStringLiteral("ROLE")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Rotation r;
    r.name = a.positional().at(0);
    r.roleKey = a.value(QStringLiteral("role"));
    if (a.isSet(QStringLiteral("shift-hours"))) {
        bool ok = false;
        r.kind = RotationKind::Custom;
        r.shiftHours = a.value(QStringLiteral("shift-hours")).toInt(&ok);
        if (!ok)
            return ctx.usageError(OnCallCommands::tr("--shift-hours needs a whole number of hours."));
    }
    if (a.isSet(QStringLiteral("start")) && !parseTime(ctx, a.value(QStringLiteral("start")), &r.startsAt))
        return CliContext::Usage;
    for (const QString& ref : People::splitList(a.value(QStringLiteral("members")))) {
        qint64 id = 0;
        if (!resolvePerson(ctx, ref, &id))
            return CliContext::Failed;
        r.memberIds << id;
    }
    const auto created = ctx.core.onCall().createRotation(r);
    if (!created)
        return ctx.failWith(created.error());
    if (ctx.json)
        ctx.printJson(
            QJsonObject{{QStringLiteral("id"), created->id}, {QStringLiteral("name"), created->name}});
    return CliContext::Ok;
}

// One synopsis for the usage error and for icctl --help (tst_icctl checks that help names every option).
QString overrideSynopsis()
{
    return QStringLiteral("oncall override ROTATION --person P --from ISO8601 --to ISO8601 [--secondary] "
                          "[--reason TEXT]");
}

int addOverride(CliContext& ctx, const QStringList& args)
{
    CliArgs a(overrideSynopsis(),
              {{QStringLiteral("person"), {}, QStringLiteral("P")},
               {QStringLiteral("from"), {}, QStringLiteral("ISO8601")},
               {QStringLiteral("to"), {}, QStringLiteral("ISO8601")},
               {QStringLiteral("secondary"), {}},
               {QStringLiteral("reason"), {}, QStringLiteral("TEXT")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    if (!a.isSet(QStringLiteral("person")) || !a.isSet(QStringLiteral("from")) ||
        !a.isSet(QStringLiteral("to")))
        return ctx.usageError(OnCallCommands::tr("--person, --from and --to are required."));
    RotationOverride o;
    o.slot = a.isSet(QStringLiteral("secondary")) ? OnCallSlot::Secondary : OnCallSlot::Primary;
    o.reason = a.value(QStringLiteral("reason"));
    if (!parseTime(ctx, a.value(QStringLiteral("from")), &o.startsAt) ||
        !parseTime(ctx, a.value(QStringLiteral("to")), &o.endsAt))
        return CliContext::Usage;
    if (!resolvePerson(ctx, a.value(QStringLiteral("person")), &o.personId))
        return CliContext::Failed;
    const auto saved = ctx.core.onCall().addOverride(a.positional().at(0), o);
    return saved ? CliContext::Ok : ctx.failWith(saved.error());
}
} // namespace

void registerOnCallCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("oncall now"), QStringLiteral("oncall now [--at ISO8601]"),
          QT_TRANSLATE_NOOP("Commands", "Show who is on call now, per rotation."), now);
    r.add(QStringLiteral("oncall rotation add"),
          QStringLiteral(
              "oncall rotation add NAME --members P1,P2,… [--shift-hours N] [--start ISO8601] [--role ROLE]"),
          QT_TRANSLATE_NOOP("Commands", "Create an on-call rotation (weekly unless --shift-hours is given)."),
          addRotation);
    r.add(QStringLiteral("oncall override"),
          overrideSynopsis(),
          QT_TRANSLATE_NOOP("Commands", "Let someone cover a rotation's primary (or secondary) for a while."),
          addOverride);
}
