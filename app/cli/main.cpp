#include "commands.h"
#include "paths.h"
#include "pdfwriter.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <strings.h>
#include <memory>

namespace {
// PDF export renders through Qt Gui (fonts, QPdfWriter), so only then does icctl start a QGuiApplication,
// on the offscreen platform unless one is chosen; every other command stays a plain QCoreApplication.
bool wantsPdf(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (strcasecmp(argv[i], "--format=pdf") == 0)
            return true;
        if (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc && strcasecmp(argv[i + 1], "pdf") == 0)
            return true;
        const std::size_t n = std::strlen(argv[i]);
        if (n > 4 && strcasecmp(argv[i] + n - 4, ".pdf") == 0)
            return true;
    }
    return false;
}
} // namespace

int main(int argc, char* argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsPdf(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
        PdfWriter::installAsBackend();
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QString::fromLatin1(Paths::applicationName));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return runIcctl(QCoreApplication::arguments().mid(1), out, err);
}
