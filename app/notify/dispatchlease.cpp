#include "dispatchlease.h"

#include "storage/database.h"
#include "storage/notifysettingsstore.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace {
const QString kKey = QStringLiteral("dispatch_lease");

struct Holder
{
    QString owner;
    qint64 pid = 0;
    QString host;
    qint64 expiresMs = 0;
};

// "owner|pid|host|expires"
Holder parse(const QString& value)
{
    const QStringList parts = value.split(QLatin1Char('|'));
    if (parts.size() != 4)
        return {};
    return {parts.at(0), parts.at(1).toLongLong(), parts.at(2), parts.at(3).toLongLong()};
}

bool processGone(const Holder& h)
{
#ifdef Q_OS_UNIX
    return h.host == QSysInfo::machineHostName() && h.pid > 0 && ::kill(pid_t(h.pid), 0) != 0 &&
           errno == ESRCH;
#else
    Q_UNUSED(h);
    return false;
#endif
}
} // namespace

DispatchLease::DispatchLease(Database& db) : m_db(db), m_owner(QUuid::createUuid().toString(QUuid::Id128)) {}

DispatchLease::~DispatchLease()
{
    release();
}

Result<bool> DispatchLease::acquire()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    NotifySettingsStore store(m_db);
    const auto current = store.value(kKey, QString());
    if (!current)
        return current.failure();
    const Holder h = parse(current.value());
    const bool free = h.owner.isEmpty() || h.owner == m_owner || h.expiresMs < now || processGone(h);
    if (!free) {
        m_held = false;
        m_holder = QCoreApplication::translate("DispatchLease", "process %1 on %2").arg(h.pid).arg(h.host);
        return false;
    }
    const QString mine = QStringList{m_owner, QString::number(QCoreApplication::applicationPid()),
                                     QSysInfo::machineHostName(), QString::number(now + ttlMs)}
                             .join(QLatin1Char('|'));
    if (Status s = store.setValue(kKey, mine); !s)
        return s.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    m_held = true;
    m_holder.clear();
    return true;
}

void DispatchLease::release()
{
    if (!m_held || !m_db.isOpen())
        return;
    m_held = false;
    Transaction tx(m_db);
    if (!tx.begin())
        return;
    NotifySettingsStore store(m_db);
    const auto current = store.value(kKey, QString());
    if (current && parse(current.value()).owner == m_owner && store.setValue(kKey, QStringLiteral("-")))
        (void)tx.commit();
}
