#pragma once

#include <QMenu>

class Core;

// The main window's Reports menu: follow-ups across incidents and the metrics window.
class ReportsMenu final : public QMenu
{
    Q_OBJECT
public:
    explicit ReportsMenu(Core& core, QWidget* parent = nullptr);

    QAction* followUpsAction() const { return m_followUps; }
    QAction* metricsAction() const { return m_metrics; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Core& m_core;
    QAction* m_followUps;
    QAction* m_metrics;
};
