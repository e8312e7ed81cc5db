// libFuzzer target: the drill scenario parser and the trainee-script parser must refuse any input cleanly —
// no crash, no hang, no sanitizer report — and anything they accept must satisfy the documented limits.
#include "drill/drillaction.h"
#include "drill/scenarioparser.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const Result<Scenario> scenario = ScenarioParser::parse(bytes);
    if (scenario) {
        const Scenario& s = scenario.value();
        if (s.injects.isEmpty() || s.injects.size() > ScenarioParser::maxInjects || s.durationMs <= 0 ||
            s.durationMs > ScenarioParser::maxDurationMs)
            std::abort();
        qint64 previous = 0;
        for (const ScenarioInject& i : s.injects) {
            if (i.atMs < previous || i.atMs > s.durationMs || i.text.en.size() > ScenarioParser::maxTextChars)
                std::abort();
            previous = i.atMs;
        }
    } else if (scenario.error().isEmpty()) {
        std::abort(); // a refusal always says why
    }
    const Result<QList<DrillAction>> script = DrillActions::parse(bytes);
    if (!script && script.error().isEmpty())
        std::abort();
    return 0;
}
