#pragma once

#include "core.h"
#include "domain/clock.h"
#include "domain/incident.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace TestSupport {

// A core on a real SQLite file in a fresh temporary folder, with a manual clock.
class TempCore
{
public:
    TempCore();
    ~TempCore();
    Core& core() { return *m_core; }
    ManualClock& clock() { return m_clock; }
    QString dbPath() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    bool ok() const { return m_ok; }
    // Declares an incident with the given title (and defaults for the rest); fails the test on error.
    Incident declare(const QString& title, Severity severity = Severity::Sev2, bool drill = false);
    // Closes and reopens the database file, as a restart would.
    bool reopen();

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Core> m_core;
    bool m_ok = false;
};

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the built icctl binary with the arguments (global options included by the caller).
Run icctl(const QStringList& arguments, const QString& input = {});
// Waits (up to a minute) for a started process and collects what it wrote; exit code -1 when it did not
// finish.
Run finish(QProcess& process);

// Path of a file below the source tree.
QString sourcePath(const QString& relative);

} // namespace TestSupport
