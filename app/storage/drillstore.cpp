#include "drillstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
// NULL for 0: an inject not fired yet has no time and no timeline entry.
QVariant nullable(qint64 v)
{
    return v ? QVariant(v) : QVariant(QMetaType::fromType<qint64>());
}

QString runStateKey(DrillRun::State s)
{
    return s == DrillRun::State::Running ? QStringLiteral("running") : QStringLiteral("finished");
}
} // namespace

Result<qint64> DrillStore::insertRun(const DrillRun& run)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO drill_runs (incident_id, scenario_id, "
                                              "scenario_json, state, language, game_master, started_at) "
                                              "VALUES (?, ?, ?, ?, ?, COALESCE(?, ''), ?)"));
    q.addBindValue(run.incidentId);
    q.addBindValue(run.scenarioId);
    q.addBindValue(QString::fromUtf8(run.scenarioJson));
    q.addBindValue(runStateKey(run.state));
    q.addBindValue(run.language);
    q.addBindValue(run.gameMaster);
    q.addBindValue(Time::toDbValue(run.startedAt));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    const qint64 id = q.lastInsertId().toLongLong();
    for (int i = 0; i < run.clock.segments().size(); ++i)
        if (Status s = appendSegment(id, i, run.clock.segments().at(i)); !s)
            return s.failure();
    for (const DrillInjectState& inject : run.injects)
        if (Status s = insertInject(id, inject); !s)
            return s.failure();
    for (const DrillParticipant& p : run.participants) {
        QSqlQuery pq = m_db.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO drill_participants (run_id, person, role) VALUES (?, ?, ?)"));
        pq.addBindValue(id);
        pq.addBindValue(p.person);
        pq.addBindValue(p.role);
        if (Status s = SqlError::exec(pq); !s)
            return s.failure();
    }
    return id;
}

Result<DrillRun> DrillStore::load(qint64 runId) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id, incident_id, scenario_id, scenario_json, state, language, "
                                    "game_master, started_at, finished_at, "
                                    "went_well, to_improve, scores_json FROM drill_runs WHERE id = ?"));
    q.addBindValue(runId);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(QCoreApplication::translate("DrillStore", "There is no drill %1.").arg(runId));
    DrillRun r;
    r.id = q.value(0).toLongLong();
    r.incidentId = q.value(1).toLongLong();
    r.scenarioId = q.value(2).toString();
    r.scenarioJson = q.value(3).toString().toUtf8();
    r.state = q.value(4).toString() == QStringLiteral("running") ? DrillRun::State::Running
                                                                 : DrillRun::State::Finished;
    r.language = q.value(5).toString();
    r.gameMaster = q.value(6).toString();
    r.startedAt = Time::fromDbValue(q.value(7));
    r.finishedAt = Time::fromDbValue(q.value(8));
    r.wentWell = q.value(9).toString();
    r.toImprove = q.value(10).toString();
    r.scoresJson = q.value(11).toString().toUtf8();
    for (auto part : {&DrillStore::loadSegments, &DrillStore::loadInjects, &DrillStore::loadParticipants})
        if (Status s = (this->*part)(&r); !s)
            return s.failure();
    return r;
}

Status DrillStore::loadSegments(DrillRun* run) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT wall_start, scenario_start_ms, speed FROM "
                                              "drill_clock_segments WHERE run_id = ? ORDER BY seq"));
    q.addBindValue(run->id);
    if (Status s = SqlError::exec(q); !s)
        return s;
    QList<ClockSegment> segments;
    while (q.next())
        segments << ClockSegment{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toDouble()};
    run->clock = DrillClock(segments);
    return {};
}

Status DrillStore::loadInjects(DrillRun* run) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT inject_id, seq, due_ms, state, fired_at, entry_id, "
                                              "free_form, kind, source, text FROM drill_injects "
                                              "WHERE run_id = ? ORDER BY seq"));
    q.addBindValue(run->id);
    if (Status s = SqlError::exec(q); !s)
        return s;
    while (q.next()) {
        DrillInjectState i;
        i.injectId = q.value(0).toString();
        i.seq = q.value(1).toInt();
        i.dueMs = q.value(2).toLongLong();
        i.state = DrillInjectState::stateFromKey(q.value(3).toString());
        i.firedAtMs = q.value(4).toLongLong();
        i.entryId = q.value(5).toLongLong();
        i.freeForm = q.value(6).toBool();
        i.kind = InjectKinds::parse(q.value(7).toString()).value_or(InjectKind::Note);
        i.source = q.value(8).toString();
        i.text = q.value(9).toString();
        run->injects << i;
    }
    return {};
}

