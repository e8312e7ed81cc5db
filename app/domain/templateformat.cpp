#include "templateformat.h"

#include "jsonlocator.h"
#include "templatevalidator.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
struct TemplateFile
{
    Q_DECLARE_TR_FUNCTIONS(TemplateFile)
};

// Reads the JSON tree into a template, stopping at the first problem with its path.
class Reader final
{
public:
    std::optional<TemplateIssue> issue;
    QString issuePath;

    bool failAt(const QString& path, const QString& why)
    {
        if (issuePath.isEmpty()) {
            issuePath = path;
            issue = TemplateIssue{-1, {}, why};
        }
        return false;
    }

    bool onlyKnownFields(const QJsonObject& o, const QString& path, const QStringList& known)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!known.contains(it.key()))
                return failAt(path + QLatin1Char('.') + it.key(),
                              TemplateFile::tr("Unknown field \"%1\". Allowed here: %2.")
                                  .arg(it.key().left(60), known.join(QStringLiteral(", "))));
        return true;
    }

    bool string(const QJsonObject& o, const QString& path, const QString& name, QString* into, bool required)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                return failAt(path + QLatin1Char('.') + name,
                              TemplateFile::tr("The field \"%1\" is missing.").arg(name));
            return true;
        }
        if (!v.isString())
            return failAt(path + QLatin1Char('.') + name,
                          TemplateFile::tr("\"%1\" must be a text in quotes.").arg(name));
        *into = v.toString();
        return true;
    }

    bool localized(const QJsonObject& o, const QString& path, const QString& name, LocalizedText* into)
    {
        const QString here = path + QLatin1Char('.') + name;
        const QJsonValue v = o.value(name);
        if (!v.isObject())
            return failAt(
                here,
                v.isUndefined()
                    ? TemplateFile::tr("The field \"%1\" is missing.").arg(name)
                    : TemplateFile::tr("\"%1\" must be an object with \"en\" and \"ja\" texts.").arg(name));
        const QJsonObject t = v.toObject();
        return onlyKnownFields(t, here, {QStringLiteral("en"), QStringLiteral("ja")}) &&
               string(t, here, QStringLiteral("en"), &into->en, true) &&
               string(t, here, QStringLiteral("ja"), &into->ja, true);
    }

    bool item(const QJsonValue& v, const QString& path, TemplateItem* into)
    {
        if (!v.isObject())
            return failAt(path, TemplateFile::tr("Each item must be an object."));
        const QJsonObject o = v.toObject();
        if (!onlyKnownFields(o, path,
                             {QStringLiteral("phase"), QStringLiteral("role"),
                              QStringLiteral("timebox_minutes"), QStringLiteral("text")}))
            return false;
        QString phase;
        if (!string(o, path, QStringLiteral("phase"), &phase, true))
            return false;
        const auto parsed = ChecklistPhases::parse(phase);
        if (!parsed) {
            QStringList keys;
            for (ChecklistPhase p : ChecklistPhases::all())
                keys << ChecklistPhases::key(p);
            return failAt(path + QStringLiteral(".phase"),
                          TemplateFile::tr("Unknown phase \"%1\". Use one of %2.")
                              .arg(phase.left(60), keys.join(QStringLiteral(", "))));
        }
        into->phase = *parsed;
        if (!string(o, path, QStringLiteral("role"), &into->roleKey, false))
            return false;
        const QJsonValue box = o.value(QStringLiteral("timebox_minutes"));
        if (!box.isUndefined() && !box.isNull()) {
            const double d = box.toDouble(-1);
            if (!box.isDouble() || d != double(qint64(d)) || d < 1 || d > 1e7)
                return failAt(
                    path + QStringLiteral(".timebox_minutes"),
                    TemplateFile::tr("\"timebox_minutes\" must be a whole number of minutes, 1 or more."));
            into->timeBoxMinutes = int(d);
        }
        return localized(o, path, QStringLiteral("text"), &into->text);
    }

    bool root(const QJsonObject& o, ChecklistTemplate* t)
    {
        const QString path = QStringLiteral("$");
        if (!onlyKnownFields(o, path,
                             {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("key"),
                              QStringLiteral("severity"), QStringLiteral("name"), QStringLiteral("items")}))
            return false;
        QString format;
        if (!string(o, path, QStringLiteral("format"), &format, true))
            return false;
        if (format != TemplateFormat::formatName())
            return failAt(QStringLiteral("$.format"),
                          TemplateFile::tr("This is not a checklist template (format must be \"%1\").")
                              .arg(TemplateFormat::formatName()));
        const QJsonValue version = o.value(QStringLiteral("version"));
        if (!version.isDouble() || version.toDouble() != double(version.toInt()))
            return failAt(QStringLiteral("$.version"),
                          TemplateFile::tr("\"version\" must be a whole number."));
        if (version.toInt() > TemplateFormat::currentVersion)
            return failAt(
                QStringLiteral("$.version"),
                TemplateFile::tr("The template was written by a newer version of Incident Commander "
                                 "(format version %1; this one reads up to %2).")
                    .arg(version.toInt())
                    .arg(TemplateFormat::currentVersion));
        if (version.toInt() < 1)
            return failAt(QStringLiteral("$.version"), TemplateFile::tr("\"version\" must be 1 or more."));
        if (!string(o, path, QStringLiteral("key"), &t->key, true))
            return false;
        QString severity;
        if (!string(o, path, QStringLiteral("severity"), &severity, false))
            return false;
        if (!severity.isEmpty()) {
            t->severity = Severities::parse(severity);
            if (!t->severity)
                return failAt(QStringLiteral("$.severity"),
                              TemplateFile::tr("Unknown severity \"%1\". Use SEV1, SEV2, SEV3 or SEV4.")
                                  .arg(severity.left(20)));
        }
        if (!localized(o, path, QStringLiteral("name"), &t->name))
            return false;
        const QJsonValue items = o.value(QStringLiteral("items"));
        if (!items.isArray())
            return failAt(QStringLiteral("$.items"), TemplateFile::tr("\"items\" must be a list of items."));
        const QJsonArray arr = items.toArray();
        if (arr.size() > ChecklistTemplates::maxItems)
            return failAt(QStringLiteral("$.items"),
                          TemplateFile::tr("A template holds at most %1 items (this one has %2).")
                              .arg(ChecklistTemplates::maxItems)
                              .arg(arr.size()));
        for (int i = 0; i < arr.size(); ++i) {
            TemplateItem item;
            if (!this->item(arr.at(i), QStringLiteral("$.items[%1]").arg(i), &item))
                return false;
            t->items << item;
        }
        return true;
    }
};

