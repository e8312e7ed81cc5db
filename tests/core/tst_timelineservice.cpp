#include "services/timelineservice.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

class TestTimelineService : public QObject
{
    Q_OBJECT
private slots:
    void addValidates();
    void occurredAndRecordedAreSeparate();
    void pagesInBothOrders();
    void editKeepsRevisions();
    void softDeleteAndRestore();
    void staleEditIsRefused();
    void addManyWritesAllInOneTransaction();
    void addManyWithABadEntryWritesNothing();
};

void TestTimelineService::addValidates()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"));
    EntryDraft d;
    d.text = QStringLiteral("  \n ");
    QVERIFY(!t.core().timeline().add(i.id, d).ok());
    d.text = QString(Incidents::maxTextLength + 1, QLatin1Char('x'));
    QVERIFY(!t.core().timeline().add(i.id, d).ok());
    d.text = QStringLiteral("ok");
    QVERIFY(!t.core().timeline().add(999, d).ok());
    QCOMPARE(t.core().timeline().count(i.id).value(), 1); // only the declaration entry
}

void TestTimelineService::occurredAndRecordedAreSeparate()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"));
    EntryDraft d;
    d.text = QStringLiteral("アラート: DB CPU 100%");
    d.kind = EntryKind::Alert;
    d.occurredAt = t.clock().now().addSecs(-600);
    const auto e = t.core().timeline().add(i.id, d);
    QVERIFY(e.ok());
    QCOMPARE(e->occurredAt, t.clock().now().addSecs(-600));
    QCOMPARE(e->recordedAt, t.clock().now());
    QCOMPARE(e->kind, EntryKind::Alert);
    QCOMPARE(e->text, d.text);
}

void TestTimelineService::pagesInBothOrders()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"));
    for (int n = 0; n < 450; ++n) {
        EntryDraft d;
        d.text = QStringLiteral("entry %1").arg(n);
        // Same occurred-at for pairs: the id breaks ties, so no entry is skipped or repeated.
        d.occurredAt = t.clock().now().addSecs(n / 2);
        QVERIFY(t.core().timeline().add(i.id, d).ok());
    }
    for (bool newestFirst : {true, false}) {
        QList<qint64> seen;
        TimelineStore::PageCursor cursor;
        QDateTime last;
        while (true) {
            const auto page = t.core().timeline().page(i.id, newestFirst, cursor, 100).value();
            for (const auto& e : page) {
                if (last.isValid())
                    QVERIFY(newestFirst ? e.occurredAt <= last : e.occurredAt >= last);
                last = e.occurredAt;
                seen << e.id;
            }
            if (page.size() < 100)
                break;
            cursor = TimelineStore::cursorAfter(page.constLast());
        }
        QCOMPARE(seen.size(), 451);
        QCOMPARE(QSet<qint64>(seen.begin(), seen.end()).size(), 451);
    }
}

void TestTimelineService::editKeepsRevisions()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"));
    EntryDraft d;
    d.text = QStringLiteral("first");
    const auto e = t.core().timeline().add(i.id, d).value();
    QSignalSpy changed(&t.core().timeline(), &TimelineService::entryChanged);
    EntryDraft c;
    c.text = QStringLiteral("second");
    c.kind = EntryKind::Decision;
    c.important = true;
    t.clock().advance(5000);
    const auto edited = t.core().timeline().edit(e.id, c, QStringLiteral("ed"));
    QVERIFY(edited.ok());
    QCOMPARE(edited->revision, 2);
    QCOMPARE(edited->text, QStringLiteral("second"));
    QCOMPARE(edited->recordedAt, e.recordedAt);
    QCOMPARE(changed.count(), 1);
    const auto revs = t.core().timeline().revisions(e.id).value();
    QCOMPARE(revs.size(), 1);
    QCOMPARE(revs.first().text, QStringLiteral("first"));
    QCOMPARE(revs.first().kind, EntryKind::Note);
}

void TestTimelineService::softDeleteAndRestore()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"));
    EntryDraft d;
    d.text = QStringLiteral("oops");
    const auto e = t.core().timeline().add(i.id, d).value();
    QCOMPARE(t.core().timeline().count(i.id).value(), 2);
    QVERIFY(t.core().timeline().remove(e.id, QStringLiteral("ed")).ok());
    QCOMPARE(t.core().timeline().count(i.id).value(), 1);
    QVERIFY(t.core().timeline().get(e.id)->deleted);
    QVERIFY(t.core().timeline().restore(e.id, QStringLiteral("ed")).ok());
    QCOMPARE(t.core().timeline().count(i.id).value(), 2);
    QCOMPARE(t.core().timeline().revisions(e.id)->size(), 2);
}

