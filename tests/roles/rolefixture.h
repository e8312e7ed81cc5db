#pragma once

#include "domain/incident.h"
#include "domain/person.h"

#include <QList>

class Core;

// Realistic people, a rotation and a SEV1 incident with a command structure, for widget tests and
// screenshots of the role board.
namespace RoleFixture {
struct Seeded
{
    Incident incident;
    QList<Person> people; // 0 Sato (IC), 1 Alice (Ops), 2 Tanaka (Comms), 3 Bob (Deputy), 4 Suzuki, 5 Chen
};

Seeded seed(Core& core);
} // namespace RoleFixture
