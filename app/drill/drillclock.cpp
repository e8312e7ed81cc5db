#include "drillclock.h"

#include <cmath>

void DrillClock::start(qint64 wallMs, double speed)
{
    m_segments = {ClockSegment{wallMs, 0, speed}};
}

void DrillClock::setSpeed(qint64 wallMs, double speed)
{
    const qint64 scenario = scenarioAt(wallMs);
    m_segments << ClockSegment{wallMs, scenario, speed};
}

void DrillClock::jumpTo(qint64 wallMs, qint64 scenarioMs)
{
    const qint64 now = scenarioAt(wallMs);
    m_segments << ClockSegment{wallMs, qMax(now, scenarioMs), speed()};
}

qint64 DrillClock::scenarioAt(qint64 wallMs) const
{
    const ClockSegment* active = nullptr;
    for (const ClockSegment& s : m_segments)
        if (s.wallStartMs <= wallMs)
            active = &s;
    if (!active)
        return 0;
    return active->scenarioStartMs +
           qint64(std::llround(double(wallMs - active->wallStartMs) * active->speed));
}

qint64 DrillClock::wallAt(qint64 scenarioMs) const
{
    if (m_segments.isEmpty())
        return -1;
    const ClockSegment& last = m_segments.constLast();
    if (scenarioMs <= last.scenarioStartMs)
        return last.wallStartMs;
    if (last.speed <= 0)
        return -1;
    return last.wallStartMs + qint64(std::ceil(double(scenarioMs - last.scenarioStartMs) / last.speed));
}
