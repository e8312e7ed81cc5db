#pragma once

#include "result.h"

struct DrillObservations;

// One place the drill learns what trainees did. The collector asks each source in turn; a later source
// overwrites what an earlier one set. When the role board, checklist, change log and notifications land,
// each adds a source here (RoleFactSource, ChecklistFactSource …) and the scorer stays as it is.
class DrillFactSource
{
public:
    virtual ~DrillFactSource() = default;
    virtual Status collect(qint64 incidentId, DrillObservations* into) const = 0;
};
