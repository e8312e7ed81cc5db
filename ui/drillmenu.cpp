#include "drillmenu.h"

#include "core.h"
#include "debriefwindow.h"
#include "drill/drillduration.h"
#include "drill/drillscheduler.h"
#include "drill/drillservice.h"
#include "drillhistorydialog.h"
#include "drillstartdialog.h"
#include "gamemasterwindow.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

DrillMenu::DrillMenu(Core& core, QWidget* window)
    : QObject(window), m_core(core), m_window(window), m_menu(new QMenu(window)),
      m_scheduler(new DrillScheduler(core.drills(), this)), m_clockLabel(new QLabel(window))
{
    m_clockLabel->setObjectName(QStringLiteral("drillClockLabel"));
    m_clockLabel->setStyleSheet(QStringLiteral("color: #6a1b9a; font-weight: bold;"));
    m_clockLabel->hide();
    if (auto* main = qobject_cast<QMainWindow*>(window))
        main->statusBar()->addPermanentWidget(m_clockLabel);
    m_menu->setObjectName(QStringLiteral("drillMenu"));
    m_start = m_menu->addAction(QString(), this, [this] { startDrill(); });
    m_start->setObjectName(QStringLiteral("startDrillAction"));
    m_gameMaster = m_menu->addAction(QString(), this, [this] {
        if (const qint64 run = chooseRun(true))
            openGameMaster(run);
    });
    m_gameMaster->setObjectName(QStringLiteral("gameMasterAction"));
    m_debrief = m_menu->addAction(QString(), this, [this] {
        if (const qint64 run = chooseRun(false))
            openDebrief(run);
    });
    m_debrief->setObjectName(QStringLiteral("debriefAction"));
    m_menu->addSeparator();
    m_history = m_menu->addAction(QString(), this, [this] {
        DrillHistoryDialog dialog(m_core, m_window);
        dialog.exec();
    });
    m_history->setObjectName(QStringLiteral("drillHistoryAction"));
    m_menu->installEventFilter(this);
    connect(m_scheduler, &DrillScheduler::errorOccurred, this, &DrillMenu::errorOccurred);
    auto* clockTimer = new QTimer(this);
    connect(clockTimer, &QTimer::timeout, this, &DrillMenu::updateClockLabel);
    clockTimer->start(1000);
    m_scheduler->start();
    retranslateUi();
}

qint64 DrillMenu::startDrill()
{
    DrillStartDialog dialog(m_core.userName(), m_window);
    m_startDialog = &dialog;
    qint64 incident = 0;
    qint64 runId = 0;
    while (dialog.exec() == QDialog::Accepted) {
        const auto run = m_core.drills().start(dialog.setup());
        if (run) {
            incident = run->incidentId;
            runId = run->id;
            break;
        }
        dialog.setError(run.error());
    }
    m_startDialog = nullptr;
    if (!incident)
        return 0;
    setCurrentIncident(incident);
    emit drillStarted(incident);
    openGameMaster(runId);
    return incident;
}

GameMasterWindow* DrillMenu::openGameMaster(qint64 runId)
{
    for (const QPointer<QWidget>& w : std::as_const(m_windows))
        if (auto* gm = qobject_cast<GameMasterWindow*>(w.data()); gm && gm->runId() == runId) {
            gm->raise();
            gm->activateWindow();
            return gm;
        }
    auto* gm = new GameMasterWindow(m_core, runId, m_window);
    gm->setAttribute(Qt::WA_DeleteOnClose);
    connect(gm, &GameMasterWindow::debriefRequested, this, &DrillMenu::openDebrief);
    m_windows << gm;
    gm->show();
    return gm;
}

DebriefWindow* DrillMenu::openDebrief(qint64 runId)
{
    for (const QPointer<QWidget>& w : std::as_const(m_windows))
        if (auto* d = qobject_cast<DebriefWindow*>(w.data()); d && d->runId() == runId) {
            d->raise();
            return d;
        }
    auto* d = new DebriefWindow(m_core, runId, m_window);
    d->setAttribute(Qt::WA_DeleteOnClose);
    m_windows << d;
    d->show();
    return d;
}

qint64 DrillMenu::chooseRun(bool runningOnly)
{
    if (m_currentIncident)
        if (const auto run = m_core.drills().findByIncident(m_currentIncident);
            run && (!runningOnly || run->isRunning()))
            return run->id;
    const auto runs = m_core.drills().list(runningOnly);
    if (runs && !runs->isEmpty())
        return runs->constFirst().id;
    QMessageBox::information(m_window, tr("Drills"),
                             runningOnly ? tr("No drill is running. Start one from Drills → Start a drill.")
                                         : tr("No drill has been run yet."));
    return 0;
}

void DrillMenu::setCurrentIncident(qint64 incidentId)
{
    m_currentIncident = incidentId;
    updateClockLabel();
}

void DrillMenu::updateClockLabel()
{
    const auto run =
        m_currentIncident ? m_core.drills().findByIncident(m_currentIncident) : Result<DrillRun>(fail({}));
    if (!run || !run->isRunning()) {
        m_clockLabel->hide();
        return;
    }
    const double speed = run->clock.speed();
    m_clockLabel->setText(tr("DRILL · scenario time T+%1 · %2")
                              .arg(DrillDuration::text(m_core.drills().scenarioNow(run.value())),
                                   speed > 0 ? tr("%1×").arg(speed) : tr("paused by the game master")));
    m_clockLabel->show();
}

bool DrillMenu::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslateUi();
    return QObject::eventFilter(watched, event);
}

void DrillMenu::retranslateUi()
{
    m_menu->setTitle(tr("&Drills"));
    m_start->setText(tr("&Start a drill…"));
    m_gameMaster->setText(tr("&Game-master view…"));
    m_debrief->setText(tr("&Debrief…"));
    m_history->setText(tr("Drill &history…"));
    updateClockLabel();
}
