#pragma once

#include "domain/handoff.h"

#include <QString>

#include <optional>

// Who holds the Incident Commander role now, for {{ic.name}} and {{ic.contact}}. The role board implements
// this; until it is set, NotificationService falls back to the incident's declaring author.
struct CommanderContact
{
    QString name;
    QString contact; // phone, chat handle, bridge link … empty when unknown
};

class CommanderDirectory
{
public:
    virtual ~CommanderDirectory() = default;
    // An empty name means "nobody recorded"; the fallback then applies.
    virtual CommanderContact currentCommander(qint64 incidentId) const = 0;
    // The incident's latest recorded handoff of any role, for {{handoff.*}}; nullopt when there is none.
    virtual std::optional<HandoffNotice> latestHandoff(qint64 incidentId) const = 0;
};
