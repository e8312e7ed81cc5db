#include "transaction.h"

#include "database.h"
#include "sqlerror.h"

#include <QSqlQuery>

namespace {
QString savepoint(int depth)
{
    return QStringLiteral("ic_tx_%1").arg(depth);
}
} // namespace

Transaction::Transaction(Database& db) : m_db(db) {}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Status Transaction::begin()
{
    const int depth = m_db.m_transactionDepth + 1;
    QueryLease q = m_db.cached(depth == 1 ? QStringLiteral("BEGIN IMMEDIATE")
                                          : QStringLiteral("SAVEPOINT ") + savepoint(depth));
    if (!q->exec())
        return SqlError::describe(q->lastError());
    m_active = true;
    m_depth = depth;
    m_announcedBefore = m_db.m_afterCommit.size();
    m_db.m_transactionDepth = depth;
    return {};
}

Status Transaction::commit()
{
    QueryLease q = m_db.cached(m_depth == 1 ? QStringLiteral("COMMIT")
                                            : QStringLiteral("RELEASE ") + savepoint(m_depth));
    if (!q->exec()) {
        const Failure f = SqlError::describe(q->lastError());
        rollback();
        return f;
    }
    finish();
    if (m_depth == 1) {
        // Announcements may start new transactions: take them out first.
        const std::vector<std::function<void()>> announce = std::move(m_db.m_afterCommit);
        m_db.m_afterCommit.clear();
        for (const auto& a : announce)
            a();
    }
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db.connection());
    if (m_depth == 1) {
        q.exec(QStringLiteral("ROLLBACK"));
        m_db.m_afterCommit.clear();
    } else {
        // Undo the savepoint's work but stay inside the outer transaction, which decides.
        q.exec(QStringLiteral("ROLLBACK TO ") + savepoint(m_depth));
        q.exec(QStringLiteral("RELEASE ") + savepoint(m_depth));
        m_db.m_afterCommit.resize(m_announcedBefore);
    }
    finish();
}

void Transaction::finish()
{
    m_active = false;
    m_db.m_transactionDepth = m_depth - 1;
}
