#pragma once

#include "domain/icloop.h"

#include <QDateTime>
#include <QFrame>
#include <QHash>
#include <QList>

class Core;
class QLabel;
class QPushButton;
class QSpinBox;

// The IC loop (size up → stabilise → update → verify) as a light reminder, and when the next stakeholder
// update is due: a cadence after the last Communication entry in the timeline, or after declaration.
// Posting an update here writes that entry. The cadence is a setting (checklist/updateCadenceMinutes).
class IcLoopWidget final : public QFrame
{
    Q_OBJECT
public:
    explicit IcLoopWidget(Core& core, QWidget* parent = nullptr);

    void setIncident(qint64 incidentId, const QDateTime& declaredAt, bool open);
    void refreshClock();
    IcLoopStep step() const { return m_steps.value(m_incidentId, IcLoopStep::SizeUp); }
    QDateTime nextUpdateDue() const;

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void advance();
    void postUpdate();
    QDateTime lastUpdateAt() const;

    Core& m_core;
    qint64 m_incidentId = 0;
    QDateTime m_declaredAt;
    QHash<qint64, IcLoopStep> m_steps; // per incident, for this session only: a reminder, not a record
    QLabel* m_title;
    QList<QLabel*> m_stepLabels;
    QLabel* m_hint;
    QLabel* m_due;
    QLabel* m_cadenceLabel;
    QSpinBox* m_cadence;
    QPushButton* m_next;
    QPushButton* m_posted;
};
