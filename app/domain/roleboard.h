#pragma once

#include "assignment.h"
#include "helprequest.h"
#include "person.h"
#include "role.h"
#include "severity.h"

#include <QList>
#include <QStringList>

#include <optional>

// One card of the board: the role, its current holder (if delegated) and an open call for help.
struct RoleSlot
{
    RoleDefinition role;
    std::optional<Assignment> assignment;
    std::optional<Person> holder;
    std::optional<HelpRequest> help;

    bool isVacant() const { return !assignment.has_value(); }
};

// The command structure of one incident at one moment, with the rules that read it:
// the IC holds every role not delegated, and a SEV1/SEV2 IC should not also run Operations.
struct RoleBoard
{
    qint64 incidentId = 0;
    Severity severity = Severity::Sev3;
    bool incidentOpen = true;    // not resolved or closed: command must stay held
    bool incidentClosed = false; // closed: the roles are history and no longer change
    QList<RoleSlot> roleSlots; // core roles first, then the optional roles on this incident

    const RoleSlot* slot(const QString& roleKey) const;
    std::optional<Person> commander() const;
    std::optional<Person> nextCommander() const; // the Deputy / Next IC, if someone holds it
    // Role keys the IC holds besides command: vacant roles, and roles assigned to the IC's own person.
    QStringList icAlsoHolds() const;
    // "Communications lead, Planning lead" in the current language; empty when the IC holds nothing else.
    QString icAlsoHoldsText() const;
    // Translated warnings for the top of the board (no IC; IC also holds Operations at SEV1/SEV2).
    QStringList warnings() const;
};
