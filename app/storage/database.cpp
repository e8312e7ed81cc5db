#include "database.h"

#include "migrator.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QDeadlineTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <atomic>

namespace {
// 'ICMD': marks a file as ours, so a foreign SQLite database is refused rather than migrated.
constexpr int kApplicationId = 0x49434D44;


QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return QStringLiteral("ic-db-%1").arg(++counter);
}

qint64 pragmaValue(const QSqlDatabase& db, const QString& pragma, bool* ok, QSqlError* error = nullptr)
{
    QSqlQuery q(db);
    *ok = q.exec(QStringLiteral("PRAGMA ") + pragma) && q.next();
    if (!*ok && error)
        *error = q.lastError();
    return *ok ? q.value(0).toLongLong() : 0;
}
} // namespace

Database::Database(QObject* parent) : QObject(parent) {}

Database::~Database()
{
    close();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

// Every query is forward-only: no store walks a result backwards, and a scrollable result makes Qt copy each
// row it reads into a cache of its own (for a large incident, a second copy of the whole timeline).
QSqlQuery Database::prepare(const QString& sql) const
{
    QSqlQuery q(connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    return q;
}

QueryLease Database::cached(const QString& sql) const
{
    std::shared_ptr<CachedStatement>& slot = m_statements[sql];
    if (!slot) {
        slot = std::make_shared<CachedStatement>();
        slot->query = std::make_unique<QSqlQuery>(connection());
        slot->query->setForwardOnly(true);
        slot->query->prepare(sql);
    }
    if (slot->busy) {
        auto fresh = std::make_unique<QSqlQuery>(connection());
        fresh->setForwardOnly(true);
        fresh->prepare(sql);
        QSqlQuery* raw = fresh.get();
        return QueryLease(raw, nullptr, std::move(fresh));
    }
    slot->busy = true;
    return QueryLease(slot->query.get(), &slot->busy);
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

int Database::schemaVersion() const
{
    bool ok = false;
    return int(pragmaValue(connection(), QStringLiteral("user_version"), &ok));
}

Status Database::open(const QString& path)
{
    close();
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        return fail(Database::tr("%1 is a folder, not a database file.").arg(path));
    if (info.exists() && info.size() > 0) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(Database::tr("The database file %1 cannot be read: %2").arg(path, f.errorString()));
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return fail(Database::tr("%1 is not an Incident Commander database, or it is damaged. "
                           "The file was left untouched.").arg(path));
    } else if (!info.exists() && !QDir().mkpath(info.absolutePath())) {
        return fail(Database::tr("The folder %1 cannot be created.").arg(info.absolutePath()));
    }

    m_connectionName = nextConnectionName();
    QString why;
    {
        // Scoped: no handle may outlive a failed open, or closing the connection warns that it is in use.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            why = db.lastError().text();
    }
    if (!why.isEmpty()) {
        close();
        return fail(Database::tr("The database %1 cannot be opened: %2").arg(path, why));
    }
    m_path = path;

    if (Status s = refuseUnlessOurs(); !s) {
        close();
        return s;
    }
    if (Status s = configure(); !s) {
        close();
        return s;
    }
    if (Status s = Migrator(*this).migrate(); !s) {
        close();
        return s;
    }
    bool ok = false;
    m_dataVersion = pragmaValue(connection(), QStringLiteral("data_version"), &ok);
    return {};
}

Status Database::refuseUnlessOurs()
{
    bool ok = false;
    QSqlError error;
    const qint64 appId = pragmaValue(connection(), QStringLiteral("application_id"), &ok, &error);
    if (!ok) {
        // SQLITE_CANTOPEN here, once the file itself opened: WAL keeps two files beside the database (-wal
        // and -shm), and its folder does not let them be created. That is not damage, and says what to do.
        if ((error.nativeErrorCode().toInt() & 0xff) == 14)
            return fail(
                Database::tr(
                    "%1 cannot be used where it is: the database keeps two working files beside it "
                    "(-wal and -shm), and the folder %2 does not allow creating them. Open a copy "
                    "in a folder you can write to, or fix the folder's permissions. The file was left "
                    "untouched.")
                    .arg(m_path, QFileInfo(m_path).absolutePath()));
        return fail(Database::tr("%1 is not an Incident Commander database, or it is damaged. "
                       "The file was left untouched.").arg(m_path));
    }
    const qint64 version = pragmaValue(connection(), QStringLiteral("user_version"), &ok);
    if (appId != 0 && appId != kApplicationId)
        return fail(Database::tr("%1 is an SQLite database of another program. The file was left untouched.").arg(m_path));
    if (appId == 0 && version != 0)
        return fail(Database::tr("%1 is an SQLite database of another program. The file was left untouched.").arg(m_path));
    if (appId == 0) {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next())
            return SqlError::describe(q.lastError());
        if (q.value(0).toInt() > 0)
            return fail(Database::tr("%1 is an SQLite database of another program. The file was left untouched.").arg(m_path));
    }
    if (version > latestSchemaVersion())
        return fail(Database::tr("%1 was written by a newer version of Incident Commander (schema %2; this version "
                       "understands up to %3). Update the program; the file was left untouched.")
                        .arg(m_path)
                        .arg(version)
                        .arg(latestSchemaVersion()));
    return {};
}

Status Database::configure()
{
    const QStringList pragmas = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        // FULL: a commit the user was told about survives a power cut, not only a crash.
        QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
    };
    for (const QString& sql : pragmas) {
        QSqlQuery q(connection());
        // Switching a new file to WAL while another process opens it too (the window and icctl started at
        // once) can answer "busy" at once, without SQLite's busy timeout: try again for a moment.
        QDeadlineTimer patience(3000);
        bool done = q.exec(sql);
        while (!done && (q.lastError().nativeErrorCode().toInt() & 0xff) == 5 && !patience.hasExpired()) {
            QThread::msleep(10);
            done = q.exec(sql);
        }
        if (!done)
            return SqlError::describe(q.lastError());
    }
    // Stamp new files only: writing the header on every open would look like a change to other processes.
    bool ok = false;
    if (pragmaValue(connection(), QStringLiteral("application_id"), &ok) != kApplicationId) {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("PRAGMA application_id=%1").arg(kApplicationId)))
            return SqlError::describe(q.lastError());
    }
    return {};
}

