#include "cadenceservice.h"

#include "domain/clock.h"
#include "domain/incident.h"
#include "storage/cadencestore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/sentupdatestore.h"
#include "storage/transaction.h"

#include <QMap>

CadenceService::CadenceService(Database& db, Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_store(std::make_unique<CadenceStore>(db)),
      m_sent(std::make_unique<SentUpdateStore>(db)), m_incidents(std::make_unique<IncidentStore>(db))
{
    connect(&m_timer, &QTimer::timeout, this, &CadenceService::checkOverdue);
}

CadenceService::~CadenceService() = default;

Result<int> CadenceService::intervalMinutes(Audience audience, Severity severity) const
{
    return m_store->intervalMinutes(audience, severity);
}

Status CadenceService::setIntervalMinutes(Audience audience, Severity severity, int minutes)
{
    if (minutes < 0 || minutes > 24 * 60)
        return fail(tr("An update interval is between 0 (no fixed cadence) and 1440 minutes."));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = m_store->setIntervalMinutes(audience, severity, minutes); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit cadenceChanged();
    return {};
}

Result<QList<CadenceService::Due>> CadenceService::dueTimes(qint64 incidentId) const
{
    const auto incident = m_incidents->get(incidentId);
    if (!incident)
        return incident.failure();
    if (!incident->isOpen())
        return QList<Due>();
    // Read before computing, so that a failing read is reported rather than taken for "never".
    QMap<Audience, int> minutes;
    QMap<Audience, QDateTime> last;
    for (Audience a : Audiences::all()) {
        const auto m = m_store->intervalMinutes(a, incident->severity);
        if (!m)
            return m.failure();
        minutes.insert(a, m.value());
        const auto sent = m_sent->lastSentAt(incidentId, a);
        if (!sent)
            return sent.failure();
        last.insert(a, sent.value());
    }
    return dueFor(
        incident.value(), [&minutes](Audience a) { return minutes.value(a); },
        [&last](Audience a) { return last.value(a); });
}

QList<CadenceService::Due> CadenceService::dueFor(const Incident& incident,
                                                  const std::function<int(Audience)>& interval,
                                                  const std::function<QDateTime(Audience)>& lastSent) const
{
    const QDateTime start = incident.declaredAt.isValid() ? incident.declaredAt : incident.createdAt;
    const QDateTime now = m_clock.now();
    QList<Due> out;
    for (Audience a : Audiences::all()) {
        Due d;
        d.audience = a;
        d.intervalMinutes = interval(a);
        d.lastSentAt = lastSent(a);
        if (d.intervalMinutes > 0) {
            d.dueAt = (d.lastSentAt.isValid() ? d.lastSentAt : start).addSecs(qint64(d.intervalMinutes) * 60);
            d.overdue = d.dueAt <= now;
        }
        out << d;
    }
    return out;
}

void CadenceService::startWatching(int intervalMs)
{
    m_timer.start(intervalMs);
    // The first look waits a moment, so that it does not lengthen the window's start-up.
    QTimer::singleShot(qMin(intervalMs, 2000), this, &CadenceService::checkOverdue);
}

void CadenceService::checkOverdue()
{
    if (!m_db.isOpen())
        return;
    // Runs on the GUI thread every half minute: three queries in all, however many incidents are open
    // (per-incident lookups cost ~50 ms with 200 open incidents).
    const auto incidents = m_incidents->list(true, 200);
    const auto table = m_store->table();
    const auto lastSent = m_sent->lastSentAll();
    if (!incidents || !table || !lastSent)
        return;
    for (const Incident& i : incidents.value()) {
        if (!i.isOpen())
            continue;
        const auto due = dueFor(
            i, [&](Audience a) { return table->minutes(a, i.severity); },
            [&](Audience a) { return lastSent->value(SentUpdateStore::lastSentKey(i.id, a)); });
        for (const Due& d : due) {
            const QString key =
                QStringLiteral("%1/%2/%3").arg(i.id).arg(int(d.audience)).arg(d.dueAt.toMSecsSinceEpoch());
            if (d.overdue && !m_reminded.contains(key)) {
                m_reminded.insert(key);
                emit updateOverdue(i.id, d.audience, d.dueAt);
            }
        }
    }
}
