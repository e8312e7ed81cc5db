// The timeline editor and the incident document with realistic data, in English and in Japanese,
// switched at run time (QEvent::LanguageChange). With IC_SCREENSHOTS_DIR set, saves {timeline,document}-{en,ja}.png there.
#include "guitestsupport.h"
#include "testsupport.h"

#include "documentpanel.h"
#include "incidentworkspace.h"
#include "localizer.h"
#include "services/brainstormservice.h"
#include "services/changeservice.h"
#include "services/documentservice.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"
#include "timelinemodel.h"
#include "timelinepanel.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Line
{
    int minute; // after 08:00 UTC
    EntryKind kind;
    const char* author;
    const char* role;
    const char* text;
    bool important;
};

// An outage as a team would write it, in English…
const Line kEnglish[] = {
    {12, EntryKind::Alert, "mackerel", "", "Alert: checkout-api 5xx rate 34% (threshold 5%)", false},
    {14, EntryKind::Observation, "aiko", "ops", "5xx began 08:09, right after deploy #4812 of checkout-api", false},
    {17, EntryKind::Communication, "ken", "comms", "Posted first status page update: investigating checkout errors", false},
    {21, EntryKind::Hypothesis, "aiko", "ops", "Connection pool exhausted after the new retry policy", false},
    {26, EntryKind::Decision, "mei", "ic", "Roll back deploy #4812; Aiko executes, Ken informs support", true},
    {31, EntryKind::Action, "aiko", "ops", "Rollback of checkout-api to #4811 started (canary 10%)", false},
    {38, EntryKind::Observation, "aiko", "ops", "Canary healthy: 5xx 0.2%. Rolling out to 100%", false},
    {44, EntryKind::Milestone, "mei", "ic", "Mitigated: 5xx back under 1% on all regions", true},
    {52, EntryKind::Communication, "ken", "comms", "Status page: mitigated, monitoring. Next update 09:20 UTC", false},
    {63, EntryKind::Note, "sara", "planning", "Follow-up: load test for retry policy before re-deploy", false},
};
// …and as a Japanese team would write it.
const Line kJapanese[] = {
    {12, EntryKind::Alert, "mackerel", "", "アラート: checkout-api の 5xx 率 34%（閾値 5%）", false},
    {14, EntryKind::Observation, "佐藤", "ops", "08:09 の checkout-api デプロイ #4812 直後から 5xx が発生", false},
    {17, EntryKind::Communication, "鈴木", "comms", "ステータスページ第1報: 決済エラーを調査中と掲載", false},
    {21, EntryKind::Hypothesis, "佐藤", "ops", "新しいリトライ設定でコネクションプールが枯渇している", false},
    {26, EntryKind::Decision, "田中", "ic", "デプロイ #4812 をロールバックする。実施は佐藤、サポートへの連絡は鈴木", true},
    {31, EntryKind::Action, "佐藤", "ops", "checkout-api を #4811 にロールバック開始（カナリア 10%）", false},
    {38, EntryKind::Observation, "佐藤", "ops", "カナリア正常: 5xx 0.2%。100% に展開", false},
    {44, EntryKind::Milestone, "田中", "ic", "緩和: 全リージョンで 5xx が 1% 未満に回復", true},
    {52, EntryKind::Communication, "鈴木", "comms", "ステータスページ第2報: 緩和済み、経過観察中。次回 18:20 JST", false},
    {63, EntryKind::Note, "高橋", "planning", "再デプロイ前にリトライ設定の負荷試験を行う（フォローアップ）", false},
};
} // namespace

