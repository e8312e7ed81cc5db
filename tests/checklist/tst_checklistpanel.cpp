#include "checklistmodel.h"
#include "checklistpanel.h"
#include "guitestsupport.h"
#include "icloopwidget.h"
#include "incidentworkspace.h"
#include "localizer.h"
#include "services/checklistservice.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"
#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>

// The checklist tab driven as a user would: tick, skip and reopen items (the reason dialogs included), see
// each change in the timeline, filter by role, follow the declaration helper and the IC loop, and switch
// the language at run time.
class TestChecklistPanel final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;
    std::unique_ptr<Localizer> m_localizer;

    static void answerReason(const QString& reason)
    {
        TestSupport::whenModalShown([reason](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("reasonDialog"));
            auto* edit = dialog->findChild<QLineEdit*>();
            QVERIFY(edit);
            TestSupport::typeText(edit, reason);
            static_cast<QDialog*>(dialog)->accept();
        });
    }

    QList<TimelineEntry> timeline(qint64 incidentId)
    {
        return m_tc->core().timeline().page(incidentId, true, {}, 50).value();
    }

    static void select(ChecklistPanel& panel, int number)
    {
        const auto items = panel.model()->totalCount();
        QVERIFY(number <= items);
        for (int g = 0; g < panel.model()->rowCount(); ++g)
            for (int r = 0; r < panel.model()->rowCount(panel.model()->index(g, 0)); ++r) {
                const QModelIndex index = panel.model()->index(r, 0, panel.model()->index(g, 0));
                if (panel.model()->itemAt(index)->number == number) {
                    panel.selectItem(panel.model()->itemAt(index)->id);
                    return;
                }
            }
        QFAIL("item not found");
    }

