#pragma once

#include "testsupport.h"

#include <QTimeZone>

// A seeded incident for report tests: fixed times (ManualClock), hostile title and entries (HTML, Markdown,
// pipes, backticks), public and internal entries, status changes, follow-ups, one edited section and the role
// board (assignments, a reassignment, a release, a handoff of command with its briefing, a custom role).
namespace ReportFixture {
// Returns the incident id; the clock is left at 2026-11-29 11:00 UTC ("now" for the report footer).
qint64 seed(TestSupport::TempCore& tc, bool drill = false);
// The hostile pieces the seed writes, so tests can check how they come out.
QString hostileTitle();
// The name of the person who is Operations lead first (HTML tag, Markdown pipe and emphasis).
QString hostilePerson();
QTimeZone tokyo();
// Sets TZ so that local times are stable (Asia/Tokyo).
void fixTimeZone();
} // namespace ReportFixture
