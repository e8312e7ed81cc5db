#pragma once

#include "result.h"

#include <QWidget>

class Core;
class DrillInjectModel;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

// The game master's own window (put it on a screen the trainees do not see): the scenario clock and its
// speed, the injects to come and what became of the others; fire, delay or skip an inject; add a
// free-form one; step through the scenario; end the drill and open the debrief.
class GameMasterWindow final : public QWidget
{
    Q_OBJECT
public:
    GameMasterWindow(Core& core, qint64 runId, QWidget* parent = nullptr);

    qint64 runId() const { return m_runId; }
    DrillInjectModel* model() const { return m_model; }
    QString selectedInjectId() const;
    void selectInject(const QString& injectId);
    void refresh();

signals:
    void debriefRequested(qint64 runId);
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateClock();
    void report(const Status& status);
    void fire();
    void delay();
    void skip();
    void step();
    void addInject();
    void finish();
    void speedPicked(int index);

    Core& m_core;
    qint64 m_runId;
    DrillInjectModel* m_model;
    QLabel* m_banner;
    QLabel* m_title;
    QLabel* m_clock;
    QLabel* m_speedLabel;
    QComboBox* m_speed;
    QPushButton* m_step;
    QPushButton* m_finish;
    QPushButton* m_debrief;
    QTableView* m_view;
    QPushButton* m_fire;
    QPushButton* m_delay;
    QSpinBox* m_delayMinutes;
    QPushButton* m_skip;
    QGroupBox* m_freeBox;
    QLabel* m_freeKindLabel;
    QComboBox* m_freeKind;
    QLabel* m_freeSourceLabel;
    QLineEdit* m_freeSource;
    QLabel* m_freeInLabel;
    QSpinBox* m_freeIn;
    QLineEdit* m_freeText;
    QPushButton* m_add;
    QLabel* m_status;
    QTimer* m_timer;
};
