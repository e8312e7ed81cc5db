#pragma once

#include <QObject>

class DrillService;
class QTimer;

// Keeps running drills moving in the desktop app: every interval it fires the injects that have fallen
// due on each running drill's scenario clock. It polls rather than sleeping until the next inject, so
// changes made elsewhere (icctl, another window, a speed change) are picked up without extra signals.
class DrillScheduler final : public QObject
{
    Q_OBJECT
public:
    explicit DrillScheduler(DrillService& drills, QObject* parent = nullptr);

    void start(int intervalMs = 1000);
    void stop();
    // One pass over the running drills; returns how many injects fired.
    int tick();

signals:
    void errorOccurred(const QString& message);

private:
    DrillService& m_drills;
    QTimer* m_timer;
};
