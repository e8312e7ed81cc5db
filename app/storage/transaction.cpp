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
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return SqlError::describe(q.lastError());
    m_active = true;
    return {};
}

Status Transaction::commit()
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const Failure f = SqlError::describe(q.lastError());
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
