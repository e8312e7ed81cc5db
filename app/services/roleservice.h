#pragma once

#include "domain/activitylog.h"
#include "domain/assignment.h"
#include "domain/handoff.h"
#include "domain/role.h"
#include "domain/roleboard.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <functional>
#include <memory>
#include <optional>

class AssignmentStore;
class Clock;
class Database;
class HandoffStore;
class HelpRequestStore;
class IncidentStore;
class PersonService;
class PersonStore;
class RoleStore;
class TimelineService;
struct Incident;

// The incident's command structure: who holds which role, since when, and how command was handed over.
// Rules: at most one holder per role; an open incident keeps exactly one Incident Commander (command moves
// only by handoff, never by release); history rows are closed, never rewritten. Every assignment change
// writes a role_change timeline entry in the same transaction.
class RoleService final : public QObject
{
    Q_OBJECT
public:
    RoleService(Database& db, Clock& clock, TimelineService& timeline, PersonService& people,
                QObject* parent = nullptr);
    ~RoleService() override;

    // Built-in roles first, then the custom ones.
    Result<QList<RoleDefinition>> definitions() const;
    // The role named by `key`, or a translated error listing the known roles.
    Result<RoleDefinition> definition(const QString& key) const;
    Result<RoleDefinition> createCustomRole(const RoleDefinition& role, const QString& by);

    // Puts an optional role (scribe, deputy, a custom role …) on the incident's board, vacant.
    Status addRole(qint64 incidentId, const QString& roleKey, const QString& by);
    // Assigns or reassigns a role. Command cannot be reassigned while someone holds it: hand it off.
    Result<Assignment> assign(qint64 incidentId, const QString& roleKey, qint64 personId, const QString& by);
    // The role returns to the IC. The IC's own role cannot be released while the incident is open.
    Status release(qint64 incidentId, const QString& roleKey, const QString& by);
    // Ends the outgoing holder's assignment and starts the incoming one's, with the acknowledged briefing,
    // in one transaction. Call it once the incoming holder has acknowledged. `alsoInTransaction` (optional)
    // runs in that transaction with the outgoing assignment, and can veto; offers use it to close themselves.
    using HandoffHook = std::function<Status(const Assignment& outgoing)>;
    Result<Handoff> handOff(qint64 incidentId, const QString& roleKey, qint64 toPersonId,
                            const Briefing& briefing, const QString& by,
                            const HandoffHook& alsoInTransaction = {});
    // Inside a handoff's transaction: the current holder of `role` who would hand it to `to`, or why a
    // handoff is impossible (nobody holds it; `to` already does). Shared with handoff offers.
    Result<Assignment> handoffSource(qint64 incidentId, const RoleDefinition& role, const Person& to) const;
    // Makes the user (found on the roster by handle or name, added if missing) the IC of an incident that
    // has none. Called by the declare flows of the window and icctl.
    Result<Assignment> takeCommand(qint64 incidentId, const QString& userName);

    // An overloaded holder asks for more people. The follow-up (Planning's checklist item) is written in the
    // same transaction: the request and its item are kept together or not at all. Emits helpRequested after
    // the commit.
    Status requestHelp(qint64 incidentId, const QString& roleKey, const QString& note, const QString& by);
    using HelpFollowUp = std::function<Status(qint64 incidentId, const QString& roleKey, const QString& by)>;
    void setHelpFollowUp(HelpFollowUp followUp) { m_helpFollowUp = std::move(followUp); }
    Status clearHelp(qint64 incidentId, const QString& roleKey, const QString& by);

    Result<RoleBoard> board(qint64 incidentId) const;
    Result<std::optional<Assignment>> holder(qint64 incidentId, const QString& roleKey) const;
    Result<QList<Assignment>> currentHolders(qint64 incidentId) const;
    Result<QList<Assignment>> history(qint64 incidentId, const QString& roleKey = {}) const;
    Result<QList<Handoff>> handoffs(qint64 incidentId, const QString& roleKey = {}) const;
    // ICS-214: for each holder of the role, the timeline entries they wrote while holding it.
    Result<QList<ActivityPeriod>> activityLog(qint64 incidentId, const QString& roleKey) const;

signals:
    void rolesChanged(qint64 incidentId);
    void handoffRecorded(qint64 incidentId, qint64 handoffId);
    // A holder flagged "need help" (its checklist item for Planning is already written).
    void helpRequested(qint64 incidentId, const QString& roleKey);
    void roleDefinitionsChanged();

private:
    using Work = std::function<Result<LocalizedText>(const Incident&)>;
    // IncidentChange::run, then rolesChanged after the commit.
    Status change(qint64 incidentId, const QString& by, bool important, const Work& work);
    QString personLabel(qint64 personId) const;

    Database& m_db;
    Clock& m_clock;
    TimelineService& m_timeline;
    PersonService& m_people;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<PersonStore> m_persons;
    std::unique_ptr<RoleStore> m_roles;
    std::unique_ptr<AssignmentStore> m_assignments;
    std::unique_ptr<HandoffStore> m_handoffs;
    std::unique_ptr<HelpRequestStore> m_help;
    HelpFollowUp m_helpFollowUp;
};
