// The incident-commander binary itself, started the way a user (or the start-up benchmark) starts it:
// main() with its fontconfig thread, the application style, the database and the window, offscreen.
#include "storage/database.h"
#include "testsupport.h"

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestAppStart : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void readyOnANewDatabase();
    void readyOnADatabaseWithIncidents();
    void refusesANewerDatabaseUntouched();
    void refusesAFileThatIsNotADatabase();
    void tracesStartUpPhasesInOrder();

private:
    TestSupport::Run start(const QStringList& arguments, bool trace = false);
    QString dbPath() const { return m_dir->filePath(QStringLiteral("ic.sqlite")); }
    static QByteArray contents(const QString& path);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAppStart::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

TestSupport::Run TestAppStart::start(const QStringList& arguments, bool trace)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    // Settings and the default database go to the temporary folder, never to the user's.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    env.remove(QStringLiteral("IC_STARTUP_TRACE"));
    if (trace)
        env.insert(QStringLiteral("IC_STARTUP_TRACE"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IC_APP_PATH), arguments);
    return TestSupport::finish(p);
}

QByteArray TestAppStart::contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestAppStart::readyOnANewDatabase()
{
    QVERIFY(!QFile::exists(dbPath()));
    const auto r = start({QStringLiteral("--db"), dbPath(), QStringLiteral("--exit-when-ready"),
                          QStringLiteral("--lang"), QStringLiteral("ja")});
    QCOMPARE(r.exitCode, 0);
    // The window created and migrated the database before it counted as ready. Read with a plain
    // connection: Database::open would migrate the file itself.
    int version = -1;
    int tables = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(dbPath());
        raw.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version")) && q.next());
        version = q.value(0).toInt();
        QVERIFY(q.exec(QStringLiteral(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'incidents'")) &&
                q.next());
        tables = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QCOMPARE(version, Database::latestSchemaVersion());
    QCOMPARE(tables, 1);
}

void TestAppStart::readyOnADatabaseWithIncidents()
{
    for (int i = 0; i < 3; ++i)
        QCOMPARE(TestSupport::icctl({QStringLiteral("--db"), dbPath(), QStringLiteral("incident"),
                                     QStringLiteral("declare"), QStringLiteral("--title"),
                                     QStringLiteral("決済APIでエラー %1").arg(i),
                                     QStringLiteral("--severity"), QStringLiteral("SEV2")})
                     .exitCode,
                 0);
    const auto r = start({QStringLiteral("--db"), dbPath(), QStringLiteral("--exit-when-ready"),
                          QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.err.contains(QStringLiteral("QFont")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("startup ")), qPrintable(r.err)); // traced only when asked
}

void TestAppStart::refusesANewerDatabaseUntouched()
{
    {
        Database db;
        QVERIFY(db.open(dbPath()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = %1").arg(Database::latestSchemaVersion() + 5)));
    }
    const QByteArray before = contents(dbPath());
    const auto r = start({QStringLiteral("--db"), dbPath(), QStringLiteral("--exit-when-ready"),
                          QStringLiteral("--lang"), QStringLiteral("ja")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("新しい")), qPrintable(r.err));
    QCOMPARE(contents(dbPath()), before);
}

void TestAppStart::refusesAFileThatIsNotADatabase()
{
    {
        QFile f(dbPath());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("this is not a database, it is a shopping list\n").repeated(200));
    }
    const QByteArray before = contents(dbPath());
    const auto r = start({QStringLiteral("--db"), dbPath(), QStringLiteral("--exit-when-ready"),
                          QStringLiteral("--lang"), QStringLiteral("en")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(!r.err.trimmed().isEmpty(), "no error message");
    QCOMPARE(contents(dbPath()), before);
}

// bench_foundation's breakdown of start-up reads these lines (ui/startuptrace.h): every phase, once, in
// order, on one clock.
void TestAppStart::tracesStartUpPhasesInOrder()
{
    const auto r = start({QStringLiteral("--db"), dbPath(), QStringLiteral("--exit-when-ready"),
                          QStringLiteral("--lang"), QStringLiteral("en")},
                         true);
    QCOMPARE(r.exitCode, 0);
    QStringList phases;
    qint64 last = -1;
    for (const QString& line : r.err.split(QLatin1Char('\n'))) {
        const QStringList f = line.split(QLatin1Char(' '));
        if (f.size() != 3 || f.at(0) != QLatin1String("startup"))
            continue;
        bool ok = false;
        const qint64 ns = f.at(2).toLongLong(&ok); // whole nanoseconds, whatever the locale
        QVERIFY2(ok && ns >= last, qPrintable(line));
        last = ns;
        phases << f.at(1);
    }
    QCOMPARE(phases,
             QStringList({QStringLiteral("main"), QStringLiteral("application"), QStringLiteral("database"),
                          QStringLiteral("list"), QStringLiteral("fonts"), QStringLiteral("window"),
                          QStringLiteral("shown"), QStringLiteral("ready"), QStringLiteral("exit")}));
}

QTEST_GUILESS_MAIN(TestAppStart)
#include "tst_appstart.moc"
