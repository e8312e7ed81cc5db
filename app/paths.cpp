#include "paths.h"

#include <QDir>
#include <QStandardPaths>

QString Paths::defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("incidents.sqlite"));
}
