#pragma once

#include "drillclock.h"
#include "drillobservations.h"
#include "drillscore.h"
#include "scenario.h"

#include <QCoreApplication>

// Turns what happened into scores, by the scenario's weights and targets. Pure: no I/O.
//
// Time scores (declare, roles, first_update): full weight when done by the target; past it, the share falls
// linearly to zero at three times the target; never done: zero. Cadence: the share of gaps between updates
// (and from the last update to the end, or to resolution) that are within the target. Checklist: done/total
// against the target ratio. Handoff: briefed and acknowledged: full; briefed only: half. Changes: recorded
// changes against the expected count. The total is the points over the measured weights, out of 100.
class DrillScorer final
{
    Q_DECLARE_TR_FUNCTIONS(DrillScorer)

public:
    // endScenarioMs: where the drill stopped (its duration, or earlier if finished early).
    static DrillScoreCard score(const ScenarioScoring& scoring, const DrillObservations& facts,
                                const DrillClock& clock, qint64 endScenarioMs);

    // The share of a time score earned at `elapsedMs` against `targetMs`.
    static double timeFraction(qint64 elapsedMs, qint64 targetMs);
};