Status DrillStore::loadParticipants(DrillRun* run) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT person, role FROM drill_participants WHERE run_id = ? ORDER BY role, person"));
    q.addBindValue(run->id);
    if (Status s = SqlError::exec(q); !s)
        return s;
    while (q.next())
        run->participants << DrillParticipant{q.value(0).toString(), q.value(1).toString()};
    return {};
}

Result<qint64> DrillStore::runIdForIncident(qint64 incidentId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT id FROM drill_runs WHERE incident_id = ?"));
    q.addBindValue(incidentId);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<qint64>> DrillStore::runIds(bool runningOnly) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT id FROM drill_runs WHERE (? = 0 OR state = 'running') ORDER BY started_at DESC, id DESC"));
    q.addBindValue(runningOnly);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<qint64> out;
    while (q.next())
        out << q.value(0).toLongLong();
    return out;
}

Result<QList<QPair<qint64, QString>>> DrillStore::runsOf(const QString& person) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT p.run_id, p.role FROM drill_participants p JOIN drill_runs r ON r.id = p.run_id "
        "WHERE p.person = ? ORDER BY r.started_at DESC, r.id DESC, p.role"));
    q.addBindValue(person);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<QPair<qint64, QString>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString()});
    return out;
}

Result<QStringList> DrillStore::people() const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT DISTINCT person FROM drill_participants ORDER BY person"));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status DrillStore::appendSegment(qint64 runId, int seq, const ClockSegment& segment)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO drill_clock_segments (run_id, seq, wall_start, "
                                              "scenario_start_ms, speed) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(runId);
    q.addBindValue(seq);
    q.addBindValue(segment.wallStartMs);
    q.addBindValue(segment.scenarioStartMs);
    q.addBindValue(segment.speed);
    return SqlError::exec(q);
}

Status DrillStore::insertInject(qint64 runId, const DrillInjectState& i)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT INTO drill_injects (run_id, inject_id, seq, due_ms, state, fired_at, "
                       "entry_id, free_form, kind, "
                       "source, text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''))"));
    q.addBindValue(runId);
    q.addBindValue(i.injectId);
    q.addBindValue(i.seq);
    q.addBindValue(i.dueMs);
    q.addBindValue(DrillInjectState::stateKey(i.state));
    q.addBindValue(nullable(i.firedAtMs));
    q.addBindValue(nullable(i.entryId));
    q.addBindValue(i.freeForm);
    q.addBindValue(InjectKinds::key(i.kind));
    q.addBindValue(i.source);
    q.addBindValue(i.text);
    return SqlError::exec(q);
}

Status DrillStore::updateInject(qint64 runId, const DrillInjectState& i)
{
    // Only an upcoming inject changes: if another process (icctl, a second window) fired or skipped it
    // since it was read, nothing is updated and the caller's transaction is rolled back.
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE drill_injects SET due_ms = ?, state = ?, fired_at = ?, entry_id = ? "
                       "WHERE run_id = ? AND inject_id = ? AND state = 'pending'"));
    q.addBindValue(i.dueMs);
    q.addBindValue(DrillInjectState::stateKey(i.state));
    q.addBindValue(nullable(i.firedAtMs));
    q.addBindValue(nullable(i.entryId));
    q.addBindValue(runId);
    q.addBindValue(i.injectId);
    if (Status s = SqlError::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return fail(QCoreApplication::translate("DrillStore",
                                                "The inject \"%1\" was handled elsewhere in the meantime.")
                        .arg(i.injectId));
    return {};
}

Status DrillStore::setInjectEntry(qint64 runId, const QString& injectId, qint64 entryId)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE drill_injects SET entry_id = ? WHERE run_id = ? AND inject_id = ?"));
    q.addBindValue(entryId);
    q.addBindValue(runId);
    q.addBindValue(injectId);
    return SqlError::exec(q);
}

Status DrillStore::finish(qint64 runId, const QDateTime& at, const QByteArray& scoresJson)
{
    // Only a running drill: the scores of a finished one are frozen, even when another process (the game
    // master's window and icctl) finishes it at the same moment.
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE drill_runs SET state = 'finished', finished_at = ?, "
                                              "scores_json = ? WHERE id = ? AND state = 'running'"));
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(QString::fromUtf8(scoresJson));
    q.addBindValue(runId);
    if (Status s = SqlError::exec(q); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return fail(QCoreApplication::translate("DrillStore", "Drill %1 has already ended; its scores are kept as they were.").arg(runId));
    return {};
}

Status DrillStore::saveNotes(qint64 runId, const QString& wentWell, const QString& toImprove)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE drill_runs SET went_well = COALESCE(?, ''), to_improve = COALESCE(?, '') WHERE id = ?"));
    q.addBindValue(wentWell);
    q.addBindValue(toImprove);
    q.addBindValue(runId);
    return SqlError::exec(q);
}
