#include "transaction.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlQuery>

Transaction::Transaction(Database& db) : m_db(db) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begin()
{
    QueryLease q = m_db.cached(QStringLiteral("BEGIN IMMEDIATE"));
    if (!q->exec())
        return SqlError::describe(q->lastError());
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    QueryLease q = m_db.cached(QStringLiteral("COMMIT"));
    if (!q->exec()) {
        const Failure f = SqlError::describe(q->lastError());
        rollback();
        return f;
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}
