#include "severity.h"

#include <QCoreApplication>
#include <QList>

QString Severities::code(Severity s)
{
    return QStringLiteral("SEV%1").arg(int(s));
}

std::optional<Severity> Severities::parse(const QString& text)
{
    QString t = text.trimmed().toUpper();
    if (t.startsWith(QStringLiteral("SEV")))
        t = t.mid(3);
    bool ok = false;
    const int n = t.toInt(&ok);
    if (!ok || n < 1 || n > 4)
        return std::nullopt;
    return Severity(n);
}

QString Severities::definition(Severity s)
{
    switch (s) {
    case Severity::Sev1:
        return QCoreApplication::translate("Severity", "Critical: the service is down or data is at risk for "
                                                       "many customers. All hands, executives informed.");
    case Severity::Sev2:
        return QCoreApplication::translate("Severity", "Major: a core feature is broken or badly degraded for "
                                                       "a significant share of customers.");
    case Severity::Sev3:
        return QCoreApplication::translate("Severity", "Minor: partial degradation with a workaround, or few "
                                                       "customers affected.");
    case Severity::Sev4:
        return QCoreApplication::translate("Severity", "Low: no customer impact yet; a risk that needs "
                                                       "coordinated attention.");
    }
    return {};
}

QList<Severity> Severities::all()
{
    return {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4};
}
