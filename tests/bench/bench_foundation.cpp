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
#include <QElapsedTimer>
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

// Wall-clock milliseconds of one run; adds the child's CPU milliseconds to *cpu (steadier on a busy machine).
double timeProcess(const QString& program, const QStringList& args, double* cpu = nullptr)
{
    const double cpuBefore = childCpuMs();
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        std::printf("    %s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
        return -1;
    }
    const double wall = double(t.nsecsElapsed()) / 1e6;
    if (cpu)
        *cpu = childCpuMs() - cpuBefore;
    return wall;
}

void benchStartup(const QString& dir)
{
    const QString db = seedLargeDatabase(dir);
    const QString binDir = QCoreApplication::applicationDirPath();
    const QString app = binDir + QStringLiteral("/../../ui/incident-commander");
    const QString bare = binDir + QStringLiteral("/bench_bare_window");
    QList<double> appMs, bareMs, textMs, appCpu, bareCpu, textCpu;
    double cpu = 0;
    timeProcess(app, {QStringLiteral("--db"), db, QStringLiteral("--exit-when-ready")}); // warm the page cache
    for (int run = 0; run < 21; ++run) {
        appMs << timeProcess(app, {QStringLiteral("--db"), db, QStringLiteral("--exit-when-ready"),
                                   QStringLiteral("--lang"), QStringLiteral("en")}, &cpu);
        appCpu << cpu;
        bareMs << timeProcess(bare, {}, &cpu);
        bareCpu << cpu;
        textMs << timeProcess(bare, {QStringLiteral("--text")}, &cpu);
        textCpu << cpu;
    }
    const double a = median(appMs), b = median(bareMs), t = median(textMs);
    const double ac = median(appCpu), bc = median(bareCpu), tc = median(textCpu);
    std::printf("(b) start-up to a shown window, median of 21 process runs, offscreen\n");
    std::printf("    incident-commander, 200 incidents / 100,000 entries  %8.1f ms\n", a);
    std::printf("    bare QMainWindow                                      %8.1f ms\n", b);
    std::printf("    bare QMainWindow with one line of text                %8.1f ms\n", t);
    std::printf("    ratio to the bare window                              %8.2fx   (target <= 1.50x)\n", a / b);
    std::printf("    ratio to the bare window with text                    %8.2fx\n", a / t);
    std::printf("    CPU time (user+sys): app %.1f ms, bare %.1f ms (%.2fx), bare with text %.1f ms (%.2fx)\n", ac,
                bc, ac / bc, tc, ac / tc);
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
