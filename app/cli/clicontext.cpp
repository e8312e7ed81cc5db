#include "clicontext.h"

#include "core.h"
#include "services/incidentservice.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

int CliContext::failWith(const QString& message) const
{
    err << message << Qt::endl;
    return Failed;
}

int CliContext::usageError(const QString& message) const
{
    err << message << Qt::endl;
    return Usage;
}

void CliContext::printJson(const QJsonValue& value) const
{
    QJsonDocument doc;
    if (value.isArray())
        doc.setArray(value.toArray());
    else
        doc.setObject(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

bool CliContext::resolveIncident(const QString& idOrCode, Incident* incident) const
{
    const Result<Incident> found = core.incidents().find(idOrCode);
    if (!found) {
        failWith(found.error());
        return false;
    }
    *incident = found.value();
    return true;
}

QString CliContext::formatTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return QStringLiteral("-");
    const QDateTime local = utc.toLocalTime();
    return QStringLiteral("%1 (%2 UTC)")
        .arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), utc.toUTC().toString(QStringLiteral("HH:mm")));
}

QString CliContext::isoUtc(const QDateTime& utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODateWithMs) : QString();
}
