#include "templatelibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString localized(const QJsonObject& object, const QString& field, const QString& language)
{
    const QJsonValue v = object.value(field).toObject().value(language);
    if (v.isArray()) {
        QStringList lines;
        for (const QJsonValue& line : v.toArray())
            lines << line.toString();
        return lines.join(QLatin1Char('\n'));
    }
    return v.toString();
}
} // namespace

QList<NotificationTemplate> TemplateLibrary::bundled()
{
    static const QList<NotificationTemplate> cached = [] {
        QList<NotificationTemplate> out;
        const QDir dir(QStringLiteral(":/templates/notifications"));
        for (const QString& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
            const QStringList languages{QStringLiteral("ja"), QStringLiteral("en")};
            for (const QString& language : languages) {
                NotificationTemplate t;
                t.key = o.value(QStringLiteral("key")).toString();
                t.language = language;
                t.audience = Audiences::parse(o.value(QStringLiteral("audience")).toString())
                                 .value_or(Audience::Responders);
                t.name = localized(o, QStringLiteral("name"), language);
                t.title = localized(o, QStringLiteral("title"), language);
                t.body = localized(o, QStringLiteral("body"), language);
                t.bundled = true;
                if (!t.key.isEmpty() && !t.body.isEmpty())
                    out << t;
            }
        }
        return out;
    }();
    return cached;
}
