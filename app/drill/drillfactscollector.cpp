#include "drillfactscollector.h"

Result<DrillObservations> DrillFactsCollector::collect(qint64 incidentId) const
{
    DrillObservations facts;
    for (const auto& source : m_sources)
        if (Status s = source->collect(incidentId, &facts); !s)
            return s.failure();
    return facts;
}
