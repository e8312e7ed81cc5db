#include "scenariolibrary.h"

#include "scenarioparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

Result<LoadedScenario> ScenarioLibrary::loadFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read the scenario file %1: %2").arg(path, f.errorString()));
    if (f.size() > ScenarioParser::maxFileBytes)
        return fail(tr("The scenario file is too large (%1 bytes; at most %2).")
                        .arg(f.size())
                        .arg(ScenarioParser::maxFileBytes));
    LoadedScenario out;
    out.json = f.read(ScenarioParser::maxFileBytes + 1);
    out.origin = path;
    Result<Scenario> parsed = ScenarioParser::parse(out.json);
    if (!parsed)
        return fail(tr("%1: %2").arg(QFileInfo(path).fileName(), parsed.error()));
    out.scenario = parsed.value();
    return out;
}

Result<QList<LoadedScenario>> ScenarioLibrary::bundled()
{
    QList<LoadedScenario> out;
    const QDir dir(QStringLiteral(":/scenarios"));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        Result<LoadedScenario> s = loadFile(dir.filePath(name));
        if (!s)
            return s.failure();
        out << s.value();
    }
    return out;
}

Result<LoadedScenario> ScenarioLibrary::load(const QString& idOrPath)
{
    const Result<QList<LoadedScenario>> all = bundled();
    if (!all)
        return all.failure();
    for (const LoadedScenario& s : all.value())
        if (s.scenario.id == idOrPath)
            return s;
    if (QFileInfo::exists(idOrPath))
        return loadFile(idOrPath);
    QStringList ids;
    for (const LoadedScenario& s : all.value())
        ids << s.scenario.id;
    return fail(tr("There is no scenario \"%1\": give a file or one of %2.")
                    .arg(idOrPath, ids.join(QStringLiteral(", "))));
}
