#pragma once

#include <QObject>

class Core;
class QTimer;

// One coalesced "the outbox may have changed" for views: messages queued, retried or cancelled, attempts
// recorded by the dispatcher, or commits by another process. A burst of deliveries is one changed().
class OutboxWatcher final : public QObject
{
    Q_OBJECT
public:
    OutboxWatcher(Core& core, int delayMs, QObject* parent);

signals:
    void changed();

private:
    QTimer* m_timer;
};
