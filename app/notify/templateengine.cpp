#include "templateengine.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
const QRegularExpression& pattern()
{
    static const QRegularExpression re(QStringLiteral("\\{\\{\\s*([A-Za-z0-9_.]+)\\s*\\}\\}"));
    return re;
}
} // namespace

QStringList TemplateEngine::knownNames()
{
    return {
        QStringLiteral("incident.title"), QStringLiteral("incident.code"), QStringLiteral("incident.summary"),
        QStringLiteral("severity"),       QStringLiteral("status"),        QStringLiteral("impact"),
        QStringLiteral("next_update"),    QStringLiteral("ic.name"),       QStringLiteral("ic.contact"),
        QStringLiteral("changes"),        QStringLiteral("actions"),       QStringLiteral("declared_at"),
        QStringLiteral("duration"),       QStringLiteral("now"),           QStringLiteral("audience")};
}

QStringList TemplateEngine::placeholders(const QString& text)
{
    QStringList names;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const QString name = it.next().captured(1);
        if (!names.contains(name))
            names << name;
    }
    return names;
}

Result<QString> TemplateEngine::expand(const QString& text, const QHash<QString, QString>& values)
{
    QStringList unknown;
    for (const QString& name : placeholders(text))
        if (!values.contains(name))
            unknown << QStringLiteral("{{") + name + QStringLiteral("}}");
    if (!unknown.isEmpty())
        return fail(
            QCoreApplication::translate("TemplateEngine", "Unknown placeholder %1. Known placeholders: %2")
                .arg(unknown.join(QStringLiteral(", ")), QStringLiteral("{{") +
                                                             knownNames().join(QStringLiteral("}}, {{")) +
                                                             QStringLiteral("}}")));
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    auto it = pattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += values.value(m.captured(1));
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    return out;
}