private slots:
    void init()
    {
        m_localizer = std::make_unique<Localizer>();
        m_localizer->setLanguage(QStringLiteral("en"));
        m_tc = std::make_unique<TestSupport::TempCore>();
        QVERIFY(m_tc->ok());
    }
    void cleanup()
    {
        m_tc.reset();
        m_localizer.reset();
    }

    void tickSkipAndReopenAppearInTimeline()
    {
        const Incident i = m_tc->declare(QStringLiteral("Checkout errors"), Severity::Sev2);
        ChecklistPanel panel(m_tc->core());
        panel.resize(1000, 700);
        panel.show();
        panel.setIncident(i.id);
        auto* done = panel.findChild<QPushButton*>(QStringLiteral("checklistDone"));
        auto* skip = panel.findChild<QPushButton*>(QStringLiteral("checklistSkip"));
        auto* reopen = panel.findChild<QPushButton*>(QStringLiteral("checklistReopen"));
        QVERIFY(done && skip && reopen);
        QVERIFY(!done->isEnabled());

        select(panel, 2);
        QVERIFY(done->isEnabled());
        QTest::mouseClick(done, Qt::LeftButton);
        QCOMPARE(m_tc->core().checklists().findItem(i.id, QStringLiteral("2"))->state, ChecklistState::Done);
        QVERIFY(timeline(i.id).first().text.startsWith(QStringLiteral("Checklist item 2 done")));
        QVERIFY(reopen->isEnabled()); // the selection stays on the item after the reload

        select(panel, 3);
        answerReason(QStringLiteral("IC holds all roles"));
        QTest::mouseClick(skip, Qt::LeftButton);
        QCOMPARE(m_tc->core().checklists().findItem(i.id, QStringLiteral("3"))->state,
                 ChecklistState::Skipped);
        QVERIFY(timeline(i.id).first().text.contains(QStringLiteral("IC holds all roles")));

        select(panel, 2);
        answerReason(QStringLiteral("チャンネルが違った")); // Japanese through the input method path
        QTest::mouseClick(reopen, Qt::LeftButton);
        const auto reopened = m_tc->core().checklists().findItem(i.id, QStringLiteral("2")).value();
        QCOMPARE(reopened.state, ChecklistState::Open);
        QCOMPARE(reopened.stateReason, QStringLiteral("チャンネルが違った"));
        QVERIFY(timeline(i.id).first().text.contains(QStringLiteral("reopened")));

        auto* summary = panel.findChild<QLabel*>(QStringLiteral("checklistSummary"));
        QVERIFY(summary->text().startsWith(QStringLiteral("1 of")));
    }

    void spaceAndDoubleClickMarkDone()
    {
        const Incident i = m_tc->declare(QStringLiteral("Keys"), Severity::Sev3);
        ChecklistPanel panel(m_tc->core());
        panel.resize(1000, 700);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setIncident(i.id);
        select(panel, 1);
        panel.view()->setFocus();
        QTest::keyClick(panel.view(), Qt::Key_Space);
        QCOMPARE(m_tc->core().checklists().findItem(i.id, QStringLiteral("1"))->state, ChecklistState::Done);
        select(panel, 2);
        panel.view()->doItemsLayout(); // rows have their wrapped heights before we aim at one
        panel.view()->scrollTo(panel.view()->currentIndex());
        const QRect rect = panel.view()->visualRect(panel.view()->currentIndex());
        QVERIFY2(panel.view()->viewport()->rect().contains(rect.center()),
                 qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(rect.x())
                                .arg(rect.y())
                                .arg(rect.width())
                                .arg(rect.height())));
        QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, rect.center()); // a real double-click
        QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {},
                           rect.center()); // starts with a click
        QCOMPARE(m_tc->core().checklists().findItem(i.id, QStringLiteral("2"))->state, ChecklistState::Done);
    }

    void addItemInJapaneseWithOwnerAndTimeBox()
    {
        const Incident i = m_tc->declare(QStringLiteral("Ad hoc"), Severity::Sev3);
        ChecklistPanel panel(m_tc->core());
        panel.show();
        panel.setIncident(i.id);
        const int before = panel.model()->totalCount();
        TestSupport::whenModalShown([](QWidget* dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("addItemDialog"));
            auto* role = dialog->findChild<QComboBox*>(QStringLiteral("itemRole"));
            role->setCurrentIndex(role->findData(QStringLiteral("sme")));
            dialog->findChild<QSpinBox*>(QStringLiteral("itemTimeBox"))->setValue(15);
            TestSupport::typeText(dialog->findChild<QLineEdit*>(QStringLiteral("itemTextJa")),
                                  QStringLiteral("DBA に連絡する"));
            static_cast<QDialog*>(dialog)->accept();
        });
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("checklistAdd")), Qt::LeftButton);
        QCOMPARE(panel.model()->totalCount(), before + 1);
        const ChecklistItem added = m_tc->core().checklists().items(i.id)->last();
        QCOMPARE(added.text.ja, QStringLiteral("DBA に連絡する"));
        QCOMPARE(added.roleKey, QStringLiteral("sme"));
        QCOMPARE(added.dueAt(i.declaredAt),
                 m_tc->clock().now().addSecs(15 * 60)); // from now, not from declaring
        QVERIFY(added.adHoc);
    }

    void cancellingTheReasonChangesNothing()
    {
        const Incident i = m_tc->declare(QStringLiteral("Cancel"), Severity::Sev3);
        ChecklistPanel panel(m_tc->core());
        panel.show();
        panel.setIncident(i.id);
        select(panel, 1);
        const int before = m_tc->core().timeline().count(i.id).value();
        TestSupport::whenModalShown([](QWidget* dialog) { static_cast<QDialog*>(dialog)->reject(); });
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("checklistSkip")), Qt::LeftButton);
        QCOMPARE(m_tc->core().checklists().findItem(i.id, QStringLiteral("1"))->state, ChecklistState::Open);
        QCOMPARE(m_tc->core().timeline().count(i.id).value(), before);
    }

    void workspaceHasTheTabAndTimelineShowsTicks()
    {
        const Incident i = m_tc->declare(QStringLiteral("Workspace"), Severity::Sev2);
        IncidentWorkspace workspace(m_tc->core());
        workspace.resize(1200, 800);
        workspace.show();
        workspace.setIncident(i.id);
        auto openTab = [&](const QString& text) {
            for (int t = 0; t < workspace.tabs()->count(); ++t)
                if (workspace.tabs()->tabText(t) == text) {
                    workspace.tabs()->setCurrentIndex(t); // a deferred tab builds its panel when shown
                    return true;
                }
            return false;
        };
        QVERIFY(openTab(QStringLiteral("Checklist")));
        auto* panel = workspace.findChild<ChecklistPanel*>(QStringLiteral("checklistPanel"));
        QVERIFY(panel);
        select(*panel, 1);
        QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("checklistDone")), Qt::LeftButton);
        QVERIFY(openTab(QStringLiteral("Timeline")));
        auto* timelineView = workspace.findChild<QAbstractItemView*>(QStringLiteral("timelineView"));
        QVERIFY(timelineView);
        bool seen = false;
        for (int r = 0; r < timelineView->model()->rowCount() && !seen; ++r)
            for (int c = 0; c < timelineView->model()->columnCount(); ++c)
                seen = seen || timelineView->model()->index(r, c).data().toString().contains(
                                   QStringLiteral("Checklist item 1 done"));
        QVERIFY(seen);
    }

    void offersTheNewSeverityStepsAfterAnUpgrade()
    {
        const Incident i = m_tc->declare(QStringLiteral("Escalated"), Severity::Sev3);
        ChecklistPanel panel(m_tc->core());
        panel.show();
        panel.setIncident(i.id);
        auto* extend = panel.findChild<QPushButton*>(QStringLiteral("checklistExtend"));
        QVERIFY(!extend->isVisible());
        const int before = panel.model()->totalCount();
        QVERIFY(m_tc->core().incidents().setSeverity(i.id, Severity::Sev1, QStringLiteral("ic")).ok());
        QVERIFY(extend->isVisible());
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("checklistExtendNote"))
                    ->text()
                    .contains(QStringLiteral("SEV1")));
        QTest::mouseClick(extend, Qt::LeftButton);
        QVERIFY(panel.model()->totalCount() > before);
        QVERIFY(!extend->isVisible());
    }

    void roleFilter()
    {
        const Incident i = m_tc->declare(QStringLiteral("Filter"), Severity::Sev1);
        ChecklistPanel panel(m_tc->core());
        panel.show();
        panel.setIncident(i.id);
        auto* filter = panel.findChild<QComboBox*>(QStringLiteral("checklistRoleFilter"));
        const int comms = filter->findData(QStringLiteral("communications"));
        QVERIFY(comms > 0);
        filter->setCurrentIndex(comms);
        emit filter->activated(comms);
        QCOMPARE(panel.model()->roleFilter(), QStringLiteral("communications"));
        for (int g = 0; g < panel.model()->rowCount(); ++g)
            for (int r = 0; r < panel.model()->rowCount(panel.model()->index(g, 0)); ++r)
                QCOMPARE(
                    panel.model()->itemAt(panel.model()->index(r, 0, panel.model()->index(g, 0)))->roleKey,
                    QStringLiteral("communications"));
    }

    void declarationHelperPromptsAndDeclares()
    {
        IncidentDraft d;
        d.title = QStringLiteral("Odd errors");
        d.declare = false;
        const Incident i = m_tc->core().incidents().declare(d).value();
        ChecklistPanel panel(m_tc->core());
        panel.show();
        panel.setIncident(i.id);
        auto* helper = panel.findChild<QWidget*>(QStringLiteral("declarationHelper"));
        auto* clock = panel.findChild<QLabel*>(QStringLiteral("declarationClock"));
        auto* prompt = panel.findChild<QLabel*>(QStringLiteral("declarationPrompt"));
        QVERIFY(helper->isVisible());
        QVERIFY(!panel.findChild<QWidget*>(QStringLiteral("icLoop"))->isVisible());
        QVERIFY2(clock->text().contains(QStringLiteral("1 h left")), qPrintable(clock->text()));
        QVERIFY(prompt->text().startsWith(QStringLiteral("Declare as soon as")));

        m_tc->clock().advance(45 * 60000);
        panel.refreshClock();
        QVERIFY2(clock->text().contains(QStringLiteral("15 min left")), qPrintable(clock->text()));
        panel.findChild<QCheckBox*>(QStringLiteral("questionCustomers"))->click();
        QVERIFY(prompt->text().startsWith(QStringLiteral("At least one condition holds")));
        QVERIFY(m_tc->core().incidents().get(i.id)->answers.customersAffected); // saved at once
        QVERIFY(timeline(i.id).first().text.contains(QStringLiteral("customers affected — yes")));
        panel.setIncident(0); // as after a restart: the answer comes back from the database
        panel.setIncident(i.id);
        QVERIFY(panel.findChild<QCheckBox*>(QStringLiteral("questionCustomers"))->isChecked());

        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("declareNowButton")), Qt::LeftButton);
        const Incident declared = m_tc->core().incidents().get(i.id).value();
        QVERIFY(declared.isDeclared());
        QVERIFY(declared.answers.customersAffected);
        QVERIFY(!helper->isVisible());
        QVERIFY(panel.findChild<QWidget*>(QStringLiteral("icLoop"))->isVisible());
    }

    void hourWithoutAnswersAlsoPrompts()
    {
        IncidentDraft d;
        d.title = QStringLiteral("Slow burn");
        d.declare = false;
        const Incident i = m_tc->core().incidents().declare(d).value();
        ChecklistPanel panel(m_tc->core());
        panel.show();
        panel.setIncident(i.id);
        m_tc->clock().advance(61 * 60000);
        panel.refreshClock();
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("declarationClock"))
                    ->text()
                    .contains(QStringLiteral("hour")));
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("declarationPrompt"))
                    ->text()
                    .startsWith(QStringLiteral("At least")));
    }

    void icLoopRemindsOfUpdates()
    {
        const Incident i = m_tc->declare(QStringLiteral("Loop"), Severity::Sev2);
        ChecklistPanel panel(m_tc->core());
        panel.show();
        panel.setIncident(i.id);
        auto* loop = panel.findChild<IcLoopWidget*>(QStringLiteral("icLoop"));
        auto* due = panel.findChild<QLabel*>(QStringLiteral("nextUpdateDue"));
        QVERIFY(loop->isVisible());
        QCOMPARE(loop->nextUpdateDue(), i.declaredAt.addSecs(20 * 60));
        QVERIFY(due->text().contains(QStringLiteral("in 20 min")));
        QCOMPARE(loop->step(), IcLoopStep::SizeUp);
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("icLoopNext")), Qt::LeftButton);
        QCOMPARE(loop->step(), IcLoopStep::Stabilise);

        m_tc->clock().advance(25 * 60000);
        panel.refreshClock();
        QVERIFY(due->text().contains(QStringLiteral("overdue")));
        QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("updatePostedButton")),
                          Qt::LeftButton);
        QCOMPARE(timeline(i.id).first().kind, EntryKind::Communication);
        QCOMPARE(loop->nextUpdateDue(), m_tc->clock().now().addSecs(20 * 60));
        QVERIFY(due->text().contains(QStringLiteral("in 20 min")));
    }

    void switchesLanguageAtRunTime()
    {
        const Incident i = m_tc->declare(QStringLiteral("言語"), Severity::Sev2);
        ChecklistPanel panel(m_tc->core());
        panel.show();
        panel.setIncident(i.id);
        const QModelIndex first = panel.model()->index(0, 0, panel.model()->index(0, 0));
        QVERIFY(first.data().toString().contains(QStringLiteral("Declare the incident")));
        m_localizer->setLanguage(QStringLiteral("ja"));
        QCoreApplication::processEvents();
        QCOMPARE(panel.title(), QStringLiteral("チェックリスト"));
        const QModelIndex firstJa = panel.model()->index(0, 0, panel.model()->index(0, 0));
        QVERIFY2(firstJa.data().toString().contains(QStringLiteral("インシデントを宣言")),
                 qPrintable(firstJa.data().toString()));
        QCOMPARE(panel.findChild<QPushButton*>(QStringLiteral("checklistDone"))->text(),
                 QStringLiteral("完了にする"));
        m_localizer->setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        QCOMPARE(panel.findChild<QPushButton*>(QStringLiteral("checklistDone"))->text(),
                 QStringLiteral("Mark done"));
    }
};

QTEST_MAIN(TestChecklistPanel)
#include "tst_checklistpanel.moc"
