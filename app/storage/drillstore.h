#pragma once

#include "drill/drillrun.h"
#include "result.h"

#include <QList>

class Database;

// SQL for drill runs, their clock segments, injects and participants. Callers own the transaction.
// Loaded runs carry scenarioJson; the service parses it into DrillRun::scenario.
class DrillStore final
{
public:
    explicit DrillStore(Database& db) : m_db(db) {}

    Result<qint64> insertRun(const DrillRun& run); // with its segments, injects and participants
    Result<DrillRun> load(qint64 runId) const;
    Result<qint64> runIdForIncident(qint64 incidentId) const; // 0 when the incident is not a drill run
    Result<QList<qint64>> runIds(bool runningOnly) const;     // newest first
    // Runs a person took part in, newest first, with the role they practised.
    Result<QList<QPair<qint64, QString>>> runsOf(const QString& person) const;
    Result<QStringList> people() const; // everyone who took part in a drill, by name

    Status appendSegment(qint64 runId, int seq, const ClockSegment& segment);
    Status insertInject(qint64 runId, const DrillInjectState& inject);
    // Moves an upcoming inject on (fired, skipped, delayed …); fails if it is no longer upcoming.
    Status updateInject(qint64 runId, const DrillInjectState& inject);
    Status setInjectEntry(qint64 runId, const QString& injectId, qint64 entryId);
    Status finish(qint64 runId, const QDateTime& at, const QByteArray& scoresJson);
    Status saveNotes(qint64 runId, const QString& wentWell, const QString& toImprove);

private:
    Status loadSegments(DrillRun* run) const;
    Status loadInjects(DrillRun* run) const;
    Status loadParticipants(DrillRun* run) const;

    Database& m_db;
};
