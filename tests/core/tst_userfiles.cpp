// Files written for the user (reports, exports, rosters) replace the old file whole or not at all, and a
// write that fails only when the buffer reaches the disk is reported, not turned into an empty file.
// Files read for the user (imports, template bodies) are refused beyond a size, devices included.
#include "fileread.h"
#include "filewrite.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace {
QByteArray read(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Makes writes beyond `bytes` fail with EFBIG, as a full disk makes them fail with ENOSPC: the failure
// shows only when QSaveFile flushes its buffer.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_saved);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_saved); }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved{};
    bool m_ok = false;
};
} // namespace

class TestUserFiles final : public QObject
{
    Q_OBJECT
private slots:
    void writesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report.md"));
        QVERIFY(FileWrite::atomically(path, "first").ok());
        QVERIFY(FileWrite::atomically(path, "second").ok());
        QCOMPARE(read(path), QByteArray("second"));
    }

    void aFailureAtFlushKeepsTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.json"));
        QVERIFY(FileWrite::atomically(path, "the previous export").ok());
        const QByteArray big(8000, 'x'); // under QSaveFile's 16 KiB buffer: written only at flush
        Status s;
        {
            FileSizeLimit limit(1000);
            QVERIFY(limit.ok());
            s = FileWrite::atomically(path, big);
        }
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QStringLiteral("keep.json")), qPrintable(s.error()));
        QCOMPARE(read(path), QByteArray("the previous export"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("keep.json")}); // no leftovers
    }

    void readsUpToALimit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roster.csv"));
        QVERIFY(FileWrite::atomically(path, QByteArray(2048, 'a')).ok());
        QCOMPARE(FileRead::upTo(path, 2048).value().size(), 2048);
        const auto big = FileRead::upTo(path, 1024);
        QVERIFY(!big.ok());
        QVERIFY2(big.error().contains(QStringLiteral("roster.csv")), qPrintable(big.error()));
        // A device without end is refused as soon as the limit is passed.
        QVERIFY(!FileRead::upTo(QStringLiteral("/dev/zero"), 4096).ok());
        QVERIFY(!FileRead::upTo(dir.filePath(QStringLiteral("missing.csv")), 1024).ok());
    }

    void anUnwritableFolderIsReported()
    {
        const Status s = FileWrite::atomically(QStringLiteral("/nonexistent-folder/x.md"), "x");
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QStringLiteral("/nonexistent-folder/x.md")));
    }
};

QTEST_GUILESS_MAIN(TestUserFiles)
#include "tst_userfiles.moc"
