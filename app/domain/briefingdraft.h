#pragma once

#include "handoff.h"
#include "incident.h"
#include "roleboard.h"
#include "timelineentry.h"

#include <QList>

// A first draft of the ICS-201 briefing from what the product already knows, for the outgoing holder to
// correct: situation from status, severity, impact and summary; objectives from the lifecycle stage;
// current actions from recent actions and decisions and open calls for help; organisation from the board.
namespace BriefingDraft {
constexpr int recentActions = 5;
// `recent` is newest first; only actions and decisions are used.
Briefing make(const Incident& incident, const RoleBoard& board, const QList<TimelineEntry>& recent);
} // namespace BriefingDraft
