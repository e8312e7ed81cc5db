#include "scenarioparser.h"

#include "scenariojsonreader.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace {
const QString kRoot = QStringLiteral("$");

QString k(const char* key)
{
    return QString::fromLatin1(key);
}

bool readCondition(ScenarioJsonReader& r, const QJsonObject& o, const QString& path, InjectCondition* out)
{
    const bool hasIf = o.contains(k("if"));
    const bool hasUnless = o.contains(k("unless"));
    if (hasIf && hasUnless)
        return r.fail(path, ScenarioParser::tr("an inject has either \"if\" or \"unless\", not both"));
    if (!hasIf && !hasUnless)
        return true;
    const QString key = hasIf ? k("if") : k("unless");
    QStringList facts;
    for (DrillFact f : DrillFactKeys::all())
        facts << DrillFactKeys::key(f);
    QString fact;
    if (!r.oneOf(o.value(key), ScenarioJsonReader::member(path, key), facts, &fact))
        return false;
    out->mode = hasIf ? InjectCondition::Mode::If : InjectCondition::Mode::Unless;
    out->fact = *DrillFactKeys::parse(fact);
    return true;
}

bool readKindFields(ScenarioJsonReader& r, const QJsonObject& o, const QString& path, ScenarioInject* inj)
{
    using M = ScenarioJsonReader;
    const int textMax = ScenarioParser::maxTextChars;
    const int shortMax = ScenarioParser::maxShortChars;
    const QStringList common{k("if"), k("unless")};
    const QStringList base{k("id"), k("at"), k("kind")};
    switch (inj->kind) {
    case InjectKind::Alert:
        return r.keys(o, path, base + QStringList{k("source"), k("text")},
                      common + QStringList{k("level")}) &&
               r.string(o.value(k("source")), M::member(path, k("source")), 40, &inj->source) &&
               (!o.contains(k("level")) || r.oneOf(o.value(k("level")), M::member(path, k("level")),
                                                   {k("critical"), k("warning"), k("info")}, &inj->level)) &&
               r.text(o.value(k("text")), M::member(path, k("text")), textMax, &inj->text);
    case InjectKind::Message:
        return r.keys(o, path, base + QStringList{k("source"), k("text")}, common) &&
               r.oneOf(o.value(k("source")), M::member(path, k("source")),
                       {k("customer"), k("executive"), k("support"), k("team"), k("vendor")}, &inj->source) &&
               r.text(o.value(k("text")), M::member(path, k("text")), textMax, &inj->text);
    case InjectKind::Metric:
        return r.keys(o, path, base + QStringList{k("metric"), k("value")},
                      common + QStringList{k("unit"), k("text")}) &&
               r.name(o.value(k("metric")), M::member(path, k("metric")), shortMax, &inj->metric) &&
               r.number(o.value(k("value")), M::member(path, k("value")), -1e12, 1e12, &inj->value) &&
               (!o.contains(k("unit")) ||
                r.string(o.value(k("unit")), M::member(path, k("unit")), 16, &inj->unit, true)) &&
               (!o.contains(k("text")) ||
                r.text(o.value(k("text")), M::member(path, k("text")), textMax, &inj->text));
    case InjectKind::Note:
        return r.keys(o, path, base + QStringList{k("text")}, common) &&
               r.text(o.value(k("text")), M::member(path, k("text")), textMax, &inj->text);
    }
    return false;
}

bool readInject(ScenarioJsonReader& r, const QJsonValue& v, const QString& path, qint64 durationMs,
                ScenarioInject* inj)
{
    using M = ScenarioJsonReader;
    if (!v.isObject())
        return r.fail(path, ScenarioParser::tr("an inject must be an object"));
    const QJsonObject o = v.toObject();
    QString kind;
    if (!o.contains(k("kind")))
        return r.fail(M::member(path, k("kind")), ScenarioParser::tr("required field is missing"));
    if (!r.oneOf(o.value(k("kind")), M::member(path, k("kind")),
                 {k("alert"), k("message"), k("metric"), k("note")}, &kind))
        return false;
    inj->kind = *InjectKinds::parse(kind);
    return readKindFields(r, o, path, inj) &&
           r.identifier(o.value(k("id")), M::member(path, k("id")), &inj->id) &&
           r.duration(o.value(k("at")), M::member(path, k("at")), durationMs, &inj->atMs) &&
           readCondition(r, o, path, &inj->condition);
}

