// Renders the real main window into a PNG, for the README and for checking layouts in both languages:
//   ic_screenshot --db FILE --lang ja --select INC-2026-0001 --tab 1 --size 1400x860 --out shot.png
#include "core.h"
#include "declaredialog.h"
#include "incidentlistpanel.h"
#include "incidentworkspace.h"
#include "localizer.h"
#include "mainwindow.h"
#include "services/incidentservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("incident-commander-screenshot"));
    QCommandLineParser p;
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("Database."), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("ja or en."), QStringLiteral("LANG"),
                                  QStringLiteral("en"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Incident code or id."),
                                    QStringLiteral("ID"));
    const QCommandLineOption tab(QStringLiteral("tab"), QStringLiteral("Workspace tab index."), QStringLiteral("N"),
                                 QStringLiteral("0"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"),
                                  QStringLiteral("1400x860"));
    const QCommandLineOption dialog(QStringLiteral("declare-dialog"), QStringLiteral("Grab the declare dialog instead."));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("PNG file."), QStringLiteral("FILE"));
    p.addOptions({db, lang, select, tab, size, dialog, out});
    p.process(app);

    Localizer localizer;
    localizer.setLanguage(p.value(lang));
    Core core;
    if (Status s = core.open(p.value(db)); !s) {
        fprintf(stderr, "%s\n", qPrintable(s.error()));
        return 1;
    }
    MainWindow window(core, localizer);
    const QStringList wh = p.value(size).split(QLatin1Char('x'));
    window.resize(wh.value(0).toInt(), wh.value(1).toInt());
    window.show();
    if (p.isSet(select)) {
        const auto incident = core.incidents().find(p.value(select));
        if (incident) {
            window.incidentList()->select(incident->id);
            window.workspace()->setIncident(incident->id);
        }
    }
    window.workspace()->tabs()->setCurrentIndex(p.value(tab).toInt());
    DeclareDialog declare(&window);
    if (p.isSet(dialog))
        declare.show();
    QTimer::singleShot(50, &app, [&] {
        QWidget* target = p.isSet(dialog) ? static_cast<QWidget*>(&declare) : &window;
        const bool ok = target->grab().save(p.value(out));
        QApplication::exit(ok ? 0 : 1);
    });
    return app.exec();
}
