#pragma once

#include "result.h"
#include "storage/outboxstore.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QTimer>

class Database;

// Write-behind for attempt results: the dispatcher records states here and they reach SQLite in one
// transaction per flush (every ~100 ms) without an fsync (RelaxedDurability), not one fsync per message.
// A crash or power cut can lose only the record of recent attempts, never a message: the outbox row was
// committed durably by whoever queued it, and an unrecorded delivery is sent again (at-least-once, same id).
class DeliveryLedger final : public QObject
{
    Q_OBJECT
public:
    explicit DeliveryLedger(Database& db, QObject* parent = nullptr);
    ~DeliveryLedger() override;

    void record(const OutboxStateChange& change);
    Status flush();
    bool isEmpty() const { return m_order.isEmpty(); }

signals:
    void flushed();

private:
    Database& m_db;
    OutboxStore m_store;
    QHash<qint64, OutboxStateChange> m_changes;
    QList<qint64> m_order;
    QTimer m_timer;
};
