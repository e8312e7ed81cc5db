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
    return {ic->label(), ic->reachText()};
}
