#include "drillplayer.h"

#include "core.h"
#include "domain/clock.h"
#include "drillservice.h"

#include <limits>

Status DrillPlayer::moveTo(const DrillRun& run, qint64 scenarioMs, const Wait& wait)
{
    const qint64 wall = run.clock.wallAt(scenarioMs);
    if (wall < 0)
        return fail(
            tr("The drill clock is stopped (step-by-step mode); a headless run needs a speed above zero."));
    const qint64 now = m_clock.nowMs();
    if (wall > now) {
        if (wait)
            wait(wall - now);
        m_clock.set(Time::fromMs(wall));
    }
    return {};
}

Result<DrillRun> DrillPlayer::play(qint64 runId, const QList<DrillAction>& actions, const Wait& wait)
{
    DrillService& drills = m_core.drills();
    constexpr qint64 never = std::numeric_limits<qint64>::max();
    int next = 0;
    for (;;) {
        Result<DrillRun> run = drills.get(runId);
        if (!run)
            return run;
        if (!run->isRunning())
            return run;
        const DrillInjectState* pending = run->nextPending();
        const qint64 injectAt = pending ? pending->dueMs : never;
        const qint64 actionAt = next < actions.size() ? actions.at(next).atMs : never;
        const qint64 at = qMin(injectAt, actionAt);
        if (at == never || at > run->scenario.durationMs) {
            if (Status s = moveTo(run.value(), run->scenario.durationMs, wait); !s)
                return s.failure();
            if (Status s = drills.finish(runId); !s)
                return s.failure();
            continue;
        }
        if (Status s = moveTo(run.value(), at, wait); !s)
            return s.failure();
        // A trainee acting at the same moment as an inject acts first: "an update by T+20m" includes T+20m.
        if (actionAt <= injectAt) {
            if (Status s = DrillActions::perform(m_core, run->incidentId, actions.at(next)); !s)
                return fail(tr("Scripted action %1 (%2) failed: %3")
                                .arg(next + 1)
                                .arg(actions.at(next).verb, s.error()));
            ++next;
        } else if (Result<int> fired = drills.advance(runId); !fired) {
            return fired.failure();
        }
    }
}
