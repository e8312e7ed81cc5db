#include "core.h"
#include "debriefwindow.h"
#include "drill/drillservice.h"
#include "drillhistorydialog.h"
#include "drillinjectmodel.h"
#include "drillmenu.h"
#include "drillstartdialog.h"
#include "drilltesthelpers.h"
#include "gamemasterwindow.h"
#include "guitestsupport.h"
#include "incidentworkspace.h"
#include "localizer.h"
#include "mainwindow.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

// Starting a drill from the main window, the game-master view (fire, delay, skip, add) and the debrief,
// driven as a user would; with IC_SCREENSHOTS_DIR set, screenshots of each in both languages.
class TestDrillWidgets final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;
    std::unique_ptr<Localizer> m_localizer;

    template <typename T> static T* child(QWidget* parent, const char* name)
    {
        T* w = parent->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning("no child %s", name);
        return w;
    }

    static void shoot(QWidget* w, const QString& name)
    {
        const QString dir = qEnvironmentVariable("IC_SCREENSHOTS_DIR");
        if (dir.isEmpty())
            return;
        QDir().mkpath(dir);
        // Let pending layout requests (after a language switch or new text) settle before grabbing.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QVERIFY(w->grab().save(QDir(dir).filePath(name)));
    }

private slots:
    void init()
    {
        m_tc = std::make_unique<TestSupport::TempCore>();
        m_localizer = std::make_unique<Localizer>();
        m_localizer->setLanguage(QStringLiteral("en"));
    }

    void cleanup()
    {
        const auto windows = QApplication::topLevelWidgets();
        for (QWidget* w : windows)
            w->close();
        qDeleteAll(QApplication::topLevelWidgets());
        m_tc.reset();
    }

    void startADrillFromTheMenu()
    {
        MainWindow window(m_tc->core(), *m_localizer);
        window.show();
        TestSupport::whenModalShown([](QWidget* modal) {
            auto* dialog = qobject_cast<DrillStartDialog*>(modal);
            QVERIFY(dialog);
            auto* scenario = child<QComboBox>(dialog, "drillScenario");
            scenario->setCurrentIndex(
                scenario->findText(QStringLiteral("A bad deploy that needs a rollback")));
            QVERIFY(child<QLabel>(dialog, "drillDetails")->text().contains(QStringLiteral("SEV2")));
            auto* speed = child<QComboBox>(dialog, "drillSpeed");
            speed->setCurrentIndex(speed->findData(5.0));
            QTest::mouseClick(child<QPushButton>(dialog, "drillAddParticipant"), Qt::LeftButton);
            auto* people = child<QTableWidget>(dialog, "drillParticipants");
            QCOMPARE(people->rowCount(), 2);
            people->item(1, 0)->setText(QStringLiteral("健"));
            shoot(dialog, QStringLiteral("drill-start-en.png"));
            const DrillSetup setup = dialog->setup();
            QCOMPARE(setup.participants.size(), 2);
            QCOMPARE(setup.participants.at(1).role, QStringLiteral("operations"));
            dialog->accept();
        });
        const qint64 incidentId = window.drills()->startDrill();
        QVERIFY(incidentId);
        const auto incident = m_tc->core().incidents().get(incidentId);
        QVERIFY(incident->isDrill);
        QVERIFY(incident->code.startsWith(QStringLiteral("DRILL-")));
        QVERIFY(window.windowTitle().startsWith(QStringLiteral("DRILL — ")));
        QVERIFY(window.workspace()
                    ->findChild<QLabel*>(QStringLiteral("drillBanner"))
                    ->isVisibleTo(window.workspace()));
        auto* gm = qApp->findChild<GameMasterWindow*>() ? qApp->findChild<GameMasterWindow*>()
                                                        : window.findChild<GameMasterWindow*>();
        QVERIFY(gm);
        QVERIFY(gm->isVisible());
        const auto run = m_tc->core().drills().findByIncident(incidentId);
        QCOMPARE(run->clock.speed(), 5.0);
        // Trainees see the scenario clock in the status bar, not the game master's view.
        m_tc->clock().advance(60000);
        window.drills()->updateClockLabel();
        QCOMPARE(window.drills()->clockLabel()->text(), QStringLiteral("DRILL · scenario time T+5m · 5×"));
        QVERIFY(window.drills()->clockLabel()->isVisibleTo(&window));
        shoot(&window, QStringLiteral("drill-main-en.png"));
        QCOMPARE(run->participants.size(), 2);
        QCOMPARE(m_tc->core().drills().history(QStringLiteral("健"))->size(), 1);

        // Drill history per person, from the menu.
        TestSupport::whenModalShown([](QWidget* modal) {
            auto* history = qobject_cast<DrillHistoryDialog*>(modal);
            QVERIFY(history);
            history->showPerson(QStringLiteral("健"));
            auto* table = child<QTableWidget>(history, "drillHistoryTable");
            QCOMPARE(table->rowCount(), 1);
            QCOMPARE(table->item(0, 3)->text(), QStringLiteral("Operations lead"));
            QCOMPARE(table->item(0, 4)->text(), QStringLiteral("running"));
            history->reject();
        });
        window.findChild<QAction*>(QStringLiteral("drillHistoryAction"))->trigger();

        // The menu follows a language switch.
        m_localizer->setLanguage(QStringLiteral("ja"));
        QTRY_COMPARE(window.drills()->menu()->title(), QStringLiteral("訓練(&D)"));
        QTRY_VERIFY(window.windowTitle().startsWith(QStringLiteral("訓練 — ")));
        QTRY_COMPARE(window.drills()->clockLabel()->text(), QStringLiteral("訓練 · シナリオ時刻 T+5分 · 5倍"));
        shoot(&window, QStringLiteral("drill-main-ja.png"));
    }

    void gameMasterFiresDelaysSkipsAndAdds()
    {
        const DrillRun run = DrillTest::start(m_tc->core(), QStringLiteral("db-cpu-morning-peak"), 1);
        GameMasterWindow gm(m_tc->core(), run.id);
        gm.show();
        QAbstractItemModelTester tester(gm.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(gm.model()->rowCount(), 14);
        QVERIFY(child<QLabel>(&gm, "gmClock")->text().contains(QStringLiteral("T+0s of 1h")));

        gm.selectInject(QStringLiteral("nagios-http"));
        QTest::mouseClick(child<QPushButton>(&gm, "gmFire"), Qt::LeftButton);
        gm.selectInject(QStringLiteral("support-first"));
        child<QSpinBox>(&gm, "gmDelayMinutes")->setValue(7);
        QTest::mouseClick(child<QPushButton>(&gm, "gmDelay"), Qt::LeftButton);
        gm.selectInject(QStringLiteral("twitter-slow"));
        QTest::mouseClick(child<QPushButton>(&gm, "gmSkip"), Qt::LeftButton);
        auto* kind = child<QComboBox>(&gm, "gmFreeKind");
        kind->setCurrentIndex(kind->findData(int(InjectKind::Message)));
        child<QLineEdit>(&gm, "gmFreeSource")->setText(QStringLiteral("executive"));
        TestSupport::typeText(child<QLineEdit>(&gm, "gmFreeText"), QStringLiteral("社長: 状況は?"));
        QTest::mouseClick(child<QPushButton>(&gm, "gmAdd"), Qt::LeftButton);
        QVERIFY(child<QLineEdit>(&gm, "gmFreeText")->text().isEmpty());

        const auto now = m_tc->core().drills().get(run.id);
        QStringList states = DrillTest::statesOf(now.value());
        QVERIFY(states.contains(QStringLiteral("nagios-http=fired")));
        QVERIFY(states.contains(QStringLiteral("support-first=pending")));
        QVERIFY(states.contains(QStringLiteral("twitter-slow=skipped")));
        QVERIFY(states.contains(QStringLiteral("gm-1=fired")));
        // The model follows: the delayed inject moved to T+11m, after the T+10m one.
        QCOMPARE(gm.model()->rowOf(QStringLiteral("support-first")),
                 gm.model()->rowOf(QStringLiteral("cto-declare")) + 1);
        QCOMPARE(gm.model()
                     ->index(gm.model()->rowOf(QStringLiteral("support-first")), DrillInjectModel::Due)
                     .data()
                     .toString(),
                 QStringLiteral("T+11m"));
        QCOMPARE(gm.model()
                     ->index(gm.model()->rowOf(QStringLiteral("twitter-slow")), DrillInjectModel::State)
                     .data()
                     .toString(),
                 QStringLiteral("skipped"));

        // Skipping again is refused and says why.
        gm.selectInject(QStringLiteral("twitter-slow"));
        QTest::mouseClick(child<QPushButton>(&gm, "gmSkip"), Qt::LeftButton);
        QVERIFY(child<QLabel>(&gm, "gmStatus")->text().contains(QStringLiteral("no longer upcoming")));

        // Step by step: the clock stops; "Next inject" plays the next one.
        auto* speed = child<QComboBox>(&gm, "gmSpeed");
        speed->setCurrentIndex(speed->findData(0.0));
        emit speed->activated(speed->currentIndex());
        QTest::mouseClick(child<QPushButton>(&gm, "gmStep"), Qt::LeftButton);
        QVERIFY(DrillTest::statesOf(m_tc->core().drills().get(run.id).value())
                    .contains(QStringLiteral("cpu-100=fired")));
        shoot(&gm, QStringLiteral("drill-gm-en.png"));

        // The language switches at run time.
        m_localizer->setLanguage(QStringLiteral("ja"));
        QTRY_COMPARE(child<QPushButton>(&gm, "gmFire")->text(), QStringLiteral("今すぐ発生"));
        shoot(&gm, QStringLiteral("drill-gm-ja.png"));

        // Ending the drill asks first, then freezes it.
        TestSupport::whenModalShown([](QWidget* box) {
            auto* mb = qobject_cast<QMessageBox*>(box);
            QVERIFY(mb);
            mb->button(QMessageBox::Yes)->click();
        });
        QSignalSpy debrief(&gm, &GameMasterWindow::debriefRequested);
        QTest::mouseClick(child<QPushButton>(&gm, "gmFinish"), Qt::LeftButton);
        QCOMPARE(debrief.count(), 1);
        QVERIFY(!m_tc->core().drills().get(run.id)->isRunning());
        QVERIFY(!child<QPushButton>(&gm, "gmFire")->isEnabled());
    }

    void debriefEditsAndExports()
    {
        const DrillRun run = DrillTest::start(m_tc->core(), QStringLiteral("bad-deploy-rollback"), 1,
                                              {{QStringLiteral("Aiko"), QStringLiteral("commander")},
                                               {QStringLiteral("Ken"), QStringLiteral("operations")}});
        m_tc->clock().advance(4 * 60000);
        QVERIFY(m_tc->core().drills().advance(run.id).ok());
        QVERIFY(m_tc->core().incidents().markDeclared(run.incidentId, {}, QStringLiteral("Aiko")).ok());
        EntryDraft update;
        update.kind = EntryKind::Communication;
        update.text = QStringLiteral("Logins fail since the 10:02 release; rolling back. Next update 10:30.");
        update.author = QStringLiteral("Aiko");
        QVERIFY(m_tc->core().timeline().add(run.incidentId, update).ok());
        m_tc->clock().advance(20 * 60000);
        QVERIFY(m_tc->core().drills().advance(run.id).ok());
        QVERIFY(m_tc->core().drills().finish(run.id).ok());

        DebriefWindow w(m_tc->core(), run.id);
        w.show();
        auto* report = child<QTextBrowser>(&w, "debriefReport");
        QVERIFY(report->toPlainText().contains(
            QStringLiteral("After-action report: A bad deploy that needs a rollback")));
        child<QPlainTextEdit>(&w, "debriefWentWell")
            ->setPlainText(QStringLiteral("Declared at T+4m; <b>clear</b> roles."));
        TestSupport::typeText(child<QPlainTextEdit>(&w, "debriefToImprove"),
                              QStringLiteral("ロールバックの判断を早く。"));
        QTest::mouseClick(child<QPushButton>(&w, "debriefSave"), Qt::LeftButton);
        QCOMPARE(m_tc->core().drills().get(run.id)->toImprove, QStringLiteral("ロールバックの判断を早く。"));
        QTRY_VERIFY(report->toPlainText().contains(QStringLiteral("Declared at T+4m; <b>clear</b> roles.")));
        shoot(&w, QStringLiteral("drill-debrief-en.png"));

        const QString md = m_tc->path(QStringLiteral("debrief.md"));
        QVERIFY(w.exportTo(md, QStringLiteral("md")).ok());
        QFile f(md);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY(text.contains(QStringLiteral("DRILL")));
        QVERIFY(text.contains(QStringLiteral("\\<b\\>clear\\</b\\>")));

        auto* lang = child<QComboBox>(&w, "debriefLanguage");
        lang->setCurrentIndex(lang->findData(QStringLiteral("ja")));
        QVERIFY(report->toPlainText().contains(QStringLiteral("事後レビュー")));
        QVERIFY(report->toPlainText().contains(QStringLiteral("ロールバックが必要な不具合のあるデプロイ")));
        const QString html = m_tc->path(QStringLiteral("debrief.html"));
        QVERIFY(w.exportTo(html, QStringLiteral("html")).ok());
        QFile h(html);
        QVERIFY(h.open(QIODevice::ReadOnly));
        const QString page = QString::fromUtf8(h.readAll());
        QVERIFY(page.contains(QStringLiteral("&lt;b&gt;clear&lt;/b&gt;")));
        QVERIFY(page.contains(QStringLiteral("<html lang=\"ja\">")));
        m_localizer->setLanguage(QStringLiteral("ja"));
        QTRY_COMPARE(w.windowTitle(), QStringLiteral("訓練の振り返り"));
        shoot(&w, QStringLiteral("drill-debrief-ja.png"));
    }

    void startDialogInJapanese()
    {
        m_localizer->setLanguage(QStringLiteral("ja"));
        DrillStartDialog dialog(QStringLiteral("愛子"));
        dialog.addParticipant(QStringLiteral("健"), QStringLiteral("operations"));
        dialog.addParticipant(QStringLiteral("Mia"), QStringLiteral("communications"));
        dialog.show();
        QCOMPARE(dialog.windowTitle(), QStringLiteral("訓練を開始"));
        QVERIFY(
            child<QTextBrowser>(&dialog, "drillBriefing")->toPlainText().contains(QStringLiteral("(JST)")));
        shoot(&dialog, QStringLiteral("drill-start-ja.png"));
        // A bad scenario file is refused with its reason, and the list is unchanged.
        const int before = child<QComboBox>(&dialog, "drillScenario")->count();
        QFile bad(m_tc->path(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": \"incident-commander/drill-scenario\", \"version\": \"one\"}");
        bad.close();
        QVERIFY(!dialog.addScenarioFile(bad.fileName()));
        QVERIFY(child<QLabel>(&dialog, "drillStartError")
                    ->text()
                    .contains(QStringLiteral("bad.json: $.id: 必須の項目がありません")));
        QCOMPARE(child<QComboBox>(&dialog, "drillScenario")->count(), before);
    }
};

QTEST_MAIN(TestDrillWidgets)
#include "tst_drillwidgets.moc"
