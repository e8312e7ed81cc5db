#include "drillservice.h"

#include "domain/clock.h"
#include "drillscorer.h"
#include "scenarioparser.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"
#include "storage/database.h"
#include "storage/drillstore.h"
#include "storage/transaction.h"
#include "timelinefactsource.h"

#include <QJsonDocument>

#include <algorithm>

DrillService::DrillService(Database& db, Clock& clock, IncidentService& incidents, TimelineService& timeline,
                           QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_incidents(incidents), m_timeline(timeline),
      m_store(std::make_unique<DrillStore>(db))
{
    m_facts.addSource(std::make_unique<TimelineFactSource>(incidents, timeline));
}

DrillService::~DrillService() = default;

Result<DrillRun> DrillService::start(const DrillSetup& setup)
{
    if (setup.speed < 0 || setup.speed > maxSpeed)
        return fail(tr("The drill speed must be between 0 (step by step) and %1.").arg(maxSpeed));
    for (const DrillParticipant& p : setup.participants)
        if (p.person.trimmed().isEmpty() || p.person.size() > 100 || p.role.trimmed().isEmpty() ||
            p.role.size() > 40)
            return fail(tr("Every participant needs a name (at most 100 characters) and a role."));
    const QString lang = setup.language.isEmpty() ? LocalizedText::currentLanguage() : setup.language;

    IncidentDraft draft;
    draft.title = setup.scenario.title.in(lang);
    draft.severity = setup.scenario.severityHint;
    draft.summary = setup.scenario.briefing.in(lang);
    draft.impact = setup.scenario.serviceList(lang);
    draft.isDrill = true;
    draft.declare = false; // declaring is the trainees' first decision, and it is scored
    draft.author = setup.gameMaster;
    // One transaction for the incident and its run: a drill incident without a run would be a DRILL-…
    // incident nobody can play, score or finish. Declaring inside it is a savepoint, and what it announces
    // waits for this commit.
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const Result<Incident> incident = m_incidents.declare(draft);
    if (!incident)
        return incident.failure();

    DrillRun run;
    run.incidentId = incident->id;
    run.scenarioId = setup.scenario.id;
    run.scenarioJson = setup.scenarioJson;
    run.scenario = setup.scenario;
    run.language = lang;
    run.gameMaster = setup.gameMaster;
    run.startedAt = m_clock.now();
    run.clock.start(m_clock.nowMs(), setup.speed);
    run.participants = setup.participants;
    for (int i = 0; i < setup.scenario.injects.size(); ++i) {
        DrillInjectState s;
        s.injectId = setup.scenario.injects.at(i).id;
        s.seq = i;
        s.dueMs = setup.scenario.injects.at(i).atMs;
        s.kind = setup.scenario.injects.at(i).kind;
        run.injects << s;
    }
    const Result<qint64> id = m_store->insertRun(run);
    if (!id)
        return id.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    run.id = id.value();
    // Only now is the run durable: nobody hears of it, and no inject is written, before that.
    emit runStarted(run.id, run.incidentId);
    if (Result<int> fired = advance(run.id); !fired) // injects at T+0 go out at once
        return fired.failure();
    return get(run.id);
}

Result<DrillRun> DrillService::parsed(Result<DrillRun> loaded) const
{
    if (!loaded)
        return loaded;
    DrillRun run = std::move(loaded).value();
    Result<Scenario> scenario = ScenarioParser::parse(run.scenarioJson);
    if (!scenario)
        return fail(
            tr("The scenario stored with drill %1 cannot be read: %2").arg(run.id).arg(scenario.error()));
    run.scenario = scenario.value();
    return run;
}

Result<DrillRun> DrillService::get(qint64 runId) const
{
    return parsed(m_store->load(runId));
}

Result<DrillRun> DrillService::findByIncident(qint64 incidentId) const
{
    const Result<qint64> id = m_store->runIdForIncident(incidentId);
    if (!id)
        return id.failure();
    if (!id.value())
        return fail(tr("Incident %1 is not a drill started from a scenario.").arg(incidentId));
    return get(id.value());
}

Result<QList<DrillRun>> DrillService::list(bool runningOnly) const
{
    const Result<QList<qint64>> ids = m_store->runIds(runningOnly);
    if (!ids)
        return ids.failure();
    QList<DrillRun> out;
    for (qint64 id : ids.value()) {
        Result<DrillRun> run = get(id);
        if (!run)
            return run.failure();
        out << run.value();
    }
    return out;
}

Result<QList<DrillHistoryEntry>> DrillService::history(const QString& person) const
{
    const auto rows = m_store->runsOf(person.trimmed());
    if (!rows)
        return rows.failure();
    QList<DrillHistoryEntry> out;
    for (const auto& [runId, role] : rows.value()) {
        const Result<DrillRun> run = get(runId);
        if (!run)
            return run.failure();
        const Result<Incident> incident = m_incidents.get(run->incidentId);
        DrillHistoryEntry e;
        e.runId = runId;
        e.incidentId = run->incidentId;
        e.incidentCode = incident ? incident->code : QString();
        e.scenarioTitle = run->scenario.title;
        e.role = role;
        e.startedAt = run->startedAt;
        e.finished = !run->isRunning();
        if (e.finished)
            e.total = DrillScoreCard::fromJson(QJsonDocument::fromJson(run->scoresJson).object()).total;
        out << e;
    }
    return out;
}

Result<QStringList> DrillService::people() const
{
    return m_store->people();
}

qint64 DrillService::scenarioNow(const DrillRun& run) const
{
    return run.clock.scenarioAt(m_clock.nowMs());
}

qint64 DrillService::nextWakeMs(const DrillRun& run) const
{
    const DrillInjectState* next = run.isRunning() ? run.nextPending() : nullptr;
    return next ? run.clock.wallAt(next->dueMs) : -1;
}

Result<DrillRun> DrillService::runningRun(qint64 runId) const
{
    Result<DrillRun> run = get(runId);
    if (run && !run->isRunning())
        return fail(tr("The drill has ended; its injects can no longer change."));
    return run;
}

Result<qint64> DrillService::fireInTransaction(DrillRun& run, DrillInjectState& inject, const QString& author)
{
    inject.state = DrillInjectState::State::Fired;
    inject.firedAtMs = m_clock.nowMs();
    if (Status s = m_store->updateInject(run.id, inject); !s) // claims it first: never written twice
        return s.failure();
    EntryDraft entry;
    entry.kind = EntryKind::Inject;
    entry.author = author.isEmpty() ? run.sourceOf(inject) : author;
    entry.text = run.textOf(inject);
    entry.important = run.kindOf(inject) == InjectKind::Alert;
    const Result<qint64> entryId = m_timeline.appendInTransaction(run.incidentId, entry);
    if (!entryId)
        return entryId;
    inject.entryId = entryId.value();
    if (Status s = m_store->setInjectEntry(run.id, inject.injectId, inject.entryId); !s)
        return s.failure();
    return entryId;
}

Result<int> DrillService::advance(qint64 runId)
{
    Result<DrillRun> found = get(runId);
    if (!found)
        return found.failure();
    DrillRun run = found.value();
    if (!run.isRunning())
        return 0;
    const qint64 now = scenarioNow(run);
    QList<DrillInjectState*> due;
    for (DrillInjectState& s : run.injects)
        if (s.state == DrillInjectState::State::Pending && s.dueMs <= now)
            due << &s;
    if (due.isEmpty())
        return 0;
    std::stable_sort(due.begin(), due.end(), [](const DrillInjectState* a, const DrillInjectState* b) {
        return a->dueMs < b->dueMs || (a->dueMs == b->dueMs && a->seq < b->seq);
    });
    const Result<DrillObservations> facts = m_facts.collect(run.incidentId);
    if (!facts)
        return facts.failure();

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    QList<qint64> entries;
    for (DrillInjectState* s : due) {
        const ScenarioInject* inject = run.scenarioInject(*s);
        if (inject && inject->condition.mode != InjectCondition::Mode::Always) {
            const qint64 at = facts->firstTime(inject->condition.fact);
            const bool held = at && run.clock.scenarioAt(at) <= s->dueMs;
            if (held != (inject->condition.mode == InjectCondition::Mode::If)) {
                s->state = DrillInjectState::State::NotTriggered;
                if (Status st = m_store->updateInject(run.id, *s); !st)
                    return st.failure();
                continue;
            }
        }
        const Result<qint64> entry = fireInTransaction(run, *s, QString());
        if (!entry)
            return entry.failure();
        entries << entry.value();
    }
    if (Status s = tx.commit(); !s)
        return s.failure();
    for (qint64 e : std::as_const(entries))
        m_timeline.announceAdded(run.incidentId, e);
    emit runChanged(runId);
    return int(entries.size());
}

Result<int> DrillService::step(qint64 runId)
{
    Result<DrillRun> found = runningRun(runId);
    if (!found)
        return found.failure();
    DrillRun run = found.value();
    const DrillInjectState* next = run.nextPending();
    if (!next)
        return 0;
    run.clock.jumpTo(m_clock.nowMs(), next->dueMs);
    if (Status s = commitAndAnnounce(runId, [&] { return appendLastSegment(run); }); !s)
        return s.failure();
    return advance(runId);
}

Status DrillService::mutateInject(qint64 runId, const QString& injectId,
                                  const std::function<Status(DrillRun&, DrillInjectState&)>& change)
{
    Result<DrillRun> found = runningRun(runId);
    if (!found)
        return found.failure();
    DrillRun run = found.value();
    auto it = std::find_if(run.injects.begin(), run.injects.end(),
                           [&](const DrillInjectState& s) { return s.injectId == injectId; });
    if (it == run.injects.end())
        return fail(tr("The drill has no inject \"%1\".").arg(injectId));
    if (it->state != DrillInjectState::State::Pending)
        return fail(tr("The inject \"%1\" is no longer upcoming (%2).")
                        .arg(injectId, DrillInjectState::stateLabel(it->state)));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = change(run, *it); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (it->entryId)
        m_timeline.announceAdded(run.incidentId, it->entryId);
    emit runChanged(runId);
    return {};
}

Status DrillService::fireNow(qint64 runId, const QString& injectId, const QString& by)
{
    Q_UNUSED(by)
    return mutateInject(runId, injectId, [this](DrillRun& run, DrillInjectState& s) -> Status {
        s.dueMs = scenarioNow(run); // the game master overrides the schedule and any branch condition
        const Result<qint64> entry = fireInTransaction(run, s, QString());
        return entry ? Status() : entry.failure();
    });
}

Status DrillService::delay(qint64 runId, const QString& injectId, qint64 byMs)
{
    if (byMs <= 0 || byMs > ScenarioParser::maxDurationMs)
        return fail(tr("A delay must be longer than zero and at most 24 hours."));
    return mutateInject(runId, injectId, [this, byMs](DrillRun& run, DrillInjectState& s) {
        s.dueMs = qMax(s.dueMs, scenarioNow(run)) + byMs;
        return m_store->updateInject(run.id, s);
    });
}

Status DrillService::skip(qint64 runId, const QString& injectId)
{
    return mutateInject(runId, injectId, [this](DrillRun& run, DrillInjectState& s) {
        s.state = DrillInjectState::State::Skipped;
        return m_store->updateInject(run.id, s);
    });
}

Result<QString> DrillService::addInject(qint64 runId, InjectKind kind, const QString& source,
                                        const QString& text, qint64 inMs)
{
    if (text.trimmed().isEmpty() || text.size() > ScenarioParser::maxTextChars)
        return fail(tr("An inject needs a text of at most %1 characters.").arg(ScenarioParser::maxTextChars));
    if (source.size() > 40 || inMs < 0 || inMs > ScenarioParser::maxDurationMs)
        return fail(tr("The sender is too long (at most 40 characters) or the time is out of range."));
    Result<DrillRun> found = runningRun(runId);
    if (!found)
        return found.failure();
    DrillRun run = found.value();
    int freeForm = 0;
    int seq = 0;
    for (const DrillInjectState& s : std::as_const(run.injects)) {
        freeForm += s.freeForm ? 1 : 0;
        seq = qMax(seq, s.seq + 1);
    }
    DrillInjectState s;
    s.injectId = QStringLiteral("gm-%1").arg(freeForm + 1);
    s.seq = seq;
    s.dueMs = scenarioNow(run) + inMs;
    s.freeForm = true;
    s.kind = kind;
    s.source = source.trimmed().isEmpty() ? tr("Game master") : source.trimmed();
    s.text = text.trimmed();
    Transaction tx(m_db);
    if (Status st = tx.begin(); !st)
        return st.failure();
    if (Status st = m_store->insertInject(run.id, s); !st)
        return st.failure();
    qint64 entry = 0;
    if (inMs == 0) {
        const Result<qint64> fired = fireInTransaction(run, s, QString());
        if (!fired)
            return fired.failure();
        entry = fired.value();
    }
    if (Status st = tx.commit(); !st)
        return st.failure();
    if (entry)
        m_timeline.announceAdded(run.incidentId, entry);
    emit runChanged(runId);
    return s.injectId;
}

Status DrillService::setSpeed(qint64 runId, double speed)
{
    if (speed < 0 || speed > maxSpeed)
        return fail(tr("The drill speed must be between 0 (step by step) and %1.").arg(maxSpeed));
    Result<DrillRun> found = runningRun(runId);
    if (!found)
        return found.failure();
    DrillRun run = found.value();
    run.clock.setSpeed(m_clock.nowMs(), speed);
    return commitAndAnnounce(runId, [&] { return appendLastSegment(run); });
}

Status DrillService::appendLastSegment(const DrillRun& run)
{
    return m_store->appendSegment(run.id, int(run.clock.segments().size()) - 1,
                                  run.clock.segments().constLast());
}

Status DrillService::commitAndAnnounce(qint64 runId, const std::function<Status()>& write)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Status s = write(); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit runChanged(runId);
    return {};
}

