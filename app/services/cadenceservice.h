#pragma once

#include "domain/audience.h"
#include "domain/severity.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>
#include <memory>

class CadenceStore;
class Clock;
class Database;
class IncidentStore;
struct Incident;
class SentUpdateStore;

// How often each audience hears from us, per severity (defaults: SEV1 customers every 20 min, executives
// every 30 min …), when the next update is due, and a reminder when it is overdue.
class CadenceService final : public QObject
{
    Q_OBJECT
public:
    struct Due
    {
        Audience audience = Audience::Responders;
        int intervalMinutes = 0; // 0: no fixed cadence
        QDateTime lastSentAt;    // null: nothing sent yet
        QDateTime dueAt;         // null when there is no cadence
        bool overdue = false;
    };

    CadenceService(Database& db, Clock& clock, QObject* parent = nullptr);
    ~CadenceService() override;

    Result<int> intervalMinutes(Audience audience, Severity severity) const;
    Status setIntervalMinutes(Audience audience, Severity severity, int minutes);
    // One entry per audience, for an open incident; empty for a resolved or closed one.
    Result<QList<Due>> dueTimes(qint64 incidentId) const;

    // Checks the open incidents every `intervalMs` (first after up to 2 s) and emits updateOverdue() once per
    // missed due time.
    void startWatching(int intervalMs = 30000);
    void checkOverdue();

signals:
    void updateOverdue(qint64 incidentId, Audience audience, const QDateTime& dueAt);
    void cadenceChanged();

private:
    // The due times of one open incident, from its interval per audience and the last update each heard.
    QList<Due> dueFor(const Incident& incident, const std::function<int(Audience)>& interval,
                      const std::function<QDateTime(Audience)>& lastSent) const;

    Database& m_db;
    Clock& m_clock;
    std::unique_ptr<CadenceStore> m_store;
    std::unique_ptr<SentUpdateStore> m_sent;
    std::unique_ptr<IncidentStore> m_incidents;
    QTimer m_timer;
    QSet<QString> m_reminded;
};
