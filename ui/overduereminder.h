#pragma once

#include "domain/audience.h"

#include <QList>
#include <QObject>

class Core;
class QSystemTrayIcon;
class QWidget;

// Turns CadenceService::updateOverdue into a desktop notification (QSystemTrayIcon, where the desktop
// has a tray) and an in-window message on the status bar owner; watching starts with this object.
// The reminders of one check become one notification: several overdue updates at once are named together
// rather than flashed one over the other.
class OverdueReminder final : public QObject
{
    Q_OBJECT
public:
    OverdueReminder(Core& core, QWidget* window);
    // The last reminder's text (also shown in the window's status bar).
    QString lastMessage() const { return m_last; }

signals:
    void reminded(const QString& message);

private:
    struct Pending
    {
        qint64 incidentId = 0;
        Audience audience = Audience::Responders;
    };
    void flush();

    Core& m_core;
    QWidget* m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_last;
    QList<Pending> m_pending;
};
