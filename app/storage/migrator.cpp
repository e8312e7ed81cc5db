#include "migrator.h"

#include "database.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

QList<Migrator::Step> Migrator::steps()
{
    static const QList<Step> cached = [] {
        QList<Step> list;
        static const QRegularExpression pattern(QStringLiteral("^(\\d+)_(.+)\\.sql$"));
        const QDir dir(QStringLiteral(":/migrations"));
        for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
            const auto m = pattern.match(file);
            if (m.hasMatch())
                list.append({m.captured(1).toInt(), m.captured(2), dir.filePath(file)});
        }
        std::sort(list.begin(), list.end(), [](const Step& a, const Step& b) { return a.version < b.version; });
        return list;
    }();
    return cached;
}

int Migrator::latestVersion()
{
    const QList<Step> all = steps();
    return all.isEmpty() ? 0 : all.constLast().version;
}

QStringList Migrator::splitStatements(const QString& script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QStringLiteral("--")))
            continue;
        if (current.isEmpty() && line.startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += raw + QLatin1Char('\n');
        const bool ends = inTrigger ? line.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0
                                    : line.endsWith(QLatin1Char(';'));
        if (ends) {
            statements << current.trimmed();
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements << current.trimmed();
    return statements;
}

QSet<int> Migrator::appliedVersions() const
{
    const int from = m_db.schemaVersion();
    QSet<int> applied;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT version FROM schema_migrations"))) {
        while (q.next())
            applied.insert(q.value(0).toInt());
    } else {
        // Before the ledger existed every step up to user_version had been applied in order.
        for (const Step& step : steps())
            if (step.version <= from)
                applied.insert(step.version);
    }
    return applied;
}

QList<Migrator::Step> Migrator::pendingSteps(const QSet<int>& applied)
{
    QList<Step> pending;
    for (const Step& step : steps())
        if (!applied.contains(step.version))
            pending << step;
    return pending;
}

Status Migrator::migrate()
{
    // Applied steps are recorded one by one, not only as the highest number, so that a step with a lower
    // number that arrives later (areas were developed in parallel with reserved ranges) is still applied.
    // The first look takes no lock, so that an up-to-date database opens without waiting for writers.
    if (pendingSteps(appliedVersions()).isEmpty())
        return {};

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    // Look again under the write lock: another process (the window and icctl opening a new file at once)
    // may have applied the steps between the first look and BEGIN IMMEDIATE.
    const QSet<int> applied = appliedVersions();
    const QList<Step> pending = pendingSteps(applied);
    if (pending.isEmpty())
        return tx.commit();
    {
        QSqlQuery ledger(m_db.connection());
        if (!ledger.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                        "name TEXT NOT NULL, applied_at INTEGER NOT NULL)")))
            return SqlError::describe(ledger.lastError());
        for (int version : std::as_const(applied)) {
            QSqlQuery q = m_db.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO schema_migrations (version, name, applied_at) VALUES (?, '', 0)"));
            q.addBindValue(version);
            if (Status s = SqlError::exec(q); !s)
                return s;
        }
    }
    for (const Step& step : pending) {
        QFile f(step.resource);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("Migrator", "Migration %1 is missing.").arg(step.version));
        const QString script = QString::fromUtf8(f.readAll());
        for (const QString& sql : splitStatements(script)) {
            QSqlQuery q(m_db.connection());
            if (!q.exec(sql))
                return fail(QCoreApplication::translate("Migrator", "Upgrading the database to schema %1 failed: %2")
                                .arg(step.version)
                                .arg(q.lastError().text()));
        }
        QSqlQuery record = m_db.prepare(QStringLiteral(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, strftime('%s','now') * 1000)"));
        record.addBindValue(step.version);
        record.addBindValue(step.name);
        if (Status s = SqlError::exec(record); !s)
            return s;
    }
    // PRAGMA takes no bound parameters; the value is our own integer.
    QSqlQuery v(m_db.connection());
    if (!v.exec(QStringLiteral("PRAGMA user_version=%1").arg(qMax(m_db.schemaVersion(), latestVersion()))))
        return SqlError::describe(v.lastError());
    return tx.commit();
}
