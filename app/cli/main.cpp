#include "commands.h"
#include "paths.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(Paths::applicationName));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runIcctl(QCoreApplication::arguments().mid(1), out, err);
}
