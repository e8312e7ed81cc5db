#pragma once

#include "drillfactscollector.h"
#include "drillrun.h"
#include "drillscore.h"
#include "drillsetup.h"
#include "result.h"

#include <QObject>

#include <memory>

class Clock;
class Database;
class DrillStore;
class IncidentService;
class TimelineService;

// Runs drills: starts one on a new drill incident (code DRILL-…), plays its injects on the scenario clock
// into the incident's timeline (kind "inject"), lets the game master fire, delay, skip and add injects,
// and scores what the trainees did. Everything is in SQLite, so a drill survives a restart.
class DrillService final : public QObject
{
    Q_OBJECT
public:
    DrillService(Database& db, Clock& clock, IncidentService& incidents, TimelineService& timeline,
                 QObject* parent = nullptr);
    ~DrillService() override;

    // Other areas add their fact sources here (role board, checklist, change log, notifications).
    DrillFactsCollector& facts() { return m_facts; }

    Result<DrillRun> start(const DrillSetup& setup);
    Result<DrillRun> get(qint64 runId) const;
    Result<DrillRun> findByIncident(qint64 incidentId) const; // fails when the incident has no drill run
    Result<QList<DrillRun>> list(bool runningOnly = false) const;
    Result<QList<DrillHistoryEntry>> history(const QString& person) const;
    Result<QStringList> people() const;

    // Fires every inject due by now on the scenario clock (branch points evaluated); returns how many fired.
    Result<int> advance(qint64 runId);
    // Step-by-step: moves the scenario clock to the next upcoming inject and plays what is due then.
    Result<int> step(qint64 runId);
    Status fireNow(qint64 runId, const QString& injectId, const QString& by);
    Status delay(qint64 runId, const QString& injectId, qint64 byMs);
    Status skip(qint64 runId, const QString& injectId);
    // A free-form inject from the game master, fired after `inMs` of scenario time (0: now). Returns its id.
    Result<QString> addInject(qint64 runId, InjectKind kind, const QString& source, const QString& text,
                              qint64 inMs = 0);
    Status setSpeed(qint64 runId, double speed);
    Status finish(qint64 runId);
    Status saveNotes(qint64 runId, const QString& wentWell, const QString& toImprove);

    // Frozen scores of a finished drill; live scores of a running one.
    Result<DrillScoreCard> scores(qint64 runId) const;
    Result<DrillObservations> observations(qint64 runId) const;
    qint64 scenarioNow(const DrillRun& run) const;
    // Wall time (ms) when the next upcoming inject falls due; -1 if none or the clock is stopped.
    qint64 nextWakeMs(const DrillRun& run) const;

    static constexpr double maxSpeed = 1000;

signals:
    void runStarted(qint64 runId, qint64 incidentId);
    void runChanged(qint64 runId);

private:
    Result<qint64> fireInTransaction(DrillRun& run, DrillInjectState& inject, const QString& author);
    Result<DrillRun> runningRun(qint64 runId) const;
    DrillScoreCard liveScores(const DrillRun& run, const DrillObservations& facts) const;
    Result<DrillRun> parsed(Result<DrillRun> loaded) const;
    // Runs `write` in one transaction, commits, then announces the change to the run.
    Status commitAndAnnounce(qint64 runId, const std::function<Status()>& write);
    Status appendLastSegment(const DrillRun& run);
    Status mutateInject(qint64 runId, const QString& injectId,
                        const std::function<Status(DrillRun&, DrillInjectState&)>& change);

    Database& m_db;
    Clock& m_clock;
    IncidentService& m_incidents;
    TimelineService& m_timeline;
    std::unique_ptr<DrillStore> m_store;
    DrillFactsCollector m_facts;
};
