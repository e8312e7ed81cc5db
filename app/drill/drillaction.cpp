#include "drillaction.h"

#include "core.h"
#include "domain/role.h"
#include "scenariojsonreader.h"
#include "scenarioparser.h"
#include "services/changeservice.h"
#include "services/checklistservice.h"
#include "services/handoffofferservice.h"
#include "services/incidentservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "services/timelineservice.h"

#include <QFile>
#include <QJsonDocument>

namespace {
QString k(const char* key)
{
    return QString::fromLatin1(key);
}

const QStringList kRoles{k("commander"), k("operations"), k("communications"), k("planning"),
                         k("scribe"),    k("deputy"),     k("liaison"),        k("sme")};

bool readAction(ScenarioJsonReader& r, const QJsonValue& v, const QString& path, DrillAction* out)
{
    using M = ScenarioJsonReader;
    if (!v.isObject())
        return r.fail(path, DrillActions::tr("an action must be an object"));
    const QJsonObject o = v.toObject();
    if (!o.contains(k("do")))
        return r.fail(M::member(path, k("do")), DrillActions::tr("required field is missing"));
    if (!r.oneOf(o.value(k("do")), M::member(path, k("do")),
                 {k("declare"), k("status"), k("update"), k("change"), k("note"), k("assign_role"),
                  k("hold_roles"), k("handoff"), k("acknowledge_handoff"), k("check")},
                 &out->verb))
        return false;
    const QString& verb = out->verb;
    const QStringList base{k("at"), k("do")};
    QStringList required;
    if (verb == k("status"))
        required = {k("status")};
    else if (verb == k("update") || verb == k("change") || verb == k("note"))
        required = {k("text")};
    else if (verb == k("assign_role"))
        required = {k("role"), k("person")};
    else if (verb == k("hold_roles"))
        required = {k("roles")};
    else if (verb == k("handoff"))
        required = {k("to"), k("brief")};
    else if (verb == k("check"))
        required = {k("item")};
    QStringList optional{k("by")};
    if (verb == k("handoff") || verb == k("acknowledge_handoff"))
        optional << k("role");
    if (!r.keys(o, path, base + required, optional) ||
        !r.duration(o.value(k("at")), M::member(path, k("at")), ScenarioParser::maxDurationMs, &out->atMs))
        return false;
    for (const QString& key : required + optional) {
        if (!o.contains(key))
            continue;
        const QJsonValue value = o.value(key);
        const QString p = M::member(path, key);
        QString s;
        int number = 0;
        if (key == k("item")) {
            if (!r.integer(value, p, 1, 10000, &number))
                return false;
        } else if (key == k("roles")) {
            if (!value.isArray() || value.toArray().isEmpty() || value.toArray().size() > 8)
                return r.fail(p, DrillActions::tr("expected a list of 1 to 8 roles"));
            for (int i = 0; i < value.toArray().size(); ++i)
                if (!r.oneOf(value.toArray().at(i), M::index(p, i), kRoles, &s))
                    return false;
        } else if (key == k("role") ? !r.oneOf(value, p, kRoles, &s)
                                    : !r.string(value, p, ScenarioParser::maxTextChars, &s)) {
            return false;
        }
    }
    out->args = o;
    return true;
}
} // namespace

Result<QList<DrillAction>> DrillActions::parse(const QByteArray& json)
{
    if (json.size() > ScenarioParser::maxFileBytes ||
        ScenarioParser::nestingDepth(json) > ScenarioParser::maxDepth)
        return fail(tr("The script is too large or nested too deeply."));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
            tr("The script is not valid JSON at byte %1: %2.").arg(error.offset).arg(error.errorString()));
    using M = ScenarioJsonReader;
    const QString root = QStringLiteral("$");
    ScenarioJsonReader r;
    QString format;
    int version = 0;
    QJsonArray actions;
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !r.keys(o, root, {k("format"), k("version"), k("actions")}, {}) ||
        !r.oneOf(o.value(k("format")), M::member(root, k("format")), {formatName}, &format) ||
        !r.integer(o.value(k("version")), M::member(root, k("version")), 1, 1, &version) ||
        !r.array(o, root, k("actions"), ScenarioParser::maxInjects, &actions))
        return fail(r.failed() ? r.error() : tr("%1: a script file holds one JSON object.").arg(root));
    QList<DrillAction> out;
    for (int i = 0; i < actions.size(); ++i) {
        DrillAction a;
        const QString p = M::index(M::member(root, k("actions")), i);
        if (!readAction(r, actions.at(i), p, &a))
            return fail(r.error());
        if (!out.isEmpty() && a.atMs < out.constLast().atMs)
            return fail(tr("%1: times must not go backwards.").arg(M::member(p, k("at"))));
        out << a;
    }
    return out;
}

