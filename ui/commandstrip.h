#pragma once

#include <QFrame>

class Core;
class QLabel;

// Always visible above the workspace tabs: who the IC is and how to reach them, and who the Next IC is.
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

    Core& m_core;
    qint64 m_incidentId = 0;
    QLabel* m_commander;
    QLabel* m_next;
};
