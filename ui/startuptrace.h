#pragma once

#include <QDeadlineTimer>
#include <QtGlobal>

#include <cstdio>

// Start-up phases, for tests/bench/bench_foundation. With IC_STARTUP_TRACE set in the environment, mark()
// writes "startup <phase> <ns>" to stderr, where <ns> is the monotonic clock in whole nanoseconds (an
// integer: QApplication switches the C locale, and "%f" would then write a decimal comma). The benchmark
// reads the same clock: it subtracts the moment it started the process, and so sees how long the loader took
// before main(). Header-only, like FirstPaint, so that the bare-window baseline can mark its own phases
// (main, application, ready, exit) and link nothing of ours. Without the variable it costs one cached
// environment look-up.
namespace StartupTrace {
inline void mark(const char* phase)
{
    static const bool on = qEnvironmentVariableIsSet("IC_STARTUP_TRACE");
    if (on)
        std::fprintf(stderr, "startup %s %lld\n", phase,
                     static_cast<long long>(QDeadlineTimer::current().deadlineNSecs()));
}
} // namespace StartupTrace