Result<QList<DrillAction>> DrillActions::parseFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the script %1: %2").arg(path, f.errorString()));
    return parse(f.read(ScenarioParser::maxFileBytes + 1));
}

namespace {
Result<qint64> personId(Core& core, const QString& name)
{
    const Result<Person> person = core.people().resolveOrAdd(name);
    return person ? Result<qint64>(person->id) : Result<qint64>(person.failure());
}

Status assignRole(Core& core, qint64 incidentId, const QString& role, const QString& person,
                  const QString& by)
{
    const Result<qint64> id = personId(core, person);
    if (!id)
        return id.failure();
    const Result<Assignment> a = core.roles().assign(incidentId, role, id.value(), by);
    return a ? Status() : a.failure();
}

// The IC keeps the roles by holding them in their own name, as the board's "assign to me" does; a role
// merely left vacant is not a decision (see RoleFactSource).
Status holdRoles(Core& core, qint64 incidentId, const QJsonArray& roles, const QString& by)
{
    const auto ic = core.roles().holder(incidentId, Roles::commander);
    if (!ic)
        return ic.failure();
    if (!ic.value())
        return fail(
            DrillActions::tr("Nobody is Incident Commander yet, so nobody can hold the other roles."));
    for (const QJsonValue& v : roles) {
        const auto holder = core.roles().holder(incidentId, v.toString());
        if (!holder)
            return holder.failure();
        if (holder.value() && holder.value()->personId == ic.value()->personId)
            continue;
        const Result<Assignment> a = core.roles().assign(incidentId, v.toString(), ic.value()->personId, by);
        if (!a)
            return a.failure();
    }
    return {};
}
} // namespace

Status DrillActions::perform(Core& core, qint64 incidentId, const DrillAction& a)
{
    const QString by = a.args.value(k("by")).toString(core.userName());
    auto text = [&](const char* key) { return a.args.value(k(key)).toString(); };
    auto entry = [&](EntryKind kind, const QString& body) -> Status {
        EntryDraft d;
        d.kind = kind;
        d.text = body;
        d.author = by;
        const Result<TimelineEntry> added = core.timeline().add(incidentId, d);
        return added ? Status() : added.failure();
    };
    const QString role = a.args.value(k("role")).toString(Roles::commander);
    if (a.verb == k("declare")) {
        DeclarationAnswers answers;
        answers.customersAffected = true;
        return core.incidents().markDeclared(incidentId, answers, by);
    }
    if (a.verb == k("status")) {
        const auto status = IncidentStatuses::parse(text("status"));
        if (!status)
            return fail(tr("Unknown status \"%1\".").arg(text("status")));
        return core.incidents().setStatus(incidentId, *status, by);
    }
    if (a.verb == k("update"))
        return entry(EntryKind::Communication, text("text"));
    if (a.verb == k("note"))
        return entry(EntryKind::Note, text("text"));
    if (a.verb == k("change")) {
        ChangeDraft d;
        d.what = text("text");
        d.madeBy = by;
        const Result<ProductionChange> c = core.changes().record(incidentId, d, by);
        return c ? Status() : c.failure();
    }
    if (a.verb == k("check")) {
        const auto item =
            core.checklists().findItem(incidentId, QString::number(a.args.value(k("item")).toInt()));
        return item ? core.checklists().check(item->id, by) : item.failure();
    }
    if (a.verb == k("assign_role"))
        return assignRole(core, incidentId, text("role"), text("person"), by);
    if (a.verb == k("hold_roles"))
        return holdRoles(core, incidentId, a.args.value(k("roles")).toArray(), by);
    if (a.verb == k("handoff")) {
        const Result<qint64> to = personId(core, text("to"));
        if (!to)
            return to.failure();
        Briefing briefing;
        briefing.situation = text("brief");
        const Result<HandoffOffer> offer =
            core.handoffOffers().offer(incidentId, role, to.value(), briefing, by);
        return offer ? Status() : offer.failure();
    }
    if (a.verb == k("acknowledge_handoff")) {
        const Result<Handoff> h = core.handoffOffers().acknowledge(incidentId, role, by);
        return h ? Status() : h.failure();
    }
    return fail(tr("Unknown action \"%1\".").arg(a.verb));
}
