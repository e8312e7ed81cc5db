#include "drillscheduler.h"

#include "drillservice.h"

#include <QTimer>

DrillScheduler::DrillScheduler(DrillService& drills, QObject* parent)
    : QObject(parent), m_drills(drills), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &DrillScheduler::tick);
}

void DrillScheduler::start(int intervalMs)
{
    m_timer->start(intervalMs);
}

void DrillScheduler::stop()
{
    m_timer->stop();
}

int DrillScheduler::tick()
{
    const Result<QList<DrillRun>> running = m_drills.list(true);
    if (!running) {
        emit errorOccurred(running.error());
        return 0;
    }
    int fired = 0;
    for (const DrillRun& run : running.value()) {
        if (!run.nextPending() || run.clock.isStepping())
            continue;
        const Result<int> n = m_drills.advance(run.id);
        if (!n) {
            emit errorOccurred(n.error());
            continue;
        }
        fired += n.value();
    }
    return fired;
}
