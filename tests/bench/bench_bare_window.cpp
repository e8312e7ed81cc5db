// The baseline for start-up: a bare QMainWindow shown, then exit on the first event-loop turn.
// With --text it shows one line of text, so it pays the font-database set-up every text-showing app pays.
#include "firstpaint.h"
#include "startuptrace.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

int main(int argc, char* argv[])
{
    StartupTrace::mark("main");
    QApplication app(argc, argv);
    StartupTrace::mark("application");
    QMainWindow window;
    window.resize(1280, 800);
    if (app.arguments().contains(QStringLiteral("--text")))
        window.setCentralWidget(new QLabel(QStringLiteral("Ready")));
    // Same definition of "ready" as incident-commander --exit-when-ready: the first screen painted.
    new FirstPaint(&window, [] {
        StartupTrace::mark("ready");
        QApplication::exit(0);
    });
    window.show();
    const int status = app.exec();
    StartupTrace::mark("exit");
    return status;
}
