// The entries the app writes itself are kept in both languages: whoever wrote them, each reader (window,
// icctl, report, notification) sees them in their own language; a person's edit makes them plain text.
#include "localizer.h"
#include "report/reportexporter.h"
#include "report/reportlanguage.h"
#include "services/incidentservice.h"
#include "services/personservice.h"
#include "services/roleservice.h"
#include "services/timelineservice.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class TestBilingualEntries : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void statusChangeWrittenInJapaneseReadsInEnglish();
    void roleNamesAreTranslatedInEachLanguage();
    void englishReportOfAJapaneseTeamsIncident();
    void anEditMakesTheEntryTheEditorsWords();
    void searchFindsWhatTheReaderSees();
    void upgradeKeepsOlderEntriesAsWritten();

private:
    std::unique_ptr<Localizer> m_localizer;
};

namespace {
TimelineEntry lastEntry(Core& core, qint64 incidentId)
{
    const auto page = core.timeline().page(incidentId, true, {}, 1);
    return page && !page->isEmpty() ? page->first() : TimelineEntry{};
}
} // namespace

void TestBilingualEntries::init()
{
    m_localizer = std::make_unique<Localizer>();
}

void TestBilingualEntries::cleanup()
{
    m_localizer.reset();
}

void TestBilingualEntries::statusChangeWrittenInJapaneseReadsInEnglish()
{
    TestSupport::TempCore t;
    QVERIFY(m_localizer->setLanguage(QStringLiteral("ja")));
    const Incident i = t.declare(QStringLiteral("決済APIのエラー率上昇"));
    QVERIFY(t.core().incidents().setStatus(i.id, IncidentStatus::Identified, QStringLiteral("sato")).ok());
    TimelineEntry e = lastEntry(t.core(), i.id);
    QCOMPARE(e.text, QStringLiteral("ステータス変更: 調査中 → 原因特定"));
    QCOMPARE(e.generated.en, QStringLiteral("Status changed: Investigating → Identified"));
    QCOMPARE(e.generated.ja, e.text);

    // The English-speaking reader, in this process or after a restart.
    QVERIFY(m_localizer->setLanguage(QStringLiteral("en")));
    QCOMPARE(t.core().timeline().get(e.id)->text,
             QStringLiteral("Status changed: Investigating → Identified"));
    QVERIFY(t.reopen());
    QCOMPARE(t.core().timeline().get(e.id)->text,
             QStringLiteral("Status changed: Investigating → Identified"));
    // The text column keeps what was first written.
    QSqlQuery q(t.core().database().connection());
    QVERIFY(q.exec(QStringLiteral("SELECT text FROM timeline_entries WHERE id = %1").arg(e.id)) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ステータス変更: 調査中 → 原因特定"));
}

void TestBilingualEntries::roleNamesAreTranslatedInEachLanguage()
{
    TestSupport::TempCore t;
    QVERIFY(m_localizer->setLanguage(QStringLiteral("en")));
    const Incident i = t.declare(QStringLiteral("Checkout errors"));
    Person p;
    p.name = QStringLiteral("Hanako Sato");
    const auto person = t.core().people().add(p);
    QVERIFY(person.ok());
    QVERIFY(t.core().roles().assign(i.id, Roles::operations, person->id, QStringLiteral("ic")).ok());
    const TimelineEntry e = lastEntry(t.core(), i.id);
    QCOMPARE(e.kind, EntryKind::RoleChange);
    QCOMPARE(e.generated.en, QStringLiteral("Hanako Sato is now Operations lead."));
    QCOMPARE(e.generated.ja, QStringLiteral("Hanako Sato が運用リードになりました。"));
    QCOMPARE(e.text, e.generated.en);
}

void TestBilingualEntries::englishReportOfAJapaneseTeamsIncident()
{
    TestSupport::TempCore t;
    QVERIFY(m_localizer->setLanguage(QStringLiteral("ja")));
    const Incident i = t.declare(QStringLiteral("決済APIのエラー率上昇"));
    QVERIFY(t.core().incidents().setStatus(i.id, IncidentStatus::Identified, QStringLiteral("sato")).ok());
    EntryDraft own;
    own.text = QStringLiteral("DBのコネクション数が上限に達している");
    QVERIFY(t.core().timeline().add(i.id, own).ok());

    const auto doc = ReportExporter(t.core()).build(i.id, ReportKind::Postmortem,
                                                    ReportLanguage(QStringLiteral("en"), QTimeZone::utc()));
    QVERIFY(doc.ok());
    const QString md = ReportExporter::render(doc.value(), ReportFormat::Markdown);
    QVERIFY2(md.contains(QStringLiteral("Status changed: Investigating → Identified")), qPrintable(md));
    QVERIFY(!md.contains(QStringLiteral("ステータス変更")));
    // What people wrote stays in their words.
    QVERIFY(md.contains(QStringLiteral("DBのコネクション数が上限に達している")));

    const auto ja = ReportExporter(t.core()).build(i.id, ReportKind::Postmortem,
                                                   ReportLanguage(QStringLiteral("ja"), QTimeZone::utc()));
    QVERIFY(ReportExporter::render(ja.value(), ReportFormat::Markdown)
                .contains(QStringLiteral("ステータス変更: 調査中 → 原因特定")));
}

void TestBilingualEntries::anEditMakesTheEntryTheEditorsWords()
{
    TestSupport::TempCore t;
    QVERIFY(m_localizer->setLanguage(QStringLiteral("en")));
    const Incident i = t.declare(QStringLiteral("Checkout errors"));
    QVERIFY(t.core().incidents().setStatus(i.id, IncidentStatus::Identified, QStringLiteral("ic")).ok());
    const TimelineEntry generated = lastEntry(t.core(), i.id);
    QVERIFY(!generated.generated.isEmpty());

    // Marking it important leaves the wording alone: still shown in each reader's language.
    EntryDraft flag = EntryDraft::from(generated);
    flag.important = true;
    const auto flagged = t.core().timeline().edit(generated.id, flag, QStringLiteral("ic"));
    QVERIFY(flagged.ok());
    QCOMPARE(flagged->generated, generated.generated);

    // Rewording it makes it the editor's text, in every language.
    EntryDraft reword = EntryDraft::from(flagged.value());
    reword.text = QStringLiteral("Status changed: root cause found in the connection pool");
    const auto reworded = t.core().timeline().edit(generated.id, reword, QStringLiteral("ic"));
    QVERIFY(reworded.ok());
    QVERIFY(reworded->generated.isEmpty());
    QVERIFY(m_localizer->setLanguage(QStringLiteral("ja")));
    QCOMPARE(t.core().timeline().get(generated.id)->text, reword.text);

    // Putting the earlier version back (what undo does) brings both languages back, even when the reader has
    // switched language since.
    const auto undone = t.core().timeline().edit(generated.id, flag, QStringLiteral("ic"));
    QVERIFY(!undone.ok()); // made from version 1 while the entry is at version 3: refused as stale
    EntryDraft back = flag;
    back.basedOnRevision = 3;
    QVERIFY(t.core().timeline().edit(generated.id, back, QStringLiteral("ic")).ok());
    const TimelineEntry restored = t.core().timeline().get(generated.id).value();
    QCOMPARE(restored.generated, generated.generated);
    QCOMPARE(restored.text, QStringLiteral("ステータス変更: 調査中 → 原因特定"));
}

void TestBilingualEntries::searchFindsWhatTheReaderSees()
{
    TestSupport::TempCore t;
    QVERIFY(m_localizer->setLanguage(QStringLiteral("ja")));
    const Incident i = t.declare(QStringLiteral("決済APIのエラー率上昇"));
    QVERIFY(t.core().incidents().setStatus(i.id, IncidentStatus::Monitoring, QStringLiteral("sato")).ok());
    const qint64 statusEntry = lastEntry(t.core(), i.id).id;
    auto finds = [&](const QString& words) {
        TimelineFilter f;
        f.text = words;
        const auto found = t.core().timeline().page(i.id, true, {}, 50, f);
        bool hit = false;
        for (const TimelineEntry& e : found.value())
            hit = hit || e.id == statusEntry;
        return hit;
    };
    // Long words go through the full-text index, short ones through LIKE: both see the same text.
    QVERIFY(finds(QStringLiteral("経過観察")));
    QVERIFY(finds(QStringLiteral("観察")));
    QVERIFY(!finds(QStringLiteral("Monitoring")));
    QVERIFY(m_localizer->setLanguage(QStringLiteral("en")));
    for (const QString& words :
         {QStringLiteral("Status changed"), QStringLiteral("Monitoring"), QStringLiteral("to")})
        QVERIFY2(finds(words), qPrintable(words));
    for (const QString& words : {QStringLiteral("経過観察"), QStringLiteral("観察")})
        QVERIFY2(!finds(words), qPrintable(words));
    // What people wrote is found in any language.
    EntryDraft own;
    own.text = QStringLiteral("DBのコネクション数が上限");
    const qint64 ownId = t.core().timeline().add(i.id, own)->id;
    TimelineFilter f;
    f.text = QStringLiteral("コネクション");
    QCOMPARE(t.core().timeline().page(i.id, true, {}, 50, f)->first().id, ownId);
}

void TestBilingualEntries::upgradeKeepsOlderEntriesAsWritten()
{
    TestSupport::TempCore t;
    const Incident i = t.declare(QStringLiteral("Old incident"));
    const QString path = t.dbPath();
    t.core().database().close();
    {
        // Back to the schema before bilingual entries, with an entry written by an older version.
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("downgrade"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const char* sql :
             {"DROP TRIGGER timeline_fts_insert", "DROP TRIGGER timeline_fts_delete",
              "DROP TRIGGER timeline_fts_update", "DROP TABLE timeline_fts",
              "ALTER TABLE timeline_entries DROP COLUMN text_en",
              "ALTER TABLE timeline_entries DROP COLUMN text_ja",
              "CREATE VIRTUAL TABLE timeline_fts USING fts5(text, content='timeline_entries', "
              "content_rowid='id', "
              "tokenize='trigram')",
              "CREATE TRIGGER timeline_fts_insert AFTER INSERT ON timeline_entries BEGIN INSERT INTO "
              "timeline_fts(rowid, text) VALUES (new.id, new.text); END",
              "CREATE TRIGGER timeline_fts_delete AFTER DELETE ON timeline_entries BEGIN INSERT INTO "
              "timeline_fts(timeline_fts, rowid, text) VALUES ('delete', old.id, old.text); END",
              "CREATE TRIGGER timeline_fts_update AFTER UPDATE OF text ON timeline_entries BEGIN INSERT INTO "
              "timeline_fts(timeline_fts, rowid, text) VALUES ('delete', old.id, old.text); INSERT INTO "
              "timeline_fts(rowid, text) VALUES (new.id, new.text); END",
              "DELETE FROM schema_migrations WHERE version = 70", "PRAGMA user_version = 60"})
            QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO timeline_entries (incident_id, occurred_at, recorded_at, author, "
                           "kind, text) VALUES (%1, 0, 0, 'old', 'status', 'ステータス変更: 古い版')")
                .arg(i.id)));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("downgrade"));

    Core reopened;
    QVERIFY(reopened.open(path).ok());
    QCOMPARE(reopened.database().schemaVersion(), Database::latestSchemaVersion());
    TimelineFilter f;
    f.text = QStringLiteral("古い版");
    const auto found = reopened.timeline().page(i.id, true, {}, 10, f);
    QVERIFY(found.ok());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().text, QStringLiteral("ステータス変更: 古い版"));
    QVERIFY(found->first().generated.isEmpty());
}

QTEST_GUILESS_MAIN(TestBilingualEntries)
#include "tst_bilingualentries.moc"
