#include "overduereminder.h"

#include "core.h"
#include "services/cadenceservice.h"
#include "services/incidentservice.h"

#include <QApplication>
#include <QIcon>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QWidget>

OverdueReminder::OverdueReminder(Core& core, QWidget* window)
    : QObject(window), m_core(core), m_window(window)
{
    connect(&core.cadence(), &CadenceService::updateOverdue, this,
            [this](qint64 incidentId, Audience audience, const QDateTime&) {
                const auto incident = m_core.incidents().get(incidentId);
                const QString code = incident ? incident->code : QString::number(incidentId);
                m_last = tr("%1: the update to %2 is overdue.").arg(code, Audiences::label(audience));
                // The tray icon appears with the first overdue update: loading its icon at start-up costs
                // the image plugins, and an icon with nothing to say is noise.
                if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
                    m_tray = new QSystemTrayIcon(
                        m_window->style()->standardIcon(QStyle::SP_MessageBoxWarning), this);
                    m_tray->show();
                }
                if (m_tray)
                    m_tray->showMessage(tr("Update overdue"), m_last, QSystemTrayIcon::Warning, 15000);
                QApplication::alert(m_window);
                emit reminded(m_last);
            });
    core.cadence().startWatching(30000);
}