class TestTimelineScreenshots final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;
    Localizer m_localizer;

    template <typename T>
    static void must(const Result<T>& r)
    {
        QVERIFY2(r.ok(), qPrintable(r.error()));
    }

    template <std::size_t N>
    qint64 seed(const QString& title, const Line (&lines)[N], bool japanese)
    {
        Core& core = m_tc->core();
        IncidentDraft d;
        d.title = title;
        d.severity = Severity::Sev1;
        d.author = japanese ? QStringLiteral("田中") : QStringLiteral("mei");
        const QDateTime base(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
        m_tc->clock().set(base.addSecs(19 * 60));
        const qint64 id = core.incidents().declare(d)->id;
        qint64 hypothesis = 0;
        for (const Line& l : lines) {
            EntryDraft e;
            e.kind = l.kind;
            e.author = QString::fromUtf8(l.author);
            e.role = QString::fromUtf8(l.role);
            e.text = QString::fromUtf8(l.text);
            e.important = l.important;
            e.occurredAt = base.addSecs(l.minute * 60);
            m_tc->clock().set(e.occurredAt.addSecs(40)); // written down shortly after
            if (l.kind == EntryKind::Milestone)
                e.milestone = Milestone::Mitigated;
            if (l.kind == EntryKind::Hypothesis) {
                hypothesis = core.brainstorm().add(id, e.text, e.author)->id;
                continue;
            }
            const auto saved = core.timeline().add(id, e);
            must(saved);
            if (l.minute == 31) { // a corrected entry, so the history pane has something to show
                e.text += japanese ? QStringLiteral("。エラー率を監視") : QStringLiteral("; watching error rate");
                must(core.timeline().edit(saved->id, e, e.author));
            }
        }
        m_tc->clock().set(base.addSecs(70 * 60));
        must(core.brainstorm().setVerdict(hypothesis, IdeaState::Confirmed, {}, d.author));
        must(core.brainstorm().add(
            id, japanese ? QStringLiteral("DB のフェイルオーバーが重なった") : QStringLiteral("DB failover at the same time"),
            d.author));
        must(core.changes().record(id,
                              {japanese ? QStringLiteral("checkout-api を #4811 にロールバック") : QStringLiteral("Rolled back checkout-api to #4811"),
                               e(japanese, "佐藤", "aiko"), base.addSecs(31 * 60),
                               japanese ? QStringLiteral("修正版 #4813 をデプロイ") : QStringLiteral("Deploy fixed build #4813")},
                              d.author));
        must(core.changes().record(id,
                              {japanese ? QStringLiteral("リトライ設定の機能フラグを無効化") : QStringLiteral("Disabled the retry-policy feature flag"),
                               e(japanese, "佐藤", "aiko"), base.addSecs(33 * 60),
                               japanese ? QStringLiteral("フラグ checkout.retry.v2 を有効に戻す") : QStringLiteral("Re-enable flag checkout.retry.v2")},
                              d.author));
        must(core.document().setFields(
            id,
            {{DocField::Summary, japanese ? QStringLiteral("デプロイ #4812 後、決済 API の 34% がエラー") : QStringLiteral("34% of checkout requests failed after deploy #4812")},
             {DocField::StatusKnown, japanese ? QStringLiteral("原因はリトライ設定によるコネクションプール枯渇。ロールバックで緩和済み") : QStringLiteral("Connection pool exhaustion from the new retry policy; rollback mitigated it")},
             {DocField::StatusDoing, japanese ? QStringLiteral("佐藤: 全リージョンの経過観察\n鈴木: サポートと顧客への連絡") : QStringLiteral("aiko: watching all regions\nken: updating support and customers")},
             {DocField::NextUpdate, base.addSecs(80 * 60).toString(Qt::ISODate)},
             {DocField::Impact, japanese ? QStringLiteral("08:09〜08:44 UTC、決済の約 3 分の 1 が失敗") : QStringLiteral("08:09–08:44 UTC, about a third of checkouts failed")},
             {DocField::CommandPost, QStringLiteral("https://chat.example.com/incident-4812\nhttps://meet.example.com/ic-bridge")},
             {DocField::ExitCriteria, japanese ? QStringLiteral("5xx 0.5% 未満が 30 分継続") : QStringLiteral("5xx below 0.5% for 30 minutes")},
             {DocField::Todos, japanese ? QStringLiteral("障害報告書の下書き\nリトライ設定の負荷試験") : QStringLiteral("Draft the customer report\nLoad-test the retry policy")}},
            d.author));
        m_tc->clock().set(base.addSecs(75 * 60));
        return id;
    }

    // Selects the corrected entry, so the detail pane shows a history.
    static void selectEdited(TimelinePanel* panel)
    {
        for (int row = 0; row < panel->model()->rowCount(); ++row)
            if (panel->model()->entryAt(row)->revision > 1)
                panel->view()->setCurrentIndex(panel->model()->index(row, TimelineModel::Text));
    }

    static QString e(bool japanese, const char* ja, const char* en)
    {
        return QString::fromUtf8(japanese ? ja : en);
    }

    void shoot(IncidentWorkspace& w, int tab, const QString& name)
    {
        w.tabs()->setCurrentIndex(tab);
        QCoreApplication::processEvents();
        const QPixmap shot = w.grab();
        QVERIFY(!shot.isNull());
        // Tests never write into the source tree; set IC_SCREENSHOTS_DIR to refresh docs/screenshots.
        const QString dir = qEnvironmentVariable("IC_SCREENSHOTS_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        QVERIFY(shot.save(dir + QLatin1Char('/') + name));
    }

private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Tokyo");
        m_tc = std::make_unique<TestSupport::TempCore>();
        QVERIFY(m_tc->ok());
        m_tc->clock().set(QDateTime(QDate(2026, 11, 29), QTime(9, 5), Qt::UTC));
        QVERIFY(m_localizer.setLanguage(QStringLiteral("en")));
    }

    void cleanupTestCase()
    {
        m_tc.reset();
        m_localizer.setLanguage(QStringLiteral("en"));
    }

    void noUnfinishedJapanese()
    {
        QFile ts(QStringLiteral(IC_SOURCE_DIR "/translations/incident-commander_ja.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString source;
        QStringList unfinished;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("source"))
                source = xml.readElementText();
            if (xml.isStartElement() && xml.name() == QLatin1String("translation")
                && xml.attributes().value(QLatin1String("type")) == QLatin1String("unfinished"))
                unfinished << source;
        }
        QVERIFY2(unfinished.isEmpty(), qPrintable(unfinished.join(QLatin1Char('\n'))));
    }

    void bothLanguages()
    {
        const qint64 en = seed(QStringLiteral("Checkout API 5xx after deploy #4812"), kEnglish, false);

        IncidentWorkspace w(m_tc->core());
        w.resize(1500, 900);
        w.setIncident(en);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.findChild<TimelinePanel*>()); // built when its tab is first shown
        w.tabs()->setCurrentIndex(1);
        auto* panel = w.findChild<TimelinePanel*>();
        QVERIFY(panel);
        auto* search = w.findChild<QLineEdit*>(QStringLiteral("timelineSearch"));
        QCOMPARE(search->placeholderText(), QStringLiteral("Search the timeline (Ctrl+F)"));
        selectEdited(panel);
        shoot(w, 1, QStringLiteral("timeline-en.png"));
        shoot(w, 2, QStringLiteral("document-en.png"));

        // Switch at run time: every widget retranslates on QEvent::LanguageChange.
        QVERIFY(m_localizer.setLanguage(QStringLiteral("ja")));
        QCoreApplication::processEvents();
        QCOMPARE(search->placeholderText(), QStringLiteral("タイムラインを検索（Ctrl+F）"));
        QCOMPARE(w.tabs()->tabText(1), QStringLiteral("タイムライン"));
        QCOMPARE(panel->model()->headerData(TimelineModel::Kind, Qt::Horizontal).toString(), QStringLiteral("種類"));
        // A Japanese team writes while the app speaks Japanese (entries the app writes itself follow it).
        const qint64 ja = seed(QStringLiteral("デプロイ #4812 後に決済 API で 5xx 多発"), kJapanese, true);
        w.setIncident(ja);
        selectEdited(panel);
        shoot(w, 1, QStringLiteral("timeline-ja.png"));
        shoot(w, 2, QStringLiteral("document-ja.png"));
    }
};

QTEST_MAIN(TestTimelineScreenshots)
#include "tst_timelinescreenshots.moc"
