#pragma once

#include "result.h"

#include <QString>

class Database;

// Only one process delivers a database's outbox at a time (the window, or `icctl outbox flush`), so that
// two dispatchers never send the same lane at once and break its order. The lease lives in notify_settings
// with an expiry that the holder renews; a holder whose process is gone (same host) is taken over at once.
class DispatchLease final
{
public:
    explicit DispatchLease(Database& db);
    ~DispatchLease();

    // True when this process holds the lease now (taken or renewed).
    Result<bool> acquire();
    void release();
    bool held() const { return m_held; }
    // Who holds it, for messages: "pid 1234 on host".
    QString holder() const { return m_holder; }

    static constexpr qint64 ttlMs = 30000;
    static constexpr int renewMs = 10000;

private:
    Database& m_db;
    QString m_owner;
    bool m_held = false;
    QString m_holder;
};
