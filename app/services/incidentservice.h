#pragma once

#include "domain/incident.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <functional>

class Clock;
class Database;
class IncidentStore;
class TimelineService;

// Declares incidents and moves them through their lifecycle. Validates, writes in one transaction
// (with the timeline entry that records the change), then emits.
class IncidentService final : public QObject
{
    Q_OBJECT
public:
    IncidentService(Database& db, Clock& clock, TimelineService& timeline, QObject* parent = nullptr);
    ~IncidentService() override;

    Result<Incident> declare(const IncidentDraft& draft);
    Result<Incident> get(qint64 id) const;
    // Accepts a numeric id or a code such as INC-2026-0042.
    Result<Incident> find(const QString& idOrCode) const;
    Result<QList<Incident>> list(bool includeDrills = true) const;

    Status setStatus(qint64 id, IncidentStatus to, const QString& by);
    // Escalation or de-escalation of an open incident; the timeline entry (with the reason, if any) records
    // the old and the new severity in the same transaction.
    Status setSeverity(qint64 id, Severity severity, const QString& by, const QString& reason = {});
    Status markDeclared(qint64 id, const DeclarationAnswers& answers, const QString& by);
    // While the incident is not declared yet: records the answers to the three declaration questions (and
    // when they changed, in the timeline), so the declaration helper survives a restart.
    Status setDeclarationAnswers(qint64 id, const DeclarationAnswers& answers, const QString& by);
    Status updateText(qint64 id, const QString& title, const QString& summary, const QString& impact,
                      const QString& by);

    static Status validateTitle(const QString& title);

    // Work other areas do inside the transaction that creates an incident (its checklist, its IC), after the
    // declaration's own timeline entry, so that after a crash an incident never exists without them. A
    // failing step rolls the declaration back.
    using CreationStep = std::function<Status(const Incident& incident, const IncidentDraft& draft)>;
    void addCreationStep(CreationStep step) { m_creationSteps.push_back(std::move(step)); }

signals:
    void incidentCreated(qint64 id);
    void incidentChanged(qint64 id);

private:
    Database& m_db;
    Clock& m_clock;
    TimelineService& m_timeline;
    std::unique_ptr<IncidentStore> m_store;
    std::vector<CreationStep> m_creationSteps;
};
