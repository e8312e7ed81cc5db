// The brainstorm board: ideas go on the timeline as hypotheses; verdicts are recorded and linked.
#include "testsupport.h"

#include "services/brainstormservice.h"
#include "services/timelineservice.h"

#include <QTest>

class TestBrainstormService final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;
    qint64 m_incident = 0;

private slots:
    void init()
    {
        m_tc = std::make_unique<TestSupport::TempCore>();
        QVERIFY(m_tc->ok());
        m_incident = m_tc->declare(QStringLiteral("Brainstorm")).id;
    }

    void cleanup() { m_tc.reset(); }

    void ideasAndVerdictsAreOnTheTimeline()
    {
        BrainstormService& b = m_tc->core().brainstorm();
        const auto idea = b.add(m_incident, QStringLiteral("キャッシュの一斉失効"), QStringLiteral("alice"));
        QVERIFY(idea);
        const auto entry = m_tc->core().timeline().get(idea->entryId);
        QCOMPARE(entry->kind, EntryKind::Hypothesis);
        QCOMPARE(entry->text, QStringLiteral("キャッシュの一斉失効"));

        const auto confirmed = b.setVerdict(idea->id, IdeaState::Confirmed, QStringLiteral("TTL all 00:00"),
                                            QStringLiteral("bob"));
        QVERIFY(confirmed);
        QCOMPARE(confirmed->state, IdeaState::Confirmed);
        QCOMPARE(confirmed->decidedBy, QStringLiteral("bob"));
        const auto verdict = m_tc->core().timeline().get(confirmed->verdictEntryId);
        QVERIFY(verdict->text.contains(QStringLiteral("キャッシュの一斉失効")));
        QVERIFY(verdict->text.contains(QStringLiteral("TTL all 00:00")));
        QVERIFY(verdict->important);

        const auto reopened = b.setVerdict(idea->id, IdeaState::Open, {}, QStringLiteral("bob"));
        QCOMPARE(reopened->state, IdeaState::Open);
        QVERIFY(!reopened->decidedAt.isValid());
    }

    void aVerdictOnTheLongestIdeaFitsItsEntry()
    {
        BrainstormService& b = m_tc->core().brainstorm();
        const QString longest(Incidents::maxTextLength, QLatin1Char('h'));
        const auto idea = b.add(m_incident, longest, QStringLiteral("alice"));
        QVERIFY(idea);
        const auto ruledOut = b.setVerdict(idea->id, IdeaState::RuledOut, QString(Incidents::maxQuotedLength, QLatin1Char('n')),
                                           QStringLiteral("bob"));
        QVERIFY2(ruledOut, qPrintable(ruledOut.error()));
        const auto verdict = m_tc->core().timeline().get(ruledOut->verdictEntryId);
        QVERIFY(verdict->text.contains(QStringLiteral("hhh…")));
        QVERIFY(!b.setVerdict(idea->id, IdeaState::Open, QString(Incidents::maxQuotedLength + 1, QLatin1Char('n')),
                              QStringLiteral("bob")));
    }

    void deletingTheEntryTakesTheIdeaOffTheBoard()
    {
        BrainstormService& b = m_tc->core().brainstorm();
        const auto idea = b.add(m_incident, QStringLiteral("DNS"), QStringLiteral("alice"));
        QVERIFY(b.add(m_incident, QStringLiteral("BGP"), QStringLiteral("alice")));
        QCOMPARE(b.list(m_incident)->size(), 2);
        QVERIFY(m_tc->core().timeline().remove(idea->entryId, QStringLiteral("alice")));
        QCOMPARE(b.list(m_incident)->size(), 1);
        QVERIFY(m_tc->core().timeline().restore(idea->entryId, QStringLiteral("alice")));
        QCOMPARE(b.list(m_incident)->size(), 2);
        QVERIFY(!b.add(m_incident, QStringLiteral("  "), QStringLiteral("alice")));
    }
};

QTEST_GUILESS_MAIN(TestBrainstormService)
#include "tst_brainstormservice.moc"
