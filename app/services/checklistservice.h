#pragma once

#include "domain/checklistitem.h"
#include "domain/checklisttemplate.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <memory>

class ChecklistStore;
class Clock;
class Database;
class IncidentStore;
class TemplateService;
class TimelineService;
struct Incident;

// An incident's checklist: made from the severity's template in the transaction that creates the
// incident, then ticked, reopened or skipped by the responders. Every state change and every added item
// is written with its timeline entry in one transaction; signals follow the commit.
class ChecklistService final : public QObject
{
    Q_OBJECT
public:
    ChecklistService(Database& db, Clock& clock, TimelineService& timeline, TemplateService& templates,
                     QObject* parent = nullptr);
    ~ChecklistService() override;

    // Called by IncidentService inside its open transaction (see Core): copies the template's items.
    Status instantiateInTransaction(const Incident& incident, const QString& by);

    Result<QList<ChecklistItem>> items(qint64 incidentId) const;
    Result<ChecklistItem> item(qint64 itemId) const;
    // ITEM as a user types it: the item's number in its incident's list ("3").
    Result<ChecklistItem> findItem(qint64 incidentId, const QString& number) const;
    Result<QList<ChecklistStateChange>> history(qint64 itemId) const;

    Status check(qint64 itemId, const QString& by);
    // Reopening a done or skipped item needs a reason; it is kept in the history and the timeline.
    Status uncheck(qint64 itemId, const QString& reason, const QString& by);
    Status skip(qint64 itemId, const QString& reason, const QString& by);

    // An item added during the incident. At least one language is needed; the other falls back to it.
    // The role board's "need help" flag ends here: addHelpRequest() gives Planning an item to find someone.
    Result<ChecklistItem> addAdHocItem(qint64 incidentId, ChecklistPhase phase, const QString& roleKey,
                                       const QString& textEn, const QString& textJa, const QString& by,
                                       int timeBoxMinutes = 0);
    Result<ChecklistItem> addHelpRequest(qint64 incidentId, const QString& roleKey, const QString& by);

    // After a severity change: the template the incident's severity uses now, when it is not the one the
    // checklist came from (nullopt when they match). The panel offers to extend the checklist with it.
    Result<std::optional<QString>> pendingTemplate(qint64 incidentId) const;
    // Adds the items of the current severity's template that the checklist does not have yet (same
    // English or Japanese text), keeping everything already there; one timeline entry. Returns how many.
    Result<int> extendFromSeverityTemplate(qint64 incidentId, const QString& by);

    // Open items past their time box, measured from the incident's declaration by the core's clock.
    Result<QList<ChecklistItem>> overdue(qint64 incidentId) const;

signals:
    void itemAdded(qint64 incidentId, qint64 itemId); // itemId 0: several items at once

    void itemChanged(qint64 incidentId, qint64 itemId);

private:
    Status changeState(qint64 itemId, ChecklistState to, const QString& reason, const QString& by);
    Result<int> insertTemplateItems(qint64 incidentId, const QList<TemplateItem>& items, const QString& by);

    Database& m_db;
    Clock& m_clock;
    TimelineService& m_timeline;
    TemplateService& m_templates;
    std::unique_ptr<ChecklistStore> m_store;
    std::unique_ptr<IncidentStore> m_incidents;
};
