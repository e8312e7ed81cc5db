#pragma once

#include "drillaction.h"
#include "drillrun.h"
#include "result.h"

#include <functional>

class Core;
class ManualClock;

// Plays a drill headless (icctl drill run, tests): moves a manual clock from event to event — the next
// inject, the next scripted action — fires what is due, performs the actions, and finishes the drill at the
// scenario's end. `wait` is called with the wall milliseconds until each event, to pace a real-time run;
// without it the run takes no real time at all.
class DrillPlayer final
{
    Q_DECLARE_TR_FUNCTIONS(DrillPlayer)

public:
    using Wait = std::function<void(qint64 ms)>;
    DrillPlayer(Core& core, ManualClock& clock) : m_core(core), m_clock(clock) {}

    Result<DrillRun> play(qint64 runId, const QList<DrillAction>& actions, const Wait& wait = {});

private:
    Status moveTo(const DrillRun& run, qint64 scenarioMs, const Wait& wait);

    Core& m_core;
    ManualClock& m_clock;
};
