#include "incidentmetrics.h"

double IncidentMetrics::followUpCompletion() const
{
    const int counted = followUpsDone + followUpsOpen;
    return counted ? double(followUpsDone) / counted : -1.0;
}
