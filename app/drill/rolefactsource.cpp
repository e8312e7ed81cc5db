#include "rolefactsource.h"

#include "domain/clock.h"
#include "domain/role.h"
#include "drillobservations.h"
#include "services/handoffofferservice.h"
#include "services/roleservice.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
// What this source read, for the debrief.
const DrillObservations::SourceNote kNote{
    "RoleFactSource",
    QT_TRANSLATE_NOOP("RoleFactSource",
                      "Role board: when the commander, operations, communications and planning roles "
                      "first all had a holder (the IC counts only for roles assigned to them, not for "
                      "vacant ones); handoff offers with their briefing, and handoffs acknowledged by "
                      "the incoming holder.")};

qint64 earliest(qint64 a, qint64 b)
{
    return !a ? b : !b ? a : qMin(a, b);
}

bool heldAt(const QList<Assignment>& history, const QString& roleKey, qint64 atMs)
{
    return std::any_of(history.begin(), history.end(), [&](const Assignment& a) {
        return a.roleKey == roleKey && Time::toMs(a.startedAt) <= atMs &&
               (a.isCurrent() || Time::toMs(a.endedAt) > atMs);
    });
}
} // namespace

qint64 RoleFactSource::coveredAt(const QList<Assignment>& history)
{
    const QStringList core{Roles::commander, Roles::operations, Roles::communications, Roles::planning};
    QList<qint64> starts;
    for (const Assignment& a : history)
        starts << Time::toMs(a.startedAt);
    std::sort(starts.begin(), starts.end());
    // Coverage can only begin when some assignment begins, so those are the moments worth checking.
    for (qint64 t : std::as_const(starts))
        if (std::all_of(core.begin(), core.end(),
                        [&](const QString& role) { return heldAt(history, role, t); }))
            return t;
    return 0;
}

Status RoleFactSource::collect(qint64 incidentId, DrillObservations* into) const
{
    const Result<QList<Assignment>> history = m_roles.history(incidentId);
    if (!history)
        return history.failure();
    const Result<QList<Handoff>> handoffs = m_roles.handoffs(incidentId);
    if (!handoffs)
        return handoffs.failure();
    const Result<QList<HandoffOffer>> offers = m_offers.allOffers(incidentId);
    if (!offers)
        return offers.failure();

    into->rolesCoveredAtMs = coveredAt(history.value());
    into->rolesMeasured = true;
    into->handoffAcknowledgedAtMs = 0;
    into->handoffBriefedAtMs = 0;
    for (const Handoff& h : handoffs.value())
        into->handoffAcknowledgedAtMs = earliest(into->handoffAcknowledgedAtMs, Time::toMs(h.acknowledgedAt));
    // A handoff recorded at the screen had its briefing read out there, at the moment of acknowledging.
    into->handoffBriefedAtMs = into->handoffAcknowledgedAtMs;
    for (const HandoffOffer& o : offers.value())
        into->handoffBriefedAtMs = earliest(into->handoffBriefedAtMs, Time::toMs(o.offeredAt));
    into->handoffMeasured = true;
    into->sources << kNote;
    return {};
}