Failure located(const QByteArray& json, const QString& path, const QString& why)
{
    const int line = JsonLocator(json).lineOf(path);
    if (line > 0)
        return fail(TemplateFile::tr("Line %1, %2: %3").arg(line).arg(path, why));
    return fail(TemplateFile::tr("%1: %2").arg(path, why));
}
} // namespace

QString TemplateFormat::formatName()
{
    return QStringLiteral("incident-commander.checklist-template");
}

Result<ChecklistTemplate> TemplateFormat::parse(const QByteArray& json)
{
    if (json.size() > maxFileBytes)
        return fail(
            TemplateFile::tr("The file is too large for a checklist template (%1 KiB; at most %2 KiB).")
                .arg(json.size() / 1024)
                .arg(maxFileBytes / 1024));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = JsonLocator::lineColumn(json, error.offset);
        return fail(TemplateFile::tr("Line %1, column %2: the file is not valid JSON (%3).")
                        .arg(line)
                        .arg(column)
                        .arg(error.errorString()));
    }
    if (!doc.isObject())
        return fail(TemplateFile::tr("Line 1, $: a checklist template must be one JSON object."));
    ChecklistTemplate t;
    Reader reader;
    if (!reader.root(doc.object(), &t))
        return located(json, reader.issuePath, reader.issue->message);
    if (const auto issue = TemplateValidator::firstIssue(t))
        return located(json, TemplateValidator::jsonPath(*issue), issue->message);
    return t;
}

QByteArray TemplateFormat::write(const ChecklistTemplate& t)
{
    auto text = [](const LocalizedText& l) {
        return QJsonObject{{QStringLiteral("en"), l.en}, {QStringLiteral("ja"), l.ja}};
    };
    QJsonArray items;
    for (const TemplateItem& i : t.items) {
        QJsonObject o{{QStringLiteral("phase"), ChecklistPhases::key(i.phase)},
                      {QStringLiteral("text"), text(i.text)}};
        if (!i.roleKey.isEmpty())
            o.insert(QStringLiteral("role"), i.roleKey);
        if (i.timeBoxMinutes > 0)
            o.insert(QStringLiteral("timebox_minutes"), i.timeBoxMinutes);
        items << o;
    }
    QJsonObject root{{QStringLiteral("format"), formatName()},
                     {QStringLiteral("version"), currentVersion},
                     {QStringLiteral("key"), t.key},
                     {QStringLiteral("name"), text(t.name)},
                     {QStringLiteral("items"), items}};
    if (t.severity)
        root.insert(QStringLiteral("severity"), Severities::code(*t.severity));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
