#include "drillaction.h"

#include "core.h"
#include "scenariojsonreader.h"
#include "scenarioparser.h"
#include "services/incidentservice.h"
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

QString roleTitle(const QString& key)
{
    static const QHash<QString, QString> titles{{k("commander"), k("Incident Commander")},
                                                {k("operations"), k("Operations lead")},
                                                {k("communications"), k("Communications lead")},
                                                {k("planning"), k("Planning lead")},
                                                {k("scribe"), k("Scribe")},
                                                {k("deputy"), k("Deputy")},
                                                {k("liaison"), k("Liaison")},
                                                {k("sme"), k("Subject-matter expert")}};
    return titles.value(key, key);
}

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
                  k("hold_roles"), k("handoff"), k("acknowledge_handoff")},
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
    if (!r.keys(o, path, base + required, {k("by")}) ||
        !r.duration(o.value(k("at")), M::member(path, k("at")), ScenarioParser::maxDurationMs, &out->atMs))
        return false;
    for (const QString& key : required + QStringList{k("by")}) {
        if (!o.contains(key))
            continue;
        const QJsonValue value = o.value(key);
        const QString p = M::member(path, key);
        QString s;
        if (key == k("roles")) {
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
    if (a.verb == k("change"))
        return entry(EntryKind::Action, text("text"));
    if (a.verb == k("note"))
        return entry(EntryKind::Note, text("text"));
    if (a.verb == k("assign_role"))
        return entry(EntryKind::RoleChange,
                     QStringLiteral("%1: %2").arg(roleTitle(text("role")), text("person")));
    if (a.verb == k("hold_roles")) {
        QStringList titles;
        for (const QJsonValue& v : a.args.value(k("roles")).toArray())
            titles << roleTitle(v.toString());
        return entry(EntryKind::RoleChange,
                     QStringLiteral("IC holds: %1").arg(titles.join(QStringLiteral(", "))));
    }
    if (a.verb == k("handoff"))
        return entry(EntryKind::RoleChange,
                     QStringLiteral("Handoff of command to %1. Briefing: %2").arg(text("to"), text("brief")));
    if (a.verb == k("acknowledge_handoff"))
        return entry(
            EntryKind::RoleChange,
            QStringLiteral("%1 acknowledged the handoff briefing and is now Incident Commander.").arg(by));
    return fail(tr("Unknown action \"%1\".").arg(a.verb));
}
