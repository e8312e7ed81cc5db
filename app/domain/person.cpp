#include "person.h"

#include <QRegularExpression>

QString Person::reachText() const
{
    QStringList parts;
    if (!handle.isEmpty())
        parts << QLatin1Char('@') + handle;
    if (!phone.isEmpty())
        parts << phone;
    if (!email.isEmpty())
        parts << email;
    return parts.join(QStringLiteral(" · "));
}

QString Person::label() const
{
    return handle.isEmpty() ? name : QStringLiteral("%1 (@%2)").arg(name, handle);
}

bool Person::isUser(const QString& userName) const
{
    const QString u = userName.trimmed();
    return !u.isEmpty() && ((!handle.isEmpty() && u.compare(handle, Qt::CaseInsensitive) == 0) ||
                            u.compare(name, Qt::CaseInsensitive) == 0);
}

QString People::normalizeHandle(const QString& handle)
{
    QString h = handle.trimmed();
    while (h.startsWith(QLatin1Char('@')))
        h.remove(0, 1);
    return h;
}

QStringList People::splitList(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;,、]"));
    QStringList out;
    for (const QString& part : text.split(separators)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out << t;
    }
    return out;
}
