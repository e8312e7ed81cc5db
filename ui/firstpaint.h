#pragma once

#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>

#include <functional>

// Runs `ready` on the event-loop turn after `window` has painted for the first time, i.e. once the first
// screen is on the display. This is what "ready" means for incident-commander --exit-when-ready and for
// the start-up benchmark's bare-window baseline (tests/bench/bench_bare_window.cpp), so both are measured
// the same way. Header-only, so that the baseline links nothing of ours.
class FirstPaint final : public QObject
{
public:
    FirstPaint(QWidget* window, std::function<void()> ready) : QObject(window), m_ready(std::move(ready))
    {
        window->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        // The window's own paint event comes first in the paint of the whole window; the zero timer fires
        // after the children have painted and the backing store has been flushed.
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, m_ready);
        }
        return false;
    }

private:
    std::function<void()> m_ready;
    bool m_seen = false;
};
