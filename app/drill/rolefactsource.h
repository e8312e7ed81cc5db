#pragma once

#include "drillfactsource.h"

#include <QList>

class HandoffOfferService;
class RoleService;
struct Assignment;

// Roles and handoffs from the role board.
//
// Roles are covered at the first moment when the Incident Commander, Operations, Communications and
// Planning each have a current holder in the assignment history. "Knowingly held by the IC" means the
// role was assigned to the IC's own person (the board's "hold it myself", which RoleBoard::icAlsoHolds()
// lists like a vacant role). A merely vacant role does not count, although the board says the IC holds it
// implicitly: that is true from the moment anyone takes command, so counting it would score doing nothing
// as a perfect delegation. A role released back to the IC is uncovered again until someone holds it.
//
// Handoff: briefed when an offer was made with its ICS-201 briefing (HandoffOfferService, open or not)
// or a handoff was recorded; acknowledged when RoleService recorded a handoff, which it does only once
// the incoming holder acknowledged. Any role counts, not only command.
class RoleFactSource final : public DrillFactSource
{
public:
    RoleFactSource(const RoleService& roles, const HandoffOfferService& offers)
        : m_roles(roles), m_offers(offers)
    {
    }
    Status collect(qint64 incidentId, DrillObservations* into) const override;

    // Wall ms when all four core roles first had a holder at once; 0 if never.
    static qint64 coveredAt(const QList<Assignment>& history);

private:
    const RoleService& m_roles;
    const HandoffOfferService& m_offers;
};
