#include "storage/database.h"
#include "storage/migrator.h"
#include "testsupport.h"

#include "services/incidentservice.h"
#include "services/reportservice.h"
#include "services/timelineservice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QMutex>
#include <QProcess>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <QTest>

namespace {
QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// A raw connection for preparing hostile files, outside the code under test.
void rawExec(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

qint64 scalar(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT
private slots:
    void createsCurrentSchema();
    void reopeningKeepsData();
    void refusesNewerSchema();
    void refusesGarbageFile();
    void refusesDamagedHeader();
    void refusesForeignDatabase();
    void failedMigrationRollsBack();
    void splitsTriggerBodies();
    void appliesLateLowerNumberedSteps();
    void backupIsConsistentCopy();
    void noticesOtherConnections();
    void concurrentFirstOpensAllSucceed();
    void fullDiskIsReportedAndDataKept();
    void reportWordingSavedBeforeItsHistoryIsItsFirstVersion();
    void readOnlyFolderIsNotCalledDamaged();
};

void TestDatabase::createsCurrentSchema()
{
    QTemporaryDir dir;
    Database db;
    const QString path = dir.filePath(QStringLiteral("sub/folder/new.sqlite"));
    const Status s = db.open(path);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QVERIFY(Migrator::latestVersion() >= 1);
    QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA foreign_keys")), 1);
    QCOMPARE(scalar(db, QStringLiteral("PRAGMA synchronous")), 2); // FULL
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'incidents'")), 1);
    QCOMPARE(db.integrityCheck().value(), QStringLiteral("ok"));
}

void TestDatabase::reopeningKeepsData()
{
    TestSupport::TempCore t;
    QVERIFY(t.ok());
    const Incident i = t.declare(QStringLiteral("Checkout errors"));
    QVERIFY(i.id > 0);
    QVERIFY(t.reopen());
    const auto again = t.core().incidents().get(i.id);
    QVERIFY(again.ok());
    QCOMPARE(again->title, QStringLiteral("Checkout errors"));
}

void TestDatabase::refusesNewerSchema()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path).ok());
    }
    rawExec(path, {QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 5)});
    const QByteArray before = fileHash(path);
    Database db;
    const Status s = db.open(path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("newer version")), qPrintable(s.error()));
    QVERIFY(!db.isOpen());
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesGarbageFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    const QByteArray before = fileHash(path);
    Database db;
    const Status s = db.open(path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("untouched")), qPrintable(s.error()));
    QCOMPARE(fileHash(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestDatabase::refusesDamagedHeader()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    // A file that starts like SQLite but whose header and pages are damaged.
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(8192, '\xee'));
    f.close();
    const QByteArray before = fileHash(path);
    Database db;
    const Status s = db.open(path);
    QVERIFY(!s.ok());
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesForeignDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    rawExec(path, {QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")});
    const QByteArray before = fileHash(path);
    Database db;
    const Status s = db.open(path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("another program")), qPrintable(s.error()));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::failedMigrationRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("conflict.sqlite"));
    // Ours by application id, schema 0, but a table in the way of migration 1's timeline table.
    rawExec(path, {QStringLiteral("PRAGMA application_id = 1229147460"),
                   QStringLiteral("CREATE TABLE timeline_entries (x INTEGER)")});
    Database db;
    const Status s = db.open(path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("schema 1")), qPrintable(s.error()));
    // The refused open changed nothing: still schema 0 and no incidents table.
    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("verify"));
    raw.setDatabaseName(path);
    QVERIFY(raw.open());
    {
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'incidents'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }
    raw.close();
    raw = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("verify"));
}

void TestDatabase::splitsTriggerBodies()
{
    const QString script = QStringLiteral(
        "-- comment\nCREATE TABLE a (x INTEGER);\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
        "  INSERT INTO b VALUES (new.x);\n  DELETE FROM c;\nEND;\nCREATE INDEX i ON a(x);\n");
    const QStringList parts = Migrator::splitStatements(script);
    QCOMPARE(parts.size(), 3);
    QVERIFY(parts.at(1).startsWith(QStringLiteral("CREATE TRIGGER")));
    QVERIFY(parts.at(1).endsWith(QStringLiteral("END;")));
    QVERIFY(parts.at(1).contains(QStringLiteral("DELETE FROM c;")));
}

void TestDatabase::appliesLateLowerNumberedSteps()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ledger.sqlite"));
    {
        Database db;
        QVERIFY(db.open(path).ok());
    }
    // Pretend the first step was never applied (as when a lower-numbered migration lands after a higher one).
    rawExec(path, {QStringLiteral("DELETE FROM schema_migrations WHERE version = 1"),
                   QStringLiteral("ALTER TABLE incidents RENAME TO incidents_old"),
                   QStringLiteral("DROP TABLE incidents_old"), QStringLiteral("DROP TABLE incident_status_history"),
                   QStringLiteral("DROP TABLE timeline_revisions"), QStringLiteral("DROP TABLE timeline_entries")});
    Database db;
    const Status s = db.open(path);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'incidents'")), 1);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM schema_migrations")), qint64(Migrator::steps().size()));
    QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
}

void TestDatabase::backupIsConsistentCopy()
{
    TestSupport::TempCore t;
    for (int n = 0; n < 5; ++n)
        t.declare(QStringLiteral("Incident %1").arg(n));
    const QString copy = t.path(QStringLiteral("backup.sqlite"));
    QVERIFY(t.core().database().backupTo(copy).ok());
    QVERIFY(!t.core().database().backupTo(t.dbPath()).ok()); // never over itself
    Core other;
    QVERIFY(other.open(copy).ok());
    QCOMPARE(other.incidents().list()->size(), 5);
    QCOMPARE(other.database().integrityCheck().value(), QStringLiteral("ok"));
}

