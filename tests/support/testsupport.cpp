#include "testsupport.h"

#include "services/incidentservice.h"

#include <QCoreApplication>
#include <QProcess>

namespace TestSupport {

TempCore::TempCore() : m_clock(QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC))
{
    m_core = std::make_unique<Core>(&m_clock);
    m_core->setUserName(QStringLiteral("tester"));
    const Status s = m_core->open(dbPath());
    m_ok = s.ok();
    if (!m_ok)
        qWarning("TempCore: %s", qPrintable(s.error()));
}

TempCore::~TempCore()
{
    m_core.reset();
}

bool TempCore::reopen()
{
    m_core->close();
    return m_core->open(dbPath()).ok();
}

Incident TempCore::declare(const QString& title, Severity severity, bool drill)
{
    IncidentDraft d;
    d.title = title;
    d.severity = severity;
    d.isDrill = drill;
    d.author = QStringLiteral("tester");
    const auto r = m_core->incidents().declare(d);
    if (!r) {
        qWarning("declare failed: %s", qPrintable(r.error()));
        return {};
    }
    return r.value();
}

Run icctl(const QStringList& arguments, const QString& input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IC_USER"), QStringLiteral("tester"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(IC_ICCTL_PATH), arguments);
    if (!input.isEmpty())
        p.write(input.toUtf8());
    p.closeWriteChannel();
    return finish(p);
}

Run finish(QProcess& process)
{
    Run r;
    if (!process.waitForFinished(60000)) {
        process.kill();
        r.err = QStringLiteral("%1 did not finish").arg(process.program());
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QString sourcePath(const QString& relative)
{
    return QStringLiteral(IC_SOURCE_DIR "/") + relative;
}

} // namespace TestSupport
