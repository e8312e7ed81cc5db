#pragma once

#include <QDateTime>

class Core;

// Runs the dispatcher inside icctl until what is due has been tried; with a wait, also until waiting
// retries are done or the time is up. Used by `outbox flush`, `notify` and `channel test`.
class OutboxFlush final
{
public:
    struct Outcome
    {
        int delivered = 0;
        int failed = 0;
        int stillOwed = 0;
        QDateTime nextRetryAt;
        QString deliveredElsewhere; // another process holds the outbox lease: who
        QString error;
    };
    static Outcome run(Core& core, int waitSeconds);
};