void TestTimelineService::staleEditIsRefused()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"));
    EntryDraft d;
    d.text = QStringLiteral("v1");
    const auto e = t.core().timeline().add(i.id, d).value();
    Core other;
    QVERIFY(other.open(t.dbPath()).ok());
    EntryDraft c;
    c.text = QStringLiteral("v2");
    QVERIFY(other.timeline().edit(e.id, c, QStringLiteral("other")).ok());
    c.text = QStringLiteral("v2 again");
    // The edit reads the current revision inside its transaction, so it applies on top of v2.
    QVERIFY(t.core().timeline().edit(e.id, c, QStringLiteral("me")).ok());
    QCOMPARE(t.core().timeline().get(e.id)->revision, 3);
    QCOMPARE(t.core().timeline().revisions(e.id)->size(), 2);

    // Content made from what this window showed (version 3) while another process wrote version 4: refused,
    // and version 4 stays.
    EntryDraft mine = EntryDraft::from(t.core().timeline().get(e.id).value());
    EntryDraft theirs = mine;
    theirs.text = QStringLiteral("v4 from icctl");
    QVERIFY(other.timeline().edit(e.id, theirs, QStringLiteral("other")).ok());
    mine.kind = EntryKind::Decision; // the text in `mine` is still "v2 again"
    const auto stale = t.core().timeline().edit(e.id, mine, QStringLiteral("me"));
    QVERIFY(!stale.ok());
    QVERIFY2(stale.error().contains(QStringLiteral("version 4")), qPrintable(stale.error()));
    QCOMPARE(t.core().timeline().get(e.id)->text, QStringLiteral("v4 from icctl"));
    QCOMPARE(t.core().timeline().get(e.id)->kind, EntryKind::Note);
}

void TestTimelineService::addManyWritesAllInOneTransaction()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"));
    QList<EntryDraft> drafts;
    for (const QString& text :
         {QStringLiteral("db-2 を再起動"), QStringLiteral("restarted"), QStringLiteral("ok")}) {
        EntryDraft d;
        d.text = text;
        d.author = QStringLiteral("alice");
        d.occurredAt = t.clock().now().addSecs(-60 * drafts.size());
        drafts << d;
    }
    QSignalSpy added(&t.core().timeline(), &TimelineService::entryAdded);
    // Each write would bump data_version on another connection; one transaction bumps it once.
    Core other;
    QVERIFY(other.open(t.dbPath()).ok());
    QSqlQuery version(other.database().connection());
    auto dataVersion = [&] {
        version.exec(QStringLiteral("PRAGMA data_version"));
        version.next();
        return version.value(0).toLongLong();
    };
    const qint64 before = dataVersion();
    const auto saved = t.core().timeline().addMany(i.id, drafts);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(saved->size(), 3);
    QCOMPARE(dataVersion(), before + 1);
    QCOMPARE(added.count(), 3);
    QCOMPARE(saved->at(0).text, QStringLiteral("db-2 を再起動"));
    QCOMPARE(saved->at(2).occurredAt, t.clock().now().addSecs(-120));
    QCOMPARE(t.core().timeline().count(i.id).value(), 4);
    QCOMPARE(t.core().timeline().get(saved->at(1).id)->author, QStringLiteral("alice"));
}

void TestTimelineService::addManyWithABadEntryWritesNothing()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("x"));
    EntryDraft good;
    good.text = QStringLiteral("fine");
    EntryDraft bad = good;
    bad.text = QString(Incidents::maxTextLength + 1, QLatin1Char('x'));
    QSignalSpy added(&t.core().timeline(), &TimelineService::entryAdded);
    const auto refused = t.core().timeline().addMany(i.id, {good, good, bad, good});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1Char('3')), qPrintable(refused.error())); // names the entry
    QVERIFY(!t.core().timeline().addMany(i.id, {}).ok());
    QVERIFY(!t.core().timeline().addMany(999, {good}).ok());
    // A failure while writing (not only in validation) rolls back the entries written before it.
    QSqlQuery q(t.core().database().connection());
    QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON timeline_entries "
                                  "WHEN NEW.text = 'third' BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    EntryDraft third = good;
    third.text = QStringLiteral("third");
    QVERIFY(!t.core().timeline().addMany(i.id, {good, good, third}).ok());
    QCOMPARE(t.core().timeline().count(i.id).value(), 1); // only the declaration entry
    QCOMPARE(added.count(), 0);
}

QTEST_GUILESS_MAIN(TestTimelineService)
#include "tst_timelineservice.moc"