void Database::close()
{
    if (m_watchTimer) {
        m_watchTimer->stop();
        delete m_watchTimer;
        m_watchTimer = nullptr;
    }
    m_statements.clear(); // statements must go before their connection
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

Result<QString> Database::integrityCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return SqlError::describe(q.lastError());
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

// The same file reached another way (a symbolic link, "..") is still the same file: compare the resolved
// paths.
namespace {
QString resolvedPath(const QString& path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = info.absoluteDir().canonicalPath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + QLatin1Char('/') + info.fileName();
}
} // namespace

Status Database::backupTo(const QString& destination) const
{
    const QString target = resolvedPath(destination);
    const QString live = resolvedPath(m_path);
    // The write-ahead log and shared-memory files belong to the live database as much as the file itself.
    if (target == live || target == live + QStringLiteral("-wal") ||
        target == live + QStringLiteral("-shm") || target == live + QStringLiteral("-journal"))
        return fail(Database::tr("A backup cannot overwrite the database it copies."));
    const QFileInfo info(destination);
    if (info.isDir())
        return fail(
            Database::tr("%1 is a folder; give the name of the backup file to write.").arg(destination));
    if (!info.absoluteDir().exists())
        return fail(Database::tr("The folder %1 does not exist; the backup was not written.")
                        .arg(QDir::toNativeSeparators(info.absolutePath())));
    const QString temp = destination + QStringLiteral(".part");
    QFile::remove(temp);
    QSqlQuery q = prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(temp);
    if (Status s = SqlError::exec(q); !s) {
        QFile::remove(temp);
        return s;
    }
    // Replace the destination only once the copy is complete.
    QFile::remove(destination);
    if (!QFile::rename(temp, destination)) {
        QFile::remove(temp);
        return fail(Database::tr("The backup could not be written to %1.").arg(destination));
    }
    return {};
}

void Database::watchExternalChanges(int intervalMs)
{
    if (!m_watchTimer) {
        m_watchTimer = new QTimer(this);
        connect(m_watchTimer, &QTimer::timeout, this, &Database::checkExternalChanges);
    }
    m_watchTimer->start(intervalMs);
}

void Database::checkExternalChanges()
{
    if (!isOpen())
        return;
    bool ok = false;
    const qint64 v = pragmaValue(connection(), QStringLiteral("data_version"), &ok);
    if (ok && v != m_dataVersion) {
        m_dataVersion = v;
        emit externalChange();
    }
}

void Database::whenCommitted(std::function<void()> announce)
{
    if (m_transactionDepth == 0) {
        announce();
        return;
    }
    m_afterCommit.push_back(std::move(announce));
}
