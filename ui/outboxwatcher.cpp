#include "outboxwatcher.h"

#include "core.h"
#include "notify/dispatcher.h"
#include "services/outboxservice.h"
#include "storage/database.h"

#include <QTimer>

OutboxWatcher::OutboxWatcher(Core& core, int delayMs, QObject* parent)
    : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, &OutboxWatcher::changed);
    auto later = [this] {
        if (!m_timer->isActive())
            m_timer->start();
    };
    connect(&core.outbox(), &OutboxService::outboxChanged, this, later);
    connect(&core.dispatcher(), &Dispatcher::messageChanged, this, later);
    connect(&core.database(), &Database::externalChange, this, later);
}
