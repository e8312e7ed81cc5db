#pragma once

#include "core.h"
#include "drill/drillservice.h"
#include "drill/scenariolibrary.h"

#include <QtTest>

// Starting a bundled scenario, shared by the drill tests.
namespace DrillTest {
inline DrillRun start(Core& core, const QString& scenarioId, double speed,
                      const QList<DrillParticipant>& participants = {},
                      const QString& language = QStringLiteral("en"))
{
    const auto loaded = ScenarioLibrary::load(scenarioId);
    if (!loaded) {
        qWarning("%s", qPrintable(loaded.error()));
        return {};
    }
    DrillSetup setup;
    setup.scenario = loaded->scenario;
    setup.scenarioJson = loaded->json;
    setup.speed = speed;
    setup.language = language;
    setup.participants = participants;
    setup.gameMaster = QStringLiteral("gm");
    const auto run = core.drills().start(setup);
    if (!run) {
        qWarning("%s", qPrintable(run.error()));
        return {};
    }
    return run.value();
}

inline const DrillScore* score(const DrillScoreCard& card, const QString& key)
{
    for (const DrillScore& s : card.scores)
        if (s.key == key)
            return &s;
    return nullptr;
}

inline QStringList statesOf(const DrillRun& run)
{
    QStringList out;
    for (const DrillInjectState& s : run.injects)
        out << s.injectId + QLatin1Char('=') + DrillInjectState::stateKey(s.state);
    return out;
}
} // namespace DrillTest
