#include "overduereminder.h"

#include "core.h"
#include "services/cadenceservice.h"
#include "services/incidentservice.h"

#include <QApplication>
#include <QHash>
#include <QIcon>
#include <QLocale>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QWidget>

#include <utility>

OverdueReminder::OverdueReminder(Core& core, QWidget* window)
    : QObject(window), m_core(core), m_window(window)
{
    connect(&core.cadence(), &CadenceService::updateOverdue, this,
            [this](qint64 incidentId, Audience audience, const QDateTime&) {
                // A check emits its reminders back to back; they are told once it is over.
                if (m_pending.isEmpty())
                    QTimer::singleShot(0, this, &OverdueReminder::flush);
                m_pending.append({incidentId, audience});
            });
    core.cadence().startWatching(30000);
}

void OverdueReminder::flush()
{
    const QList<Pending> pending = std::exchange(m_pending, {});
    if (pending.isEmpty())
        return;
    // One read for the codes of all of them (open incidents come first in the list).
    QHash<qint64, QString> codes;
    if (const auto incidents = m_core.incidents().list(true))
        for (const Incident& i : incidents.value())
            codes.insert(i.id, i.code);
    const auto code = [&codes](qint64 id) { return codes.value(id, QString::number(id)); };
    if (pending.size() == 1) {
        m_last = tr("%1: the update to %2 is overdue.")
                     .arg(code(pending.first().incidentId), Audiences::label(pending.first().audience));
    } else {
        constexpr int named = 3;
        QStringList parts;
        for (qsizetype n = 0; n < qMin<qsizetype>(named, pending.size()); ++n)
            parts << tr("%1 (%2)").arg(code(pending.at(n).incidentId), Audiences::label(pending.at(n).audience));
        if (pending.size() > named)
            parts << tr("%n more", nullptr, int(pending.size() - named));
        m_last = tr("%n updates are overdue: %1.", nullptr, int(pending.size())).arg(QLocale().createSeparatedList(parts));
    }
    // The tray icon appears with the first overdue update: loading its icon at start-up costs the image
    // plugins, and an icon with nothing to say is noise.
    if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(m_window->style()->standardIcon(QStyle::SP_MessageBoxWarning), this);
        m_tray->show();
    }
    if (m_tray)
        m_tray->showMessage(tr("Update overdue"), m_last, QSystemTrayIcon::Warning, 15000);
    QApplication::alert(m_window);
    emit reminded(m_last);
}
