#include "outboxflush.h"

#include "core.h"
#include "notify/dispatcher.h"
#include "services/outboxservice.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

OutboxFlush::Outcome OutboxFlush::run(Core& core, int waitSeconds)
{
    Outcome out;
    Dispatcher& dispatcher = core.dispatcher();
    QEventLoop loop;
    QElapsedTimer elapsed;
    elapsed.start();
    const qint64 deadlineMs = qint64(qMax(0, waitSeconds)) * 1000;

    auto finishIfDone = [&] {
        if (dispatcher.inFlight() > 0)
            return;
        const QDateTime next = dispatcher.nextRetryAt();
        const bool retryWithinWait =
            next.isValid() && elapsed.elapsed() + QDateTime::currentDateTimeUtc().msecsTo(next) <= deadlineMs;
        if (!retryWithinWait)
            loop.quit();
    };
    const auto changed =
        QObject::connect(&dispatcher, &Dispatcher::messageChanged, &loop, [&](qint64, OutboxState state) {
            if (state == OutboxState::Delivered)
                ++out.delivered;
            else if (state == OutboxState::Failed)
                ++out.failed;
        });
    QObject::connect(&dispatcher, &Dispatcher::quiet, &loop,
                     [&] { QTimer::singleShot(0, &loop, finishIfDone); });
    if (deadlineMs > 0)
        QTimer::singleShot(int(deadlineMs), &loop, &QEventLoop::quit);
    if (Status s = dispatcher.start(); !s) {
        out.error = s.error();
        return out;
    }
    if (dispatcher.isDelivering()) {
        // A cancel or a channel change made meanwhile by the window or another icctl must stop the lanes.
        core.database().watchExternalChanges(250);
        loop.exec();
    }
    else
        out.deliveredElsewhere = dispatcher.otherDeliverer();
    QObject::disconnect(changed);
    out.nextRetryAt = dispatcher.nextRetryAt();
    dispatcher.stop();
    if (const auto owed = core.outbox().undeliveredCount(); owed)
        out.stillOwed = owed.value();
    return out;
}
