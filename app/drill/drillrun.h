#pragma once

#include "drillclock.h"
#include "scenario.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

// Who practised which role in a drill (drill history per person).
struct DrillParticipant
{
    QString person;
    QString role; // commander, operations, communications, planning, scribe, deputy, liaison, sme, observer
};

// One inject of a running drill: from the scenario, or added by the game master (free-form).
struct DrillInjectState
{
    enum class State { Pending, Fired, Skipped, NotTriggered };

    QString injectId;
    int seq = 0;      // play order
    qint64 dueMs = 0; // scenario time, after any delay
    State state = State::Pending;
    qint64 firedAtMs = 0;               // wall time it was written to the timeline
    qint64 entryId = 0;                 // its timeline entry
    bool freeForm = false;              // added by the game master
    InjectKind kind = InjectKind::Note; // free-form injects; scenario injects read the scenario
    QString source;
    QString text;

    static QString stateKey(State s);
    static State stateFromKey(const QString& key);
    static QString stateLabel(State s); // translated
};

struct DrillRun
{
    enum class State { Running, Finished };

    qint64 id = 0;
    qint64 incidentId = 0;
    QString scenarioId;
    QByteArray scenarioJson; // the scenario as it was when the drill started
    Scenario scenario;       // parsed from scenarioJson
    State state = State::Running;
    QString language; // "ja" or "en": the language injects are written in
    QString gameMaster;
    QDateTime startedAt;
    QDateTime finishedAt;
    DrillClock clock;
    QList<DrillParticipant> participants;
    QList<DrillInjectState> injects; // in play order
    QString wentWell;
    QString toImprove;
    QByteArray scoresJson; // frozen when the drill finishes

    bool isRunning() const { return state == State::Running; }
    const DrillInjectState* nextPending() const;
    // The scenario inject behind a state, or null for a free-form one.
    const ScenarioInject* scenarioInject(const DrillInjectState& s) const;
    // Kind, source and text of an inject in the drill's language.
    InjectKind kindOf(const DrillInjectState& s) const;
    QString sourceOf(const DrillInjectState& s) const;
    QString textOf(const DrillInjectState& s) const;
};
