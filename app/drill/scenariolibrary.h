#pragma once

#include "result.h"
#include "scenario.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// A scenario with the text it was read from (kept with each run).
struct LoadedScenario
{
    Scenario scenario;
    QByteArray json;
    QString origin; // ":/scenarios/x.json" or a file path
};

// The bundled scenarios (resources/scenarios, embedded under :/scenarios/) and scenario files on disk.
class ScenarioLibrary final
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioLibrary)

public:
    // Every bundled scenario, by id. A bundled file that does not parse is a build defect: it is reported.
    static Result<QList<LoadedScenario>> bundled();
    // A bundled scenario id, or a path to a scenario file.
    static Result<LoadedScenario> load(const QString& idOrPath);
    static Result<LoadedScenario> loadFile(const QString& path);
};
