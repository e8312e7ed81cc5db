#include "migrator.h"

#include "database.h"
#include "sqlerror.h"
#include "transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

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

Status Migrator::migrate()
{
    const int from = m_db.schemaVersion();
    QList<Step> pending;
    for (const Step& step : steps())
        if (step.version > from)
            pending << step;
    if (pending.isEmpty())
        return {};

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
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
        // PRAGMA takes no bound parameters; the value is our own integer.
        QSqlQuery v(m_db.connection());
        if (!v.exec(QStringLiteral("PRAGMA user_version=%1").arg(step.version)))
            return SqlError::describe(v.lastError());
    }
    return tx.commit();
}
