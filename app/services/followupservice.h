#pragma once

#include "domain/followup.h"
#include "result.h"
#include "storage/followupstore.h"

#include <QObject>

#include <memory>

class Clock;
class Database;
class IncidentStore;
class TimelineService;

// Follow-up action items: validate, write in one transaction together with the timeline entry that
// records the change on the incident, then emit.
class FollowUpService final : public QObject
{
    Q_OBJECT
public:
    FollowUpService(Database& db, Clock& clock, TimelineService& timeline, QObject* parent = nullptr);
    ~FollowUpService() override;

    // `item.incidentId`, title, type and priority are required; status starts as Open.
    Result<FollowUp> add(const FollowUp& item, const QString& by);
    // Writes the editable fields (title, owner, due date, type, priority, status, tracker link).
    Result<FollowUp> update(const FollowUp& item, const QString& by);
    Result<FollowUp> setStatus(qint64 id, FollowUpStatus status, const QString& by);
    Result<FollowUp> get(qint64 id) const;
    Result<QList<FollowUp>> list(const FollowUpStore::Filter& filter) const;
    // Open items across incidents that are past their due date on the local "today".
    Result<QList<FollowUp>> overdue(bool includeDrills = false) const;
    QDate today() const;

    static Status validate(const FollowUp& item);

signals:
    void followUpChanged(qint64 incidentId, qint64 followUpId);

private:
    Result<FollowUp> write(FollowUp item, bool isNew, const QString& by);

    Database& m_db;
    Clock& m_clock;
    TimelineService& m_timeline;
    std::unique_ptr<FollowUpStore> m_store;
    std::unique_ptr<IncidentStore> m_incidents;
};
