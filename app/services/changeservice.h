#pragma once

#include "domain/productionchange.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <memory>

class ChangeStore;
class Clock;
class Database;
class IncidentStore;
class TimelineService;

// "Changes made to production": what was changed, by whom, when, how to put it back, and whether (when,
// by whom) it was put back. Recording and reverting also write an action entry on the timeline, in the
// same transaction. Edits keep the earlier versions.
class ChangeService final : public QObject
{
    Q_OBJECT
public:
    ChangeService(Database& db, Clock& clock, TimelineService& timeline, QObject* parent = nullptr);
    ~ChangeService() override;

    Result<ProductionChange> record(qint64 incidentId, const ChangeDraft& draft, const QString& by);
    Result<ProductionChange> edit(qint64 changeId, const ChangeDraft& draft, const QString& by);
    // Marks the change as put back (at `at`, default now). Reverting twice is refused.
    Result<ProductionChange> markReverted(qint64 changeId, const QDateTime& at, const QString& by);
    Result<ProductionChange> get(qint64 changeId) const;
    Result<QList<ProductionChange>> list(qint64 incidentId) const;
    Result<QList<ProductionChange>> revisions(qint64 changeId) const;

    static Status validate(const ChangeDraft& draft);

signals:
    void changesChanged(qint64 incidentId);

private:
    Database& m_db;
    Clock& m_clock;
    TimelineService& m_timeline;
    std::unique_ptr<ChangeStore> m_store;
    std::unique_ptr<IncidentStore> m_incidents;
};
