#pragma once

#include <QObject>

class Core;
class QLabel;

// Fills the main window's status-bar slot with the number of undelivered outbox messages (red while
// any message is owed), kept current as messages are queued and delivered.
class OutboxStatusLabel final : public QObject
{
    Q_OBJECT
public:
    OutboxStatusLabel(Core& core, QLabel* label);
    void refresh();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Core& m_core;
    QLabel* m_label;
};