bool readRule(ScenarioJsonReader& r, const QJsonObject& scoring, const QString& path, const QString& key,
              const QString& targetKind, ScoreRule* rule)
{
    using M = ScenarioJsonReader;
    if (!scoring.contains(key))
        return true;
    const QString p = M::member(path, key);
    QJsonObject o;
    if (!r.object(scoring, path, key, &o))
        return false;
    const QStringList targetKeys = targetKind.isEmpty() ? QStringList{} : QStringList{targetKind};
    if (!r.keys(o, p, {k("weight")}, targetKeys) ||
        !r.number(o.value(k("weight")), M::member(p, k("weight")), 0, 100, &rule->weight))
        return false;
    rule->enabled = rule->weight > 0;
    if (targetKind == k("target") && key == k("checklist"))
        return !o.contains(targetKind) ||
               r.number(o.value(targetKind), M::member(p, targetKind), 0.01, 1, &rule->targetRatio);
    if (targetKind == k("expected"))
        return !o.contains(targetKind) ||
               r.integer(o.value(targetKind), M::member(p, targetKind), 1, 50, &rule->expected);
    if (targetKind == k("target")) {
        if (!o.contains(targetKind))
            return r.fail(M::member(p, targetKind), ScenarioParser::tr("required field is missing"));
        if (!r.duration(o.value(targetKind), M::member(p, targetKind), ScenarioParser::maxDurationMs,
                        &rule->targetMs))
            return false;
        if (rule->targetMs <= 0)
            return r.fail(M::member(p, targetKind), ScenarioParser::tr("a target must be longer than zero"));
    }
    return true;
}

bool readScoring(ScenarioJsonReader& r, const QJsonObject& root, ScenarioScoring* s)
{
    const QString path = ScenarioJsonReader::member(kRoot, k("scoring"));
    QJsonObject o;
    if (!r.object(root, kRoot, k("scoring"), &o))
        return false;
    if (!r.keys(o, path, {},
                {k("declare"), k("roles"), k("first_update"), k("cadence"), k("checklist"), k("handoff"),
                 k("changes")}))
        return false;
    const bool ok = readRule(r, o, path, k("declare"), k("target"), &s->declare) &&
                    readRule(r, o, path, k("roles"), k("target"), &s->roles) &&
                    readRule(r, o, path, k("first_update"), k("target"), &s->firstUpdate) &&
                    readRule(r, o, path, k("cadence"), k("target"), &s->cadence) &&
                    readRule(r, o, path, k("checklist"), k("target"), &s->checklist) &&
                    readRule(r, o, path, k("handoff"), QString(), &s->handoff) &&
                    readRule(r, o, path, k("changes"), k("expected"), &s->changes);
    if (!ok)
        return false;
    if (s->checklist.enabled && s->checklist.targetRatio == 0)
        s->checklist.targetRatio = 1;
    if (s->changes.enabled && s->changes.expected == 0)
        s->changes.expected = 1;
    const double total = s->declare.weight + s->roles.weight + s->firstUpdate.weight + s->cadence.weight +
                         s->checklist.weight + s->handoff.weight + s->changes.weight;
    if (total <= 0)
        return r.fail(path, ScenarioParser::tr("at least one score needs a weight above zero"));
    return true;
}

bool readStart(ScenarioJsonReader& r, const QJsonObject& root, Scenario* s)
{
    using M = ScenarioJsonReader;
    const QString path = M::member(kRoot, k("start"));
    QJsonObject o;
    QJsonArray services;
    QString severity;
    if (!r.object(root, kRoot, k("start"), &o) || !r.keys(o, path, {k("services"), k("severity_hint")}, {}) ||
        !r.array(o, path, k("services"), 20, &services) ||
        !r.oneOf(o.value(k("severity_hint")), M::member(path, k("severity_hint")),
                 {k("SEV1"), k("SEV2"), k("SEV3"), k("SEV4")}, &severity))
        return false;
    s->severityHint = *Severities::parse(severity);
    for (int i = 0; i < services.size(); ++i) {
        LocalizedText name;
        if (!r.name(services.at(i), M::index(M::member(path, k("services")), i),
                    ScenarioParser::maxShortChars, &name))
            return false;
        s->services << name;
    }
    return true;
}

