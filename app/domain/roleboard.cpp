#include "roleboard.h"

#include <QCoreApplication>

const RoleSlot* RoleBoard::slot(const QString& roleKey) const
{
    for (const RoleSlot& s : roleSlots)
        if (s.role.key == roleKey)
            return &s;
    return nullptr;
}

std::optional<Person> RoleBoard::commander() const
{
    const RoleSlot* s = slot(Roles::commander);
    return s ? s->holder : std::nullopt;
}

std::optional<Person> RoleBoard::nextCommander() const
{
    const RoleSlot* s = slot(Roles::deputy);
    return s ? s->holder : std::nullopt;
}

QStringList RoleBoard::icAlsoHolds() const
{
    const std::optional<Person> ic = commander();
    QStringList keys;
    if (!ic)
        return keys;
    for (const RoleSlot& s : roleSlots) {
        if (s.role.key == Roles::commander)
            continue;
        if (s.isVacant() || (s.holder && s.holder->id == ic->id))
            keys << s.role.key;
    }
    return keys;
}

QString RoleBoard::icAlsoHoldsText() const
{
    QStringList names;
    for (const QString& key : icAlsoHolds())
        if (const RoleSlot* s = slot(key))
            names << s->role.displayName();
    return names.join(QCoreApplication::translate("RoleBoard", ", "));
}

QStringList RoleBoard::warnings() const
{
    QStringList out;
    if (!incidentOpen)
        return out;
    if (!commander()) {
        out << QCoreApplication::translate("RoleBoard",
                                           "Nobody is Incident Commander. Take command or assign an "
                                           "IC now: every incident needs exactly one.");
        return out;
    }
    const bool severe = severity == Severity::Sev1 || severity == Severity::Sev2;
    if (severe && icAlsoHolds().contains(Roles::operations))
        out << QCoreApplication::translate("RoleBoard",
                                           "%1: the Incident Commander also holds Operations. "
                                           "Delegate Operations so the IC can keep the overview.")
                   .arg(Severities::code(severity));
    return out;
}
