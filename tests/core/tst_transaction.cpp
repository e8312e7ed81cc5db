#include "storage/database.h"
#include "storage/transaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Nested transactions are savepoints of the outermost one; announcements wait for the outermost commit.
class TestTransaction : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nestedCommitIsKeptOnlyWithTheOuter();
    void nestedRollbackKeepsTheOuterWork();
    void announcementsWaitForTheOutermostCommit();
    void announcementsOfARolledBackSavepointAreDropped();
    void announcementWithoutTransactionRunsAtOnce();

private:
    void insert(int x);
    // Inserts `outer` in the open transaction, then `inner` in a savepoint that commits or rolls back.
    void insertNested(int outer, int inner, bool commitInner);
    QList<int> rows();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestTransaction::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("t.sqlite"))));
    QSqlQuery q = m_db->prepare(QStringLiteral("CREATE TABLE scratch (x INTEGER NOT NULL)"));
    QVERIFY(q.exec());
}

void TestTransaction::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestTransaction::insert(int x)
{
    QSqlQuery q = m_db->prepare(QStringLiteral("INSERT INTO scratch (x) VALUES (?)"));
    q.addBindValue(x);
    QVERIFY(q.exec());
}

void TestTransaction::insertNested(int outer, int inner, bool commitInner)
{
    insert(outer);
    Transaction savepoint(*m_db);
    QVERIFY(savepoint.begin());
    insert(inner);
    if (commitInner)
        QVERIFY(savepoint.commit());
    else
        savepoint.rollback();
}

QList<int> TestTransaction::rows()
{
    QList<int> out;
    QSqlQuery q = m_db->prepare(QStringLiteral("SELECT x FROM scratch ORDER BY x"));
    if (!q.exec())
        return {-1};
    while (q.next())
        out << q.value(0).toInt();
    return out;
}

void TestTransaction::nestedCommitIsKeptOnlyWithTheOuter()
{
    {
        Transaction outer(*m_db);
        QVERIFY(outer.begin());
        insertNested(1, 2, true);
        // The outer one goes out of scope without commit: both rows go.
    }
    QCOMPARE(rows(), QList<int>{});

    Transaction outer(*m_db);
    QVERIFY(outer.begin());
    insertNested(1, 2, true);
    QVERIFY(outer.commit());
    QCOMPARE(rows(), (QList<int>{1, 2}));
}

void TestTransaction::nestedRollbackKeepsTheOuterWork()
{
    Transaction outer(*m_db);
    QVERIFY(outer.begin());
    insertNested(1, 2, false);
    insert(3);
    QVERIFY(outer.commit());
    QCOMPARE(rows(), (QList<int>{1, 3}));
    // The connection is out of any transaction again: a new one begins with BEGIN IMMEDIATE.
    Transaction next(*m_db);
    QVERIFY(next.begin());
    QVERIFY(next.commit());
}

void TestTransaction::announcementsWaitForTheOutermostCommit()
{
    QStringList said;
    Transaction outer(*m_db);
    QVERIFY(outer.begin());
    {
        Transaction inner(*m_db);
        QVERIFY(inner.begin());
        insert(1);
        QVERIFY(inner.commit());
        m_db->whenCommitted([&] { said << QStringLiteral("inner"); });
    }
    QVERIFY(said.isEmpty());
    m_db->whenCommitted([&] { said << QStringLiteral("outer"); });
    QVERIFY(said.isEmpty());
    QVERIFY(outer.commit());
    QCOMPARE(said, (QStringList{QStringLiteral("inner"), QStringLiteral("outer")}));
}

void TestTransaction::announcementsOfARolledBackSavepointAreDropped()
{
    QStringList said;
    Transaction outer(*m_db);
    QVERIFY(outer.begin());
    m_db->whenCommitted([&] { said << QStringLiteral("kept"); });
    {
        Transaction inner(*m_db);
        QVERIFY(inner.begin());
        m_db->whenCommitted([&] { said << QStringLiteral("dropped"); });
        inner.rollback();
    }
    QVERIFY(outer.commit());
    QCOMPARE(said, QStringList{QStringLiteral("kept")});

    said.clear();
    {
        Transaction rolledBack(*m_db);
        QVERIFY(rolledBack.begin());
        m_db->whenCommitted([&] { said << QStringLiteral("never"); });
    }
    Transaction later(*m_db);
    QVERIFY(later.begin());
    QVERIFY(later.commit());
    QVERIFY(said.isEmpty());
}

void TestTransaction::announcementWithoutTransactionRunsAtOnce()
{
    bool said = false;
    m_db->whenCommitted([&] { said = true; });
    QVERIFY(said);
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
