#include "rolecommanderdirectory.h"

#include "roleservice.h"

CommanderContact RoleCommanderDirectory::currentCommander(qint64 incidentId) const
{
    const auto board = m_roles.board(incidentId);
    if (!board)
        return {};
    const auto ic = board->commander();
    if (!ic)
        return {};
    return {ic->name, ic->reachText()};
}

std::optional<HandoffNotice> RoleCommanderDirectory::latestHandoff(qint64 incidentId) const
{
    const auto handoffs = m_roles.handoffs(incidentId);
    if (!handoffs || handoffs->isEmpty())
        return std::nullopt;
    const Handoff* latest = &handoffs->constFirst();
    for (const Handoff& h : handoffs.value())
        if (h.acknowledgedAt > latest->acknowledgedAt || (h.acknowledgedAt == latest->acknowledgedAt && h.id > latest->id))
            latest = &h;
    HandoffNotice n;
    n.roleKey = latest->roleKey;
    n.builtinRole = Roles::builtin(latest->roleKey).has_value();
    if (!n.builtinRole)
        if (const auto role = m_roles.definition(latest->roleKey)) {
            n.roleName = role->name;
            n.roleNameJa = role->nameJa;
        }
    n.fromName = latest->fromName;
    n.toName = latest->toName;
    n.briefing = latest->briefing;
    n.acknowledgedAt = latest->acknowledgedAt;
    return n;
}
