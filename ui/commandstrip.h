#pragma once

#include <QFrame>

class Core;
class QLabel;
class QTimer;

// Always visible above the workspace tabs: who the IC is and how to reach them, how long the incident has
// run, and who the Next IC is.
class CommandStrip final : public QFrame
{
    Q_OBJECT
public:
    explicit CommandStrip(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void refreshClock();

    Core& m_core;
    qint64 m_incidentId = 0;
    QLabel* m_commander;
    QLabel* m_clock;
    QLabel* m_next;
    QTimer* m_tick;
};
