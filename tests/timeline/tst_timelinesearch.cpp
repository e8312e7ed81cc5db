// Full-text search over the timeline: FTS5 trigram (Japanese and English) with a LIKE fallback for
// one- and two-character words, kept in sync by triggers, combined with the kind/author/role filters.
#include "testsupport.h"

#include "services/timelineservice.h"

#include <QTest>

class TestTimelineSearch final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;
    qint64 m_incident = 0;

    qint64 add(const QString& text, EntryKind kind = EntryKind::Note, const QString& author = QStringLiteral("alice"),
               const QString& role = {})
    {
        EntryDraft d;
        d.text = text;
        d.kind = kind;
        d.author = author;
        d.role = role;
        const auto e = m_tc->core().timeline().add(m_incident, d);
        if (!e)
            qWarning("%s", qPrintable(e.error()));
        return e ? e->id : 0;
    }

    QList<qint64> search(const QString& text, TimelineFilter f = {})
    {
        f.text = text;
        QList<qint64> ids;
        const auto page = m_tc->core().timeline().page(m_incident, true, {}, 1000, f);
        if (page)
            for (const TimelineEntry& e : page.value())
                ids << e.id;
        return ids;
    }

private slots:
    void init()
    {
        m_tc = std::make_unique<TestSupport::TempCore>();
        QVERIFY(m_tc->ok());
        m_incident = m_tc->declare(QStringLiteral("Search")).id;
    }

    void cleanup() { m_tc.reset(); }

    void englishWordsAnyCase()
    {
        const qint64 a = add(QStringLiteral("Timeout errors on the API gateway"));
        const qint64 b = add(QStringLiteral("Restarted db-2; timeouts stopped"));
        add(QStringLiteral("Paged the network team"));
        QCOMPARE(search(QStringLiteral("timeout")), (QList<qint64>{b, a}));
        QCOMPARE(search(QStringLiteral("TIMEOUT gateway")), (QList<qint64>{a}));
        QCOMPARE(search(QStringLiteral("meou")), (QList<qint64>{b, a})); // any part of a word
        QVERIFY(search(QStringLiteral("latency")).isEmpty());
    }

    void japaneseWithoutWordBreaks()
    {
        const qint64 a = add(QStringLiteral("データベースのフェイルオーバーを決定した"), EntryKind::Decision);
        const qint64 b = add(QStringLiteral("決済APIでタイムアウトが多発"));
        QCOMPARE(search(QStringLiteral("フェイルオーバー")), (QList<qint64>{a}));
        QCOMPARE(search(QStringLiteral("タイムアウト")), (QList<qint64>{b}));
        QCOMPARE(search(QStringLiteral("決済api")), (QList<qint64>{b})); // mixed scripts, any case
    }

    void shortQueriesFallBackToLike()
    {
        const qint64 a = add(QStringLiteral("障害を検知"));
        const qint64 b = add(QStringLiteral("db-2 restarted"));
        add(QStringLiteral("all good"));
        QCOMPARE(search(QStringLiteral("障")), (QList<qint64>{a}));     // one character
        QCOMPARE(search(QStringLiteral("障害")), (QList<qint64>{a}));   // two characters
        QCOMPARE(search(QStringLiteral("DB")), (QList<qint64>{b}));     // two ASCII characters, any case
        QCOMPARE(search(QStringLiteral("db restarted")), (QList<qint64>{b})); // short and long words together
        QVERIFY(search(QStringLiteral("%")).isEmpty());                  // LIKE wildcards are literal
        QVERIFY(search(QStringLiteral("_")).isEmpty());
    }

    void quotesInQueryAreLiteral()
    {
        const qint64 a = add(QStringLiteral("He said \"rollback now\""));
        QCOMPARE(search(QStringLiteral("\"rollback")), (QList<qint64>{a}));
        QVERIFY(search(QStringLiteral("AND OR NOT")).isEmpty()); // FTS5 operators are plain words
    }

    void indexFollowsEditsAndSoftDeletion()
    {
        const qint64 a = add(QStringLiteral("cache stampede suspected"));
        QVERIFY(m_tc->core().timeline().edit(a, [] {
            EntryDraft d;
            d.text = QStringLiteral("thundering herd on cache");
            return d;
        }(), QStringLiteral("bob")));
        QVERIFY(search(QStringLiteral("stampede")).isEmpty());
        QCOMPARE(search(QStringLiteral("herd")), (QList<qint64>{a}));
        QVERIFY(m_tc->core().timeline().remove(a, QStringLiteral("bob")));
        QVERIFY(search(QStringLiteral("herd")).isEmpty());
        TimelineFilter withDeleted;
        withDeleted.includeDeleted = true;
        QCOMPARE(search(QStringLiteral("herd"), withDeleted), (QList<qint64>{a}));
    }

    void filtersByKindAuthorRoleImportance()
    {
        const qint64 a = add(QStringLiteral("rollback decided"), EntryKind::Decision, QStringLiteral("alice"),
                             QStringLiteral("ic"));
        const qint64 b = add(QStringLiteral("rollback started"), EntryKind::Action, QStringLiteral("bob"),
                             QStringLiteral("ops"));
        TimelineFilter kind;
        kind.kinds = {EntryKind::Decision};
        QCOMPARE(search(QStringLiteral("rollback"), kind), (QList<qint64>{a}));
        TimelineFilter author;
        author.author = QStringLiteral("bob");
        QCOMPARE(search(QStringLiteral("rollback"), author), (QList<qint64>{b}));
        TimelineFilter role;
        role.role = QStringLiteral("ic");
        QCOMPARE(search({}, role), (QList<qint64>{a}));
        TimelineFilter important;
        important.importantOnly = true;
        QVERIFY(search(QStringLiteral("rollback"), important).isEmpty());
        QCOMPARE(m_tc->core().timeline().authors(m_incident).value(), (QStringList{QStringLiteral("alice"),
                                                                                 QStringLiteral("bob"),
                                                                                 QStringLiteral("tester")}));
    }

    void manyMatchesPageInOrder()
    {
        // More matches than the planner's "few" threshold: the index walk must still page correctly.
        for (int i = 0; i < 2100; ++i)
            add(QStringLiteral("heartbeat %1 ok").arg(i));
        TimelineFilter f;
        f.text = QStringLiteral("heartbeat");
        const auto first = m_tc->core().timeline().page(m_incident, true, {}, 100, f);
        QVERIFY(first);
        QCOMPARE(first->size(), 100);
        QCOMPARE(first->first().text, QStringLiteral("heartbeat 2099 ok"));
        const auto second =
            m_tc->core().timeline().page(m_incident, true, TimelineStore::cursorAfter(first->last()), 100, f);
        QCOMPARE(second->first().text, QStringLiteral("heartbeat 1999 ok"));
        QCOMPARE(m_tc->core().timeline().count(m_incident, f).value(), 2100);
    }

    void rareMatchesAreScannedInBoundedSteps()
    {
        add(QStringLiteral("needle"), EntryKind::Decision);
        for (int i = 0; i < 25; ++i)
            add(QStringLiteral("hay %1").arg(i));
        TimelineFilter f;
        f.kinds = {EntryKind::Decision};
        TimelineStore::PageCursor cursor;
        QList<qint64> found;
        int steps = 0;
        for (;;) {
            const auto page = m_tc->core().timeline().scan(m_incident, true, cursor, 100, f, 10);
            QVERIFY(page);
            ++steps;
            for (const TimelineEntry& e : page->rows)
                found << e.id;
            if (page->atEnd)
                break;
            QVERIFY(page->next.valid);
            cursor = page->next;
        }
        QCOMPARE(steps, 3); // 27 entries in windows of 10
        QCOMPARE(found.size(), 1);
        // Full-text words alone need no window: one step finds everything.
        f = {};
        f.text = QStringLiteral("needle");
        const auto direct = m_tc->core().timeline().scan(m_incident, true, {}, 100, f, 10);
        QCOMPARE(direct->rows.size(), 1);
        QVERIFY(direct->atEnd);
    }

    void otherIncidentsStayOut()
    {
        add(QStringLiteral("shared word zebra"));
        const qint64 other = m_tc->declare(QStringLiteral("Other")).id;
        EntryDraft d;
        d.text = QStringLiteral("zebra elsewhere");
        QVERIFY(m_tc->core().timeline().add(other, d));
        QCOMPARE(search(QStringLiteral("zebra")).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTimelineSearch)
#include "tst_timelinesearch.moc"
