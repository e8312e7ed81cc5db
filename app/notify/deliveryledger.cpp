#include "deliveryledger.h"

#include "storage/database.h"
#include "storage/relaxeddurability.h"
#include "storage/transaction.h"

DeliveryLedger::DeliveryLedger(Database& db, QObject* parent) : QObject(parent), m_db(db), m_store(db)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(100);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (Status s = flush(); !s) {
            qWarning("Outbox: delivery states not saved yet, will try again: %s", qPrintable(s.error()));
            m_timer.start(1000);
        }
    });
}

DeliveryLedger::~DeliveryLedger()
{
    if (Status s = flush(); !s)
        qWarning("Outbox: delivery states lost at shutdown (they will be re-sent): %s",
                 qPrintable(s.error()));
}

void DeliveryLedger::record(const OutboxStateChange& change)
{
    if (!m_changes.contains(change.id))
        m_order << change.id;
    m_changes.insert(change.id, change);
    if (!m_timer.isActive())
        m_timer.start();
}

Status DeliveryLedger::flush()
{
    if (m_order.isEmpty() || !m_db.isOpen())
        return {};
    const RelaxedDurability relaxed(m_db);
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    for (qint64 id : std::as_const(m_order))
        if (Status s = m_store.applyAttempt(m_changes.value(id)); !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_order.clear();
    m_changes.clear();
    m_timer.stop();
    emit flushed();
    return {};
}
