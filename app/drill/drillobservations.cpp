#include "drillobservations.h"

qint64 DrillObservations::firstTime(DrillFact fact) const
{
    switch (fact) {
    case DrillFact::Declared:
        return declaredAtMs;
    case DrillFact::RolesCovered:
        return rolesCoveredAtMs;
    case DrillFact::StakeholderUpdate:
        return stakeholderUpdatesMs.isEmpty() ? 0 : stakeholderUpdatesMs.constFirst();
    case DrillFact::HandoffAcknowledged:
        return handoffAcknowledgedAtMs;
    case DrillFact::ChangeRecorded:
        return changesMs.isEmpty() ? 0 : changesMs.constFirst();
    case DrillFact::Mitigated:
        return mitigatedAtMs;
    case DrillFact::Resolved:
        return resolvedAtMs;
    }
    return 0;
}
