#pragma once

#include "drillfactsource.h"
#include "drillobservations.h"

#include <memory>
#include <vector>

// Asks every fact source, in the order added, what the trainees did in one drill incident.
class DrillFactsCollector final
{
public:
    void addSource(std::unique_ptr<DrillFactSource> source) { m_sources.push_back(std::move(source)); }
    Result<DrillObservations> collect(qint64 incidentId) const;

private:
    std::vector<std::unique_ptr<DrillFactSource>> m_sources;
};
