#include "handoff.h"

#include <QCoreApplication>
#include <QStringList>

bool Briefing::isEmpty() const
{
    return situation.trimmed().isEmpty() && objectives.trimmed().isEmpty() &&
           currentActions.trimmed().isEmpty() && organisation.trimmed().isEmpty();
}

QString Briefing::toText() const
{
    return toText(
        [](const char* context, const char* source) { return QCoreApplication::translate(context, source); });
}

QString Briefing::toText(const std::function<QString(const char*, const char*)>& translate) const
{
    QStringList parts;
    auto add = [&parts, &translate](const char* label, const QString& text) {
        if (!text.trimmed().isEmpty())
            parts << translate("Briefing", label) + QLatin1Char('\n') + text.trimmed();
    };
    add(QT_TRANSLATE_NOOP("Briefing", "Situation:"), situation);
    add(QT_TRANSLATE_NOOP("Briefing", "Objectives:"), objectives);
    add(QT_TRANSLATE_NOOP("Briefing", "Current actions:"), currentActions);
    add(QT_TRANSLATE_NOOP("Briefing", "Current organisation:"), organisation);
    return parts.join(QStringLiteral("\n\n"));
}

HandoffParties handoffParties(const Assignment& from, const Person& to, const Briefing& briefing)
{
    HandoffParties p;
    p.incidentId = from.incidentId;
    p.roleKey = from.roleKey;
    p.fromPersonId = from.personId;
    p.toPersonId = to.id;
    p.fromName = from.personName;
    p.toName = to.name;
    p.briefing = briefing;
    return p;
}
