#pragma once

#include "domain/handoff.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <memory>

class Clock;
class Database;
class HandoffOfferStore;
class IncidentStore;
class PersonStore;
class RoleService;
class TimelineService;

// Handoffs across desktops: the outgoing holder offers the role with the ICS-201 briefing; the incoming
// holder reads it on their own window (or icctl) and acknowledges, which performs the handoff through
// RoleService in one transaction with closing the offer. Until then nothing about command changes.
class HandoffOfferService final : public QObject
{
    Q_OBJECT
public:
    HandoffOfferService(Database& db, Clock& clock, TimelineService& timeline, RoleService& roles,
                        QObject* parent = nullptr);
    ~HandoffOfferService() override;

    // A newer offer for the same role replaces the open one.
    Result<HandoffOffer> offer(qint64 incidentId, const QString& roleKey, qint64 toPersonId,
                               const Briefing& briefing, const QString& by);
    // `userName` must name the incoming person (handle or name): the briefing was given to them.
    Result<Handoff> acknowledge(qint64 incidentId, const QString& roleKey, const QString& userName);
    Status withdraw(qint64 incidentId, const QString& roleKey, const QString& by);
    Result<QList<HandoffOffer>> openOffers(qint64 incidentId) const;
    // Every offer made, whatever became of it: a briefing was given even if never acknowledged (drills
    // score that as half a handoff).
    Result<QList<HandoffOffer>> allOffers(qint64 incidentId) const;

signals:
    void offersChanged(qint64 incidentId);

private:
    Database& m_db;
    Clock& m_clock;
    TimelineService& m_timeline;
    RoleService& m_roles;
    std::unique_ptr<HandoffOfferStore> m_store;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<PersonStore> m_people;
};
