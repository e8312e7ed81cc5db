#include "checklistfactsource.h"

#include "domain/clock.h"
#include "drillobservations.h"
#include "services/checklistservice.h"

#include <QCoreApplication>

namespace {
// What this source read, for the debrief.
const DrillObservations::SourceNote kNote{
    "ChecklistFactSource",
    QT_TRANSLATE_NOOP("ChecklistFactSource",
                      "Checklist: the incident's checklist items, done against all items (a skipped "
                      "item is not done), and when the last one was ticked.")};
} // namespace

Status ChecklistFactSource::collect(qint64 incidentId, DrillObservations* into) const
{
    const Result<QList<ChecklistItem>> items = m_checklists.items(incidentId);
    if (!items)
        return items.failure();
    if (items->isEmpty())
        return {};
    DrillObservations::Checklist c;
    c.total = int(items->size());
    for (const ChecklistItem& item : items.value()) {
        if (item.state != ChecklistState::Done)
            continue;
        ++c.done;
        c.lastDoneAtMs = qMax(c.lastDoneAtMs, Time::toMs(item.stateAt));
    }
    into->checklist = c;
    into->sources << kNote;
    return {};
}