DrillScoreCard DrillService::liveScores(const DrillRun& run, const DrillObservations& facts) const
{
    const qint64 end = qMin(scenarioNow(run), run.scenario.durationMs);
    return DrillScorer::score(run.scenario.scoring, facts, run.clock, end);
}

Status DrillService::finish(qint64 runId)
{
    Result<DrillRun> found = runningRun(runId);
    if (!found)
        return found.failure();
    const Result<DrillObservations> facts = m_facts.collect(found->incidentId);
    if (!facts)
        return facts.failure();
    const QByteArray scores =
        QJsonDocument(liveScores(found.value(), facts.value()).toJson()).toJson(QJsonDocument::Compact);
    return commitAndAnnounce(runId, [&] { return m_store->finish(runId, m_clock.now(), scores); });
}

Status DrillService::saveNotes(qint64 runId, const QString& wentWell, const QString& toImprove)
{
    if (wentWell.size() > Incidents::maxTextLength || toImprove.size() > Incidents::maxTextLength)
        return fail(
            tr("The debrief notes are too long (at most %1 characters each).").arg(Incidents::maxTextLength));
    if (Result<DrillRun> run = get(runId); !run)
        return run.failure();
    return commitAndAnnounce(runId, [&] { return m_store->saveNotes(runId, wentWell, toImprove); });
}

Result<DrillObservations> DrillService::observations(qint64 runId) const
{
    const Result<DrillRun> run = get(runId);
    if (!run)
        return run.failure();
    return m_facts.collect(run->incidentId);
}

Result<DrillScoreCard> DrillService::scores(qint64 runId) const
{
    const Result<DrillRun> run = get(runId);
    if (!run)
        return run.failure();
    if (!run->isRunning() && !run->scoresJson.isEmpty())
        return DrillScoreCard::fromJson(QJsonDocument::fromJson(run->scoresJson).object());
    const Result<DrillObservations> facts = m_facts.collect(run->incidentId);
    if (!facts)
        return facts.failure();
    return liveScores(run.value(), facts.value());
}
