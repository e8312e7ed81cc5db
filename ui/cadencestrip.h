#pragma once

#include <QWidget>

class Core;
class QLabel;
class QTimer;

// One line per audience: when the next update is due, counting down, and in red once it is overdue.
class CadenceStrip final : public QWidget
{
    Q_OBJECT
public:
    explicit CadenceStrip(Core& core, QWidget* parent = nullptr);
    void setIncident(qint64 incidentId);
    void refresh();
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    Core& m_core;
    qint64 m_incidentId = 0;
    QList<QLabel*> m_labels;
    QTimer* m_timer;
};