void TestDatabase::noticesOtherConnections()
{
    TestSupport::TempCore t;
    Core second;
    QVERIFY(second.open(t.dbPath()).ok());
    QSignalSpy spy(&t.core().database(), &Database::externalChange);
    t.core().database().checkExternalChanges();
    QCOMPARE(spy.count(), 0);
    IncidentDraft d;
    d.title = QStringLiteral("From icctl");
    QVERIFY(second.incidents().declare(d).ok());
    t.core().database().watchExternalChanges(20);
    QVERIFY(spy.wait(2000));
    // Our own writes are not "external".
    spy.clear();
    t.declare(QStringLiteral("Mine"));
    t.core().database().checkExternalChanges();
    QCOMPARE(spy.count(), 0);
}

void TestDatabase::fullDiskIsReportedAndDataKept()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("Disk"));
    const int before = t.core().timeline().count(i.id).value();
    // Cap the file at its current size: the next page allocation fails with SQLITE_FULL, as on a full disk.
    const qint64 pages = scalar(t.core().database(), QStringLiteral("PRAGMA page_count"));
    QSqlQuery cap(t.core().database().connection());
    QVERIFY(cap.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
    EntryDraft big;
    big.text = QString(90000, QLatin1Char('z'));
    const auto r = t.core().timeline().add(i.id, big);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(QStringLiteral("disk is full")), qPrintable(r.error()));
    QVERIFY(cap.exec(QStringLiteral("PRAGMA max_page_count = 1073741823")));
    QCOMPARE(t.core().timeline().count(i.id).value(), before);
    QCOMPARE(t.core().database().integrityCheck().value(), QStringLiteral("ok"));
    EntryDraft small;
    small.text = QStringLiteral("after freeing space");
    QVERIFY(t.core().timeline().add(i.id, small).ok());
}

void TestDatabase::concurrentFirstOpensAllSucceed()
{
    // The window and icctl started at once on a new file: each finds the schema missing, and only one may
    // create it; the others must see it done once they hold the write lock.
    QTemporaryDir dir;
    for (int round = 0; round < 8; ++round) {
        const QString path = dir.filePath(QStringLiteral("race-%1.sqlite").arg(round));
        std::atomic<int> ready{0};
        QStringList errors;
        QMutex errorsLock;
        QList<QThread*> threads;
        for (int k = 0; k < 4; ++k)
            threads << QThread::create([&] {
                ++ready;
                while (ready.load() < 4)
                    QThread::yieldCurrentThread();
                Database db;
                if (Status s = db.open(path); !s) {
                    const QMutexLocker lock(&errorsLock);
                    errors << s.error();
                }
            });
        for (QThread* t : std::as_const(threads))
            t->start();
        for (QThread* t : std::as_const(threads)) {
            QVERIFY(t->wait(30000));
            delete t;
        }
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        Database db;
        QVERIFY(db.open(path).ok());
        QCOMPARE(db.schemaVersion(), Migrator::latestVersion());
    }
}

// A database from before migration 0071: the wording it holds becomes the first version of its history.
void TestDatabase::reportWordingSavedBeforeItsHistoryIsItsFirstVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    qint64 incident = 0;
    {
        Core core;
        QVERIFY(core.open(path).ok());
        IncidentDraft d;
        d.title = QStringLiteral("Old incident");
        incident = core.incidents().declare(d)->id;
    }
    rawExec(path,
            {QStringLiteral("DROP TABLE report_text_revisions"),
             QStringLiteral("DELETE FROM schema_migrations WHERE version = 71"),
             QStringLiteral("PRAGMA user_version = 70"),
             QStringLiteral("INSERT INTO report_texts (incident_id, section, text, updated_at, updated_by) "
                            "VALUES (%1, 'customer.cause', '古い文面', 1764400000000, 'carol')")
                 .arg(incident)});
    Core core;
    QVERIFY(core.open(path).ok());
    const auto history = core.reports().wordingHistory(incident);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().text, QStringLiteral("古い文面"));
    QCOMPARE(history->first().savedBy, QStringLiteral("carol"));
    QCOMPARE(history->first().savedAt.toMSecsSinceEpoch(), 1764400000000LL);
}

// A database in a folder that cannot be written to (a read-only share, an archive): SQLite cannot create the
// -wal and -shm files beside it. The error says so, instead of calling the file damaged, and the file is
// kept.
void TestDatabase::readOnlyFolderIsNotCalledDamaged()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("share"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/ic.sqlite");
    {
        Core core;
        QVERIFY(core.open(path).ok());
        IncidentDraft d;
        d.title = QStringLiteral("Kept");
        QVERIFY(core.incidents().declare(d).ok());
    }
    const QByteArray before = fileHash(path);
    // chmod is enough for a normal user; root ignores it, but not the immutable attribute of ext4 and others.
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
    bool immutable = false;
    if (QFile probe(folder + QStringLiteral("/probe")); probe.open(QIODevice::WriteOnly)) {
        probe.remove();
        immutable = QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("+i"), folder}) == 0;
        if (!immutable) {
            QFile::setPermissions(folder,
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            QSKIP("cannot make a folder read-only here (root, and no chattr)");
        }
    }
    const auto restore = qScopeGuard([&] {
        if (immutable)
            QProcess::execute(QStringLiteral("chattr"), {QStringLiteral("-i"), folder});
        QFile::setPermissions(folder,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    });
    Database db;
    const Status s = db.open(path);
    QVERIFY(!s.ok());
    QVERIFY2(s.error().contains(QStringLiteral("does not allow creating them")), qPrintable(s.error()));
    QVERIFY(!s.error().contains(QStringLiteral("damaged")));
    QCOMPARE(fileHash(path), before);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
