#pragma once

#include "drillfactsource.h"

class ChangeService;

// Changes to production from the change log (ChangeService), at the time each change was made. Editing a
// change or marking it reverted is not a new change, and the action entries that the checklist and the
// change log write on the timeline are not read at all: ticking "mitigate first" changes nothing in
// production.
class ChangeFactSource final : public DrillFactSource
{
public:
    explicit ChangeFactSource(const ChangeService& changes) : m_changes(changes) {}
    Status collect(qint64 incidentId, DrillObservations* into) const override;

private:
    const ChangeService& m_changes;
};
