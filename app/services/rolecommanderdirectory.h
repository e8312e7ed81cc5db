#pragma once

#include "commanderdirectory.h"

class RoleService;

// Answers "who is the IC and how do I reach them" for notification templates from the role board.
class RoleCommanderDirectory final : public CommanderDirectory
{
public:
    explicit RoleCommanderDirectory(const RoleService& roles) : m_roles(roles) {}
    CommanderContact currentCommander(qint64 incidentId) const override;
    std::optional<HandoffNotice> latestHandoff(qint64 incidentId) const override;

private:
    const RoleService& m_roles;
};
