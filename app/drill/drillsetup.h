#pragma once

#include "drillrun.h"
#include "scenario.h"

#include <QByteArray>
#include <QList>
#include <QString>

// What the game master chooses when starting a drill.
struct DrillSetup
{
    Scenario scenario;
    QByteArray scenarioJson; // the file's text, kept with the run so the debrief never depends on the file
    double speed = 1;        // 1, 2, 5 …; 0 = step by step
    QString language;        // language injects are written in; empty: the interface language
    QList<DrillParticipant> participants;
    QString gameMaster;
};

// One line of a person's drill history.
struct DrillHistoryEntry
{
    qint64 runId = 0;
    qint64 incidentId = 0;
    QString incidentCode;
    LocalizedText scenarioTitle;
    QString role;
    QDateTime startedAt;
    bool finished = false;
    double total = -1; // -1 while running
};

namespace Drills {
// "Aiko:commander,Ken:operations" → participants; false on an empty name or an unknown role.
bool parseParticipants(const QString& text, QList<DrillParticipant>* out);
} // namespace Drills
