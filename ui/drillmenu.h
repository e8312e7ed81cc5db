#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class Core;
class DebriefWindow;
class DrillScheduler;
class DrillStartDialog;
class GameMasterWindow;
class QAction;
class QLabel;
class QMenu;
class QWidget;

// The main window's "Drills" menu and what hangs off it: starting a drill, the game-master window, the
// debrief window, and the scheduler that plays injects while the app runs.
class DrillMenu final : public QObject
{
    Q_OBJECT
public:
    DrillMenu(Core& core, QWidget* window);

    QMenu* menu() const { return m_menu; }
    DrillScheduler* scheduler() const { return m_scheduler; }
    // Opens the start dialog; starts the drill and opens the game-master view. Returns the drill incident's
    // id or 0.
    qint64 startDrill();
    DrillStartDialog* activeStartDialog() const { return m_startDialog; }
    GameMasterWindow* openGameMaster(qint64 runId);
    DebriefWindow* openDebrief(qint64 runId);
    void setCurrentIncident(qint64 incidentId);
    // The status-bar note trainees see on a running drill: its scenario time and speed.
    QLabel* clockLabel() const { return m_clockLabel; }
    void updateClockLabel();

signals:
    void drillStarted(qint64 incidentId);
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslateUi();
    // The drill run of the incident shown, or else the latest (running only, when asked); 0 if none.
    qint64 chooseRun(bool runningOnly);

    Core& m_core;
    QWidget* m_window;
    QMenu* m_menu;
    QAction* m_start;
    QAction* m_gameMaster;
    QAction* m_debrief;
    QAction* m_history;
    DrillScheduler* m_scheduler;
    DrillStartDialog* m_startDialog = nullptr;
    QList<QPointer<QWidget>> m_windows;
    QLabel* m_clockLabel;
    qint64 m_currentIncident = 0;
};
