#pragma once

#include <QString>

// Scenario durations and scenario-clock times as people read them, in the interface language installed
// now: "1h05m" / "T+45m" in English (the scenario file's own notation), "1時間5分" / "T+45分" in Japanese.
// Scenario files and their error messages keep the file notation (ScenarioJsonReader::formatDuration).
namespace DrillDuration {
QString text(qint64 ms);
QString text(qint64 ms, const QString& language); // "ja" or "en"
QString clock(qint64 ms);                         // "T+" and text(ms)
} // namespace DrillDuration
