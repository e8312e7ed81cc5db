// Kills a writer with SIGKILL at arbitrary moments and checks that every entry it acknowledged survived.
#include "services/incidentservice.h"
#include "services/timelineservice.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <cstdio>

namespace {
// Child mode: append entries forever, printing "ack <id> <text>" after each commit returns.
int runWriter(const QString& dbPath, qint64 incidentId, int generation)
{
    Core core;
    if (!core.open(dbPath)) {
        std::fprintf(stderr, "cannot open\n");
        return 3;
    }
    for (int n = 0;; ++n) {
        EntryDraft d;
        d.text = QStringLiteral("g%1-n%2 %3").arg(generation).arg(n).arg(QString(64 + n % 200, QLatin1Char('x')));
        const auto r = core.timeline().add(incidentId, d);
        if (!r) {
            std::fprintf(stderr, "write failed: %s\n", qPrintable(r.error()));
            return 4;
        }
        std::printf("ack %lld %s\n", static_cast<long long>(r->id), qPrintable(d.text.section(QLatin1Char(' '), 0, 0)));
        std::fflush(stdout);
    }
}
} // namespace

class TestCrash : public QObject
{
    Q_OBJECT
private slots:
    void killNineLosesNothingAcknowledged();
};

void TestCrash::killNineLosesNothingAcknowledged()
{
    TestSupport::TempCore t;
    const Incident incident = t.declare(QStringLiteral("crash target"));
    const QString path = t.dbPath();
    t.core().close(); // the children own the file while they run

    QHash<qint64, QString> acknowledged;
    const int rounds = 25;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--writer"), path, QString::number(incident.id), QString::number(round)});
        child.start();
        QVERIFY(child.waitForStarted());
        // Let it acknowledge a random number of entries, then kill it wherever it is.
        const int target = 1 + int(QRandomGenerator::global()->bounded(40));
        int seen = 0;
        QByteArray pending;
        while (seen < target) {
            QVERIFY2(child.waitForReadyRead(30000), "writer stopped acknowledging");
            pending += child.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QList<QByteArray> parts = pending.left(nl).split(' ');
                pending.remove(0, nl + 1);
                if (parts.size() == 3 && parts.at(0) == "ack") {
                    acknowledged.insert(parts.at(1).toLongLong(), QString::fromLatin1(parts.at(2)));
                    ++seen;
                }
            }
        }
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(30000));
        // Lines written before the kill but not yet read were acknowledged too.
        pending += child.readAllStandardOutput();
        for (const QByteArray& line : pending.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 3 && parts.at(0) == "ack")
                acknowledged.insert(parts.at(1).toLongLong(), QString::fromLatin1(parts.at(2)));
        }
    }

    QVERIFY(t.reopen());
    QCOMPARE(t.core().database().integrityCheck().value(), QStringLiteral("ok"));
    int lost = 0;
    for (auto it = acknowledged.cbegin(); it != acknowledged.cend(); ++it) {
        const auto e = t.core().timeline().get(it.key());
        if (!e || !e->text.startsWith(it.value() + QLatin1Char(' ')))
            ++lost;
    }
    qInfo("crash test: %d rounds, %lld acknowledged entries, %d lost", rounds,
          static_cast<long long>(acknowledged.size()), lost);
    QCOMPARE(lost, 0);
    QVERIFY(acknowledged.size() >= rounds);
}

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == QStringLiteral("--writer"))
        return runWriter(args.at(2), args.at(3).toLongLong(), args.at(4).toInt());
    TestCrash test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crash.moc"
