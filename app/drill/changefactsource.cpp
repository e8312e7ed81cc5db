#include "changefactsource.h"

#include "domain/clock.h"
#include "drillobservations.h"
#include "services/changeservice.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// What this source read, for the debrief.
const DrillObservations::SourceNote kNote{
    "ChangeFactSource",
    QT_TRANSLATE_NOOP("ChangeFactSource",
                      "Changes to production: the incident's change log, each change at the time it "
                      "was made; edits and reverts are not new changes.")};
} // namespace

Status ChangeFactSource::collect(qint64 incidentId, DrillObservations* into) const
{
    const Result<QList<ProductionChange>> changes = m_changes.list(incidentId);
    if (!changes)
        return changes.failure();
    into->changesMs.clear();
    for (const ProductionChange& c : changes.value())
        into->changesMs << Time::toMs(c.madeAt);
    std::sort(into->changesMs.begin(), into->changesMs.end());
    into->changesMeasured = true;
    into->sources << kNote;
    return {};
}
