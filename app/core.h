#pragma once

#include "result.h"

#include <QObject>

#include <memory>

class BrainstormService;
class CadenceService;
class ChangeService;
class ChecklistService;
class ChannelService;
class Clock;
class Database;
class Dispatcher;
class DocumentService;
class FollowUpService;
class ReportService;
class DrillService;
class HandoffAnnouncement;
class HandoffOfferService;
class IncidentService;
class TemplateService;
class NotificationService;
class OutboxService;
class OnCallService;
class PersonService;
class RoleCommanderDirectory;
class RoleService;
class TimelineService;

// The product's core: one database and the services over it. The window and icctl each build one;
// tests build one on a file in a QTemporaryDir. Feature areas add their service here.
class Core final : public QObject
{
    Q_OBJECT
public:
    // Uses the system clock unless a clock is given (tests, drills); the clock must outlive the core.
    explicit Core(Clock* clock = nullptr, QObject* parent = nullptr);
    ~Core() override;

    Status open(const QString& databasePath);
    void close();

    Database& database() { return *m_db; }
    Clock& clock() { return *m_clock; }
    IncidentService& incidents() { return *m_incidents; }
    TimelineService& timeline() { return *m_timeline; }
    // Notifications: channels, the outbox, composing updates, their cadence, and delivery. The dispatcher
    // delivers only once started (the window and `icctl outbox flush` start it).
    ChannelService& channels() { return *m_channels; }
    OutboxService& outbox() { return *m_outbox; }
    NotificationService& notifications() { return *m_notifications; }
    CadenceService& cadence() { return *m_cadence; }
    Dispatcher& dispatcher() { return *m_dispatcher; }
    DocumentService& document() { return *m_document; }
    ChangeService& changes() { return *m_changes; }
    BrainstormService& brainstorm() { return *m_brainstorm; }
    FollowUpService& followUps() { return *m_followUps; }
    ReportService& reports() { return *m_reports; }
    TemplateService& templates() { return *m_templates; }
    ChecklistService& checklists() { return *m_checklists; }
    DrillService& drills() { return *m_drills; }
    PersonService& people() { return *m_people; }
    RoleService& roles() { return *m_roles; }
    OnCallService& onCall() { return *m_onCall; }
    HandoffOfferService& handoffOffers() { return *m_offers; }
    // Handoffs that are also announced to channels, in one transaction.
    const HandoffAnnouncement& handoffAnnouncement() const { return *m_handoffAnnouncement; }

    // The name written as author of what this user does (settings, IC_USER, or the login name).
    QString userName() const { return m_userName; }
    void setUserName(const QString& name) { m_userName = name; }

private:
    std::unique_ptr<Clock> m_ownClock;
    Clock* m_clock = nullptr;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<TimelineService> m_timeline;
    std::unique_ptr<IncidentService> m_incidents;
    std::unique_ptr<ChannelService> m_channels;
    std::unique_ptr<OutboxService> m_outbox;
    std::unique_ptr<NotificationService> m_notifications;
    std::unique_ptr<CadenceService> m_cadence;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<RoleCommanderDirectory> m_commanderDirectory;
    std::unique_ptr<DocumentService> m_document;
    std::unique_ptr<ChangeService> m_changes;
    std::unique_ptr<BrainstormService> m_brainstorm;
    std::unique_ptr<FollowUpService> m_followUps;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<TemplateService> m_templates;
    std::unique_ptr<ChecklistService> m_checklists;
    std::unique_ptr<DrillService> m_drills;
    std::unique_ptr<PersonService> m_people;
    std::unique_ptr<RoleService> m_roles;
    std::unique_ptr<OnCallService> m_onCall;
    std::unique_ptr<HandoffOfferService> m_offers;
    std::unique_ptr<HandoffAnnouncement> m_handoffAnnouncement;
    QString m_userName;
};
