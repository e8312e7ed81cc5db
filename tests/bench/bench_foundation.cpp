// Foundation benchmark: prints figures and ratios measured in one run.
//  (a) a durable timeline append through TimelineService vs a raw prepared INSERT with the same PRAGMAs;
//  (b) start-up of the main window (--exit-when-ready) on 200 incidents / 100,000 entries vs a bare QMainWindow.
#include "core.h"
#include "domain/clock.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"
#include "storage/database.h"
#include "storage/transaction.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>

namespace {
double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

void benchAppend(const QString& dir)
{
    Core core;
    if (!core.open(dir + QStringLiteral("/append.sqlite"))) {
        std::printf("cannot open database\n");
        return;
    }
    IncidentDraft d;
    d.title = QStringLiteral("append benchmark");
    const qint64 ours = core.incidents().declare(d)->id;
    const qint64 raw = core.incidents().declare(d)->id;
    QSqlQuery insert(core.database().connection());
    insert.prepare(QStringLiteral("INSERT INTO timeline_entries (incident_id, occurred_at, recorded_at, author, kind, "
                                  "text) VALUES (?, ?, ?, ?, ?, ?)"));
    // The baseline prepares BEGIN and COMMIT once too, so that it is the cheapest durable append possible.
    QSqlQuery begin(core.database().connection());
    begin.prepare(QStringLiteral("BEGIN IMMEDIATE"));
    QSqlQuery commit(core.database().connection());
    commit.prepare(QStringLiteral("COMMIT"));
    const int blocks = 10, perBlock = 100;
    QList<double> oursMs, rawMs;
    // Interleave blocks so that disk and cache state affect both sides alike.
    for (int b = 0; b < blocks; ++b) {
        QElapsedTimer t;
        t.start();
        for (int n = 0; n < perBlock; ++n) {
            EntryDraft e;
            e.text = QStringLiteral("service append %1").arg(n);
            e.author = QStringLiteral("bench");
            if (!core.timeline().add(ours, e))
                return;
        }
        oursMs << double(t.nsecsElapsed()) / 1e6 / perBlock;
        t.restart();
        for (int n = 0; n < perBlock; ++n) {
            begin.exec();
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            insert.addBindValue(raw);
            insert.addBindValue(now);
            insert.addBindValue(now);
            insert.addBindValue(QStringLiteral("bench"));
            insert.addBindValue(QStringLiteral("note"));
            insert.addBindValue(QStringLiteral("raw append %1").arg(n));
            insert.exec();
            commit.exec();
        }
        rawMs << double(t.nsecsElapsed()) / 1e6 / perBlock;
    }
    const double o = median(oursMs), r = median(rawMs);
    std::printf("(a) durable append, %d entries each (WAL, synchronous=FULL, one transaction per entry)\n",
                blocks * perBlock);
    std::printf("    TimelineService::add     %8.3f ms/entry\n", o);
    std::printf("    raw prepared INSERT      %8.3f ms/entry\n", r);
    std::printf("    ratio                    %8.2fx   (target <= 1.30x)\n\n", o / r);
}

QString seedLargeDatabase(const QString& dir)
{
    const QString path = dir + QStringLiteral("/large.sqlite");
    Core core;
    if (!core.open(path))
        return {};
    IncidentDraft d;
    QList<qint64> ids;
    for (int i = 0; i < 200; ++i) {
        d.title = QStringLiteral("Seeded incident %1").arg(i);
        d.severity = Severity(1 + i % 4);
        ids << core.incidents().declare(d)->id;
    }
    Transaction tx(core.database());
    if (!tx.begin())
        return {};
    QSqlQuery q(core.database().connection());
    q.prepare(QStringLiteral("INSERT INTO timeline_entries (incident_id, occurred_at, recorded_at, author, kind, text) "
                             "VALUES (?, ?, ?, 'seed', 'note', ?)"));
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 100000LL * 1000;
    for (int n = 0; n < 100000; ++n) {
        q.addBindValue(ids.at(n % 200 == 0 ? 0 : n % 200)); // one incident holds most entries
        q.addBindValue(start + n * 1000LL);
        q.addBindValue(start + n * 1000LL);
        q.addBindValue(QStringLiteral("seeded timeline entry number %1 with some realistic length of text").arg(n));
        q.exec();
    }
    if (!tx.commit())
        return {};
    return path;
}

double childCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// One process run: wall-clock and CPU milliseconds, and when each start-up phase was reached, in milliseconds
// from the moment the process was started (see ui/startuptrace.h).
struct Run
{
    double wallMs = -1;
    double cpuMs = 0;
    QHash<QByteArray, double> phaseMs;
};

Run timeProcess(const QString& program, const QStringList& args)
{
    Run run;
    const double cpuBefore = childCpuMs();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("IC_STARTUP_TRACE"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    const double startedMs = double(QDeadlineTimer::current().deadlineNSecs()) / 1e6;
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        std::printf("    %s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return run;
    }
    run.wallMs = double(t.nsecsElapsed()) / 1e6;
    run.cpuMs = childCpuMs() - cpuBefore;
    for (const QByteArray& line : p.readAllStandardError().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        bool ok = false;
        const qint64 ns = f.size() == 3 && f.at(0) == "startup" ? f.at(2).toLongLong(&ok) : 0;
        if (ok)
            run.phaseMs.insert(f.at(1), double(ns) / 1e6 - startedMs);
    }
    run.phaseMs.insert("end", run.wallMs);
    return run;
}

struct Runs
{
    QList<Run> runs;
    double median(double Run::*field) const
    {
        QList<double> v;
        for (const Run& r : runs)
            v << r.*field;
        return ::median(v);
    }
    // The median moment a phase was reached; negative when the program does not mark it.
    double phase(const QByteArray& name) const
    {
        QList<double> v;
        for (const Run& r : runs)
            if (r.phaseMs.contains(name))
                v << r.phaseMs.value(name);
        return v.isEmpty() ? -1 : ::median(v);
    }
};

void printPhases(const Runs& app, const Runs& floor, const Runs& bare)
{
    struct Phase
    {
        const char* key;
        const char* label;
    };
    static const Phase phases[] = {
        {"main", "libraries loaded, main() entered"},
        {"application", "QApplication made"},
        {"database", "settings, translations, database opened"},
        {"list", "incident list read (200 rows)"},
        {"fonts", "fontconfig ready (read on a second thread)"},
        {"window", "window built"},
        {"shown", "window shown (incident opened)"},
        {"ready", "first frame painted: \"ready\""},
        {"exit", "event loop left"},
        {"end", "process ended"},
    };
    auto cell = [](double ms) {
        return ms < 0 ? QByteArray("       -") : QByteArray::number(ms, 'f', 1).rightJustified(8);
    };
    std::printf("    where the time goes (median ms since the process was started):\n");
    std::printf("    %-44s %8s %8s %8s\n", "", "app", "floor", "bare");
    for (const Phase& ph : phases)
        std::printf("    %-44s %s %s %s\n", ph.label, cell(app.phase(ph.key)).constData(),
                    cell(floor.phase(ph.key)).constData(), cell(bare.phase(ph.key)).constData());
}

void benchStartup(const QString& dir)
{
    const QString db = seedLargeDatabase(dir);
    const QString binDir = QCoreApplication::applicationDirPath();
    const QString app = binDir + QStringLiteral("/../../ui/incident-commander");
    const QString bare = binDir + QStringLiteral("/bench_bare_window");
    const QString floor = binDir + QStringLiteral("/bench_floor_window");
    const QStringList appArgs{QStringLiteral("--db"), db, QStringLiteral("--exit-when-ready"), QStringLiteral("--lang"),
                              QStringLiteral("en")};
    Runs appRuns, bareRuns, textRuns, floorRuns, listRuns;
    timeProcess(app, appArgs); // warm the page cache
    for (int run = 0; run < 21; ++run) {
        appRuns.runs << timeProcess(app, appArgs);
        bareRuns.runs << timeProcess(bare, {});
        textRuns.runs << timeProcess(bare, {QStringLiteral("--text")});
        floorRuns.runs << timeProcess(floor, {db});
        listRuns.runs << timeProcess(floor, {db, QStringLiteral("--list-only")});
    }
    const double a = appRuns.median(&Run::wallMs), b = bareRuns.median(&Run::wallMs),
                 t = textRuns.median(&Run::wallMs), f = floorRuns.median(&Run::wallMs),
                 l = listRuns.median(&Run::wallMs);
    const double ac = appRuns.median(&Run::cpuMs), bc = bareRuns.median(&Run::cpuMs),
                 tc = textRuns.median(&Run::cpuMs);
    std::printf("(b) start-up to a shown window, median of 21 process runs, offscreen\n");
    std::printf("    incident-commander, 200 incidents / 100,000 entries  %8.1f ms\n", a);
    std::printf("    bare QMainWindow                                      %8.1f ms\n", b);
    std::printf("    bare QMainWindow with one line of text                %8.1f ms\n", t);
    std::printf("    floor: the same first screen, hand-written, no product %8.1f ms\n", f);
    std::printf("    ratio to the bare window                              %8.2fx   (target <= 1.50x)\n", a / b);
    std::printf("    the floor's ratio to the bare window                  %8.2fx\n", f / b);
    std::printf("    the floor with only the incident list, ratio to bare  %8.2fx   (%.1f ms)\n", l / b, l);
    std::printf("    ratio to the floor (the product's own overhead)       %8.2fx\n", a / f);
    std::printf("    ratio to the bare window with text                    %8.2fx\n", a / t);
    std::printf("    CPU time (user+sys): app %.1f ms, bare %.1f ms (%.2fx), bare with text %.1f ms (%.2fx)\n", ac,
                bc, ac / bc, tc, ac / tc);
    printPhases(appRuns, floorRuns, bareRuns);
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QStringList args = QCoreApplication::arguments();
    // --seed DIR: only write DIR/large.sqlite, the start-up database, for profiling the app by hand.
    if (const qsizetype at = args.indexOf(QStringLiteral("--seed")); at > 0 && at + 1 < args.size())
        return seedLargeDatabase(args.at(at + 1)).isEmpty() ? 1 : 0;
    if (!args.contains(QStringLiteral("--startup-only")))
        benchAppend(dir.path());
    if (!args.contains(QStringLiteral("--append-only")))
        benchStartup(dir.path());
    return 0;
}
