#pragma once

#include "result.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlQuery>

class QTimer;

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

    int schemaVersion() const;
    static int latestSchemaVersion();
    Result<QString> integrityCheck() const;
    // An online, consistent copy of the whole database (VACUUM INTO). Overwrites destination.
    Status backupTo(const QString& destination) const;

    // Poll PRAGMA data_version so that commits by other processes (icctl, another window) are noticed.
    void watchExternalChanges(int intervalMs = 1000);
    // Check once now; emits externalChange() if another connection committed since the last check.
    void checkExternalChanges();

signals:
    void externalChange();

private:
    Status refuseUnlessOurs();
    Status configure();

    QString m_path;
    QString m_connectionName;
    qint64 m_dataVersion = -1;
    QTimer* m_watchTimer = nullptr;
};
