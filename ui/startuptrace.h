#pragma once

#include <QDeadlineTimer>
#include <QtGlobal>

#include <cstdio>

// Start-up phases, for tests/bench/bench_foundation. With IC_STARTUP_TRACE set in the environment, mark()
// writes "startup <phase> <ms>" to stderr, where <ms> is the monotonic clock, which the benchmark reads too:
// it subtracts the moment it started the process, and so sees how long the loader took before main().
// Header-only, like FirstPaint, so that the bare-window baseline can mark the same phases and link nothing of
// ours. Without the variable it costs one cached environment look-up.
namespace StartupTrace {
inline void mark(const char* phase)
{
    static const bool on = qEnvironmentVariableIsSet("IC_STARTUP_TRACE");
    if (on)
        std::fprintf(stderr, "startup %s %.3f\n", phase,
                     double(QDeadlineTimer::current().deadlineNSecs()) / 1e6);
}
} // namespace StartupTrace
