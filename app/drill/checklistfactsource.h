#pragma once

#include "drillfactsource.h"

class ChecklistService;

// Checklist completion from the incident's own checklist (made from the severity's template when the drill
// incident was opened, plus items added during the drill): how many items there are, how many are done,
// and when the last one was ticked. A skipped item counts as not done: skipping everything but one item
// must not read as a complete checklist. An incident without items leaves the score not measured.
class ChecklistFactSource final : public DrillFactSource
{
public:
    explicit ChecklistFactSource(const ChecklistService& checklists) : m_checklists(checklists) {}
    Status collect(qint64 incidentId, DrillObservations* into) const override;

private:
    const ChecklistService& m_checklists;
};
