#pragma once

#include "result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <QHash>

#include <functional>
#include <vector>

#include <memory>

class QTimer;

// A statement from the connection's cache, lent for one use: reset (finish()) when the lease ends so that
// it never holds a read snapshot open. Used on hot paths, where re-parsing SQL would dominate the cost.
class QueryLease final
{
public:
    QueryLease(QSqlQuery* query, bool* busy, std::unique_ptr<QSqlQuery> own = {})
        : m_query(query), m_busy(busy), m_own(std::move(own))
    {
    }
    QueryLease(QueryLease&& other) noexcept
        : m_query(std::exchange(other.m_query, nullptr)), m_busy(std::exchange(other.m_busy, nullptr)),
          m_own(std::move(other.m_own))
    {
    }
    QueryLease(const QueryLease&) = delete;
    QueryLease& operator=(const QueryLease&) = delete;
    QueryLease& operator=(QueryLease&&) = delete;
    ~QueryLease()
    {
        if (m_query)
            m_query->finish();
        if (m_busy)
            *m_busy = false;
    }
    QSqlQuery& operator*() { return *m_query; }
    QSqlQuery* operator->() { return m_query; }

private:
    QSqlQuery* m_query;
    bool* m_busy;
    std::unique_ptr<QSqlQuery> m_own;
};

// One SQLite connection (one per thread): opens or creates the file, refuses newer or damaged databases
// without touching them, migrates, and reports commits made by other processes. All SQL of the product
// lives in app/storage/; the SQLite-only parts (PRAGMAs, FTS5, VACUUM INTO) stay in this folder.
class Database final : public QObject
{
    Q_OBJECT
public:
    explicit Database(QObject* parent = nullptr);
    ~Database() override;

    Status open(const QString& path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    // A query prepared on this connection; preparation errors surface at exec() through SqlError::exec.
    QSqlQuery prepare(const QString& sql) const;

    // A cached prepared statement for hot paths; a nested use of the same SQL gets a fresh one.
    QueryLease cached(const QString& sql) const;

    int schemaVersion() const;
    static int latestSchemaVersion();
    Result<QString> integrityCheck() const;
    // An online, consistent copy of the whole database (VACUUM INTO). Overwrites destination.
    Status backupTo(const QString& destination) const;

    // Poll PRAGMA data_version so that commits by other processes (icctl, another window) are noticed.
    void watchExternalChanges(int intervalMs = 1000);
    // Check once now; emits externalChange() if another connection committed since the last check.
    void checkExternalChanges();

    // Runs `announce` once the outermost Transaction open on this connection commits, or at once when none
    // is open; dropped if that transaction rolls back. Services announce their changes (signals) through it,
    // so that a change made inside another service's transaction is never reported before it is durable.
    void whenCommitted(std::function<void()> announce);

signals:
    void externalChange();

private:
    friend class Transaction;

    Status refuseUnlessOurs();
    Status configure();

    struct CachedStatement
    {
        std::unique_ptr<QSqlQuery> query;
        bool busy = false;
    };
    mutable QHash<QString, std::shared_ptr<CachedStatement>> m_statements;
    QString m_path;
    QString m_connectionName;
    qint64 m_dataVersion = -1;
    QTimer* m_watchTimer = nullptr;
    int m_transactionDepth = 0; // kept by Transaction
    std::vector<std::function<void()>> m_afterCommit;
};
