#pragma once

#include "result.h"

struct DrillObservations;

// One place the drill learns what trainees did. The collector asks each source in turn; a later source
// overwrites what an earlier one set. Core adds one per area that records facts (timeline, checklist, role
// board, change log); a new area adds its own and the scorer stays as it is.
class DrillFactSource
{
public:
    virtual ~DrillFactSource() = default;
    virtual Status collect(qint64 incidentId, DrillObservations* into) const = 0;
};
