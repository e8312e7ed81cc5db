#pragma once

#include "domain/ideastate.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <memory>

class BrainstormStore;
class Clock;
class Database;
class IncidentStore;
class TimelineService;

// The brainstorm board: ideas and hypotheses collected without judgment (each recorded on the timeline as a
// hypothesis), later confirmed or ruled out (the verdict is recorded on the timeline too, and linked).
class BrainstormService final : public QObject
{
    Q_OBJECT
public:
    BrainstormService(Database& db, Clock& clock, TimelineService& timeline, QObject* parent = nullptr);
    ~BrainstormService() override;

    Result<BrainstormIdea> add(qint64 incidentId, const QString& text, const QString& by);
    // Confirmed, ruled out, or back to open; `note` (optional) is added to the verdict's timeline entry.
    Result<BrainstormIdea> setVerdict(qint64 ideaId, IdeaState state, const QString& note, const QString& by);
    Result<BrainstormIdea> get(qint64 ideaId) const;
    Result<QList<BrainstormIdea>> list(qint64 incidentId) const;

signals:
    void ideasChanged(qint64 incidentId);

private:
    Database& m_db;
    Clock& m_clock;
    TimelineService& m_timeline;
    std::unique_ptr<BrainstormStore> m_store;
    std::unique_ptr<IncidentStore> m_incidents;
};
