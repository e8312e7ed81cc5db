#include "appstyle.h"
#include "core.h"
#include "firstpaint.h"
#include "fontconfigprewarm.h"
#include "incidentlistmodel.h"
#include "localizer.h"
#include "mainwindow.h"
#include "notify/dispatcher.h"
#include "paths.h"
#include "plainmessagebox.h"
#include "startuptrace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTimer>

int main(int argc, char* argv[])
{
    StartupTrace::mark("main");
    QApplication app(argc, argv);
    StartupTrace::mark("application");
    FontconfigPrewarm fonts; // overlaps the database open; see the header for why not earlier
    QApplication::setStyle(new AppStyle);
    QApplication::setApplicationName(QString::fromLatin1(Paths::applicationName));
    QApplication::setApplicationDisplayName(QStringLiteral("Incident Commander"));
    QApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file."), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Interface language: ja or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption exitOption(QStringLiteral("exit-when-ready"),
                                        QStringLiteral("Exit as soon as the window is shown with its data."));
    parser.addOptions({dbOption, langOption, exitOption});
    parser.process(app);

    QSettings settings;
    Localizer localizer;
    QString lang = parser.value(langOption);
    if (lang.isEmpty())
        lang = settings.value(QStringLiteral("ui/language"), Localizer::systemDefault()).toString();
    if (!localizer.setLanguage(lang))
        localizer.setLanguage(QStringLiteral("en"));

    Core core;
    const QString userName = settings.value(QStringLiteral("user/name")).toString();
    if (!userName.isEmpty())
        core.setUserName(userName);
    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = settings.value(QStringLiteral("database/path"), Paths::defaultDatabasePath()).toString();
    if (Status s = core.open(path); !s) {
        if (parser.isSet(exitOption)) {
            fprintf(stderr, "%s\n", qPrintable(s.error()));
            return 1;
        }
        PlainMessageBox::critical(nullptr, QObject::tr("Incident Commander"), s.error());
        return 1;
    }
    StartupTrace::mark("database");

    // The list's rows need no fonts: read them while fontconfig still loads, then build the widgets.
    auto* incidents = new IncidentListModel(core);
    StartupTrace::mark("list");
    fonts.wait();
    StartupTrace::mark("fonts");
    MainWindow window(core, localizer, incidents);
    StartupTrace::mark("window");
    // Deliver the outbox while the window is open; started once the window is up, so start-up does not wait for
    // the lease's commit.
    if (!parser.isSet(exitOption))
        QTimer::singleShot(300, &core, [&core] {
            if (Status s = core.dispatcher().start(); !s)
                qWarning("%s", qPrintable(s.error()));
        });
    if (!parser.isSet(exitOption))
        window.restoreLayout();
    window.show();
    StartupTrace::mark("shown");
    if (parser.isSet(exitOption)) // the data is loaded in the constructor; ready once it is on screen
        new FirstPaint(&window, [] {
            StartupTrace::mark("ready");
            QApplication::exit(0);
        });
    const int status = app.exec();
    StartupTrace::mark("exit");
    return status;
}