bool readInjects(ScenarioJsonReader& r, const QJsonObject& root, Scenario* s)
{
    using M = ScenarioJsonReader;
    const QString path = M::member(kRoot, k("injects"));
    QJsonArray arr;
    if (!r.array(root, kRoot, k("injects"), ScenarioParser::maxInjects, &arr))
        return false;
    if (arr.isEmpty())
        return r.fail(path, ScenarioParser::tr("a scenario needs at least one inject"));
    QSet<QString> ids;
    for (int i = 0; i < arr.size(); ++i) {
        ScenarioInject inj;
        const QString p = M::index(path, i);
        if (!readInject(r, arr.at(i), p, s->durationMs, &inj))
            return false;
        if (ids.contains(inj.id))
            return r.fail(M::member(p, k("id")),
                          ScenarioParser::tr("the id \"%1\" is used twice").arg(inj.id));
        if (!s->injects.isEmpty() && inj.atMs < s->injects.constLast().atMs)
            return r.fail(
                M::member(p, k("at")),
                ScenarioParser::tr("times must not go backwards (T+%1 comes after T+%2)")
                    .arg(M::formatDuration(inj.atMs), M::formatDuration(s->injects.constLast().atMs)));
        ids.insert(inj.id);
        s->injects << inj;
    }
    return true;
}
} // namespace

int ScenarioParser::nestingDepth(const QByteArray& json)
{
    int depth = 0;
    int deepest = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : json) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        else if (c == '{' || c == '[')
            deepest = qMax(deepest, ++depth);
        else if (c == '}' || c == ']')
            --depth;
    }
    return deepest;
}

Result<Scenario> ScenarioParser::parse(const QByteArray& json)
{
    if (json.size() > maxFileBytes)
        return fail(
            tr("The scenario file is too large (%1 bytes; at most %2).").arg(json.size()).arg(maxFileBytes));
    if (nestingDepth(json) > maxDepth)
        return fail(
            tr("%1: the file nests objects and arrays deeper than %2 levels.").arg(kRoot).arg(maxDepth));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
            tr("The scenario is not valid JSON at byte %1: %2.").arg(error.offset).arg(error.errorString()));
    if (!doc.isObject())
        return fail(tr("%1: a scenario file holds one JSON object.").arg(kRoot));

    using M = ScenarioJsonReader;
    const QJsonObject root = doc.object();
    ScenarioJsonReader r;
    Scenario s;
    QString format;
    const bool ok =
        r.keys(root, kRoot,
               {k("format"), k("version"), k("id"), k("title"), k("briefing"), k("start"), k("duration"),
                k("injects"), k("scoring")},
               {}) &&
        r.oneOf(root.value(k("format")), M::member(kRoot, k("format")), {formatName}, &format) &&
        r.integer(root.value(k("version")), M::member(kRoot, k("version")), 1, Scenario::currentFormatVersion,
                  &s.formatVersion) &&
        r.identifier(root.value(k("id")), M::member(kRoot, k("id")), &s.id) &&
        r.text(root.value(k("title")), M::member(kRoot, k("title")), maxShortChars, &s.title) &&
        r.text(root.value(k("briefing")), M::member(kRoot, k("briefing")), maxTextChars, &s.briefing) &&
        readStart(r, root, &s) &&
        r.duration(root.value(k("duration")), M::member(kRoot, k("duration")), maxDurationMs,
                   &s.durationMs) &&
        readInjects(r, root, &s) && readScoring(r, root, &s.scoring);
    if (!ok)
        return fail(r.error());
    if (s.durationMs <= 0)
        return fail(tr("%1: a scenario must last longer than zero.").arg(M::member(kRoot, k("duration"))));
    return s;
}

Result<Scenario> ScenarioParser::parseFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the scenario file %1: %2").arg(path, f.errorString()));
    if (f.size() > maxFileBytes)
        return fail(
            tr("The scenario file is too large (%1 bytes; at most %2).").arg(f.size()).arg(maxFileBytes));
    return parse(f.read(maxFileBytes + 1));
}
