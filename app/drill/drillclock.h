#pragma once

#include <QList>

// One stretch of a drill's clock: from wallStartMs on, scenario time runs at `speed` × wall time
// (speed 0: stopped, as in step-by-step mode) starting from scenarioStartMs.
struct ClockSegment
{
    qint64 wallStartMs = 0;
    qint64 scenarioStartMs = 0;
    double speed = 1;
};

// The scenario clock: maps wall time (the Clock's UTC milliseconds) to scenario time (ms after T+0) and
// back. Every speed change or step appends a segment, so any past wall time — when a trainee declared, sent
// an update — maps to the scenario time it happened at, even across pauses and speed changes.
class DrillClock final
{
public:
    DrillClock() = default;
    explicit DrillClock(QList<ClockSegment> segments) : m_segments(std::move(segments)) {}

    void start(qint64 wallMs, double speed);
    // Changes speed from wallMs on; the scenario time reached so far is kept.
    void setSpeed(qint64 wallMs, double speed);
    // Moves scenario time to scenarioMs at wallMs (step-by-step mode, or firing an inject early). Never
    // backwards.
    void jumpTo(qint64 wallMs, qint64 scenarioMs);

    qint64 scenarioAt(qint64 wallMs) const;
    // The wall time at which the clock, as it runs now, reaches scenarioMs; -1 if it is stopped before then.
    qint64 wallAt(qint64 scenarioMs) const;
    double speed() const { return m_segments.isEmpty() ? 0 : m_segments.constLast().speed; }
    bool isStepping() const { return speed() == 0; }
    const QList<ClockSegment>& segments() const { return m_segments; }

private:
    QList<ClockSegment> m_segments;
};
