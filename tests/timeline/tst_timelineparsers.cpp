// The fast-entry prefixes and the chat transcript parser.
#include "domain/quickentry.h"
#include "domain/transcriptparser.h"

#include <QTest>

class TestTimelineParsers final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "Asia/Tokyo"); }

    void prefixesPickTheKind_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("milestone");
        QTest::addColumn<bool>("important");
        QTest::addColumn<QString>("text");
        const int none = int(Milestone::None);
        QTest::newRow("plain") << "db-2 is slow" << int(EntryKind::Note) << none << false << "db-2 is slow";
        QTest::newRow("decision") << "/d fail over to db-3" << int(EntryKind::Decision) << none << false
                                  << "fail over to db-3";
        QTest::newRow("action") << "/a restart api" << int(EntryKind::Action) << none << false << "restart api";
        QTest::newRow("observation") << "/o 5xx rising" << int(EntryKind::Observation) << none << false
                                     << "5xx rising";
        QTest::newRow("hypothesis") << "/H cache?" << int(EntryKind::Hypothesis) << none << false << "cache?";
        QTest::newRow("alert not action") << "/al disk full" << int(EntryKind::Alert) << none << false
                                          << "disk full";
        QTest::newRow("milestone") << "/mitigated" << int(EntryKind::Milestone) << int(Milestone::Mitigated)
                                   << false << "Mitigated";
        QTest::newRow("important") << "/d ! 全面ロールバック" << int(EntryKind::Decision) << none << true
                                   << "全面ロールバック";
        QTest::newRow("unknown prefix") << "/dx hmm" << int(EntryKind::Note) << none << false << "/dx hmm";
        QTest::newRow("path not prefix") << "/api/v1 returns 500" << int(EntryKind::Note) << none << false
                                         << "/api/v1 returns 500";
    }

    void prefixesPickTheKind()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QFETCH(int, milestone);
        QFETCH(bool, important);
        QFETCH(QString, text);
        const EntryDraft d = QuickEntry::parse(line);
        QCOMPARE(int(d.kind), kind);
        QCOMPARE(int(d.milestone), milestone);
        QCOMPARE(d.important, important);
        QCOMPARE(d.text, text);
    }

    void transcriptFormats()
    {
        const QDate day(2026, 11, 29);
        const QString paste = QStringLiteral(
            "09:31 alice: API 5xx rising\n"
            "[09:32] bob: looking at db-2\n"
            "it has a long query\n"
            "\n"
            "2026-11-28 23:59 carol 日付またぎの確認\n"
            "09:33:05 山田 太郎：フェイルオーバーします\n"
            "09:34 dave restarted the api: done\n");
        const QList<TranscriptLine> lines = TranscriptParser::parse(paste, day);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(0).author, QStringLiteral("alice"));
        QCOMPARE(lines.at(0).text, QStringLiteral("API 5xx rising"));
        QCOMPARE(lines.at(0).at, QDateTime(day, QTime(0, 31), Qt::UTC)); // 09:31 in Tokyo
        QCOMPARE(lines.at(1).author, QStringLiteral("bob"));
        QCOMPARE(lines.at(1).text, QStringLiteral("looking at db-2\nit has a long query"));
        QCOMPARE(lines.at(2).author, QStringLiteral("carol"));
        QCOMPARE(lines.at(2).at, QDateTime(QDate(2026, 11, 28), QTime(14, 59), Qt::UTC));
        QCOMPARE(lines.at(2).text, QStringLiteral("日付またぎの確認"));
        QCOMPARE(lines.at(3).author, QStringLiteral("山田 太郎"));
        QCOMPARE(lines.at(3).text, QStringLiteral("フェイルオーバーします"));
        QCOMPARE(lines.at(3).at.time().second(), 5);
        QCOMPARE(lines.at(4).author, QStringLiteral("dave"));
        QCOMPARE(lines.at(4).text, QStringLiteral("restarted the api: done"));
        QCOMPARE(lines.at(4).sourceLine, 7);
    }

    void linesBeforeAnyTimeHaveNoTime()
    {
        const QList<TranscriptLine> lines =
            TranscriptParser::parse(QStringLiteral("hello all\n25:99 not a time\n10:00 eve: ok"), QDate(2026, 1, 1));
        QCOMPARE(lines.size(), 2);
        QVERIFY(!lines.at(0).at.isValid());
        QCOMPARE(lines.at(0).text, QStringLiteral("hello all\n25:99 not a time"));
        QCOMPARE(lines.at(1).author, QStringLiteral("eve"));
    }
};

QTEST_GUILESS_MAIN(TestTimelineParsers)
#include "tst_timelineparsers.moc"
