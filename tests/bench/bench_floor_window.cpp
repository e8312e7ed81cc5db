// The floor for start-up: the first screen of incident-commander written in the fewest lines Qt allows, with
// none of the product around it (no core, no migrations, no translations, no settings, no models of ours).
// It reads the same database file, lists the same 200 incidents in a table, and shows the newest one's fields
// beside it, under the same menus and tabs, at the same size. What it costs above the bare QMainWindow is
// what any Qt Widgets program pays to show that screen; bench_foundation prints its ratio next to the app's,
// so a reader can tell the app's own overhead from the price of the screen itself. With --list-only it shows
// only the incident list, the least a start-up screen of this product could show.
#include "firstpaint.h"
#include "startuptrace.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QPushButton>
#include <QSplitter>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
const char* const severityColours[] = {"#c62828", "#e65100", "#f9a825", "#558b2f"};

QWidget* incidentList(QStandardItemModel* model)
{
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    auto* heading = new QLabel(QStringLiteral("Incidents"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);
    layout->addWidget(new QPushButton(QStringLiteral("Declare incident…")));
    auto* view = new QTableView;
    view->setModel(model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->selectRow(0);
    layout->addWidget(view, 1);
    layout->addWidget(new QLabel(QStringLiteral("Show drills")));
    return panel;
}

QWidget* incidentOverview(const QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT code, title, severity, status, impact, summary, detected_at, declared_at, "
                       "mitigated_at, resolved_at, closed_at, q_second_team, q_customers_affected, "
                       "q_unresolved_hour FROM incidents WHERE id = ?"));
    q.addBindValue(id);
    q.exec();
    q.next();
    auto* panel = new QWidget;
    auto* layout = new QVBoxLayout(panel);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(q.value(0).toString()));
    header->addWidget(new QLabel(QStringLiteral("SEV%1").arg(q.value(2).toInt())));
    auto* title = new QLabel(q.value(1).toString());
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    header->addWidget(title, 1);
    auto* severity = new QComboBox;
    severity->addItems(
        {QStringLiteral("SEV1"), QStringLiteral("SEV2"), QStringLiteral("SEV3"), QStringLiteral("SEV4")});
    header->addWidget(severity);
    auto* status = new QComboBox;
    status->addItem(q.value(3).toString());
    header->addWidget(status);
    layout->addLayout(header);
    layout->addWidget(new QLabel(QStringLiteral("No Incident Commander. Take command on the Roles tab.")));
    auto* tabs = new QTabWidget;
    auto* overview = new QWidget;
    auto* form = new QFormLayout(overview);
    const char* const labels[] = {"Customer impact:",
                                  "Summary:",
                                  "Detected:",
                                  "Declared:",
                                  "Mitigated:",
                                  "Resolved:",
                                  "Closed:",
                                  "Another team needed:",
                                  "Customers affected:",
                                  "Unsolved after an hour:"};
    for (int n = 0; n < 10; ++n) {
        const QVariant v = q.value(4 + n);
        QString text = v.toString();
        if (n >= 2 && n < 7)
            text = v.isNull() ? QStringLiteral("—")
                              : QLocale().toString(QDateTime::fromMSecsSinceEpoch(v.toLongLong()));
        else if (n >= 7)
            text = v.toInt() ? QStringLiteral("Yes") : QStringLiteral("No");
        form->addRow(QString::fromLatin1(labels[n]), new QLabel(text));
    }
    tabs->addTab(overview, QStringLiteral("Overview"));
    for (const char* tab : {"Roles", "Checklist", "Timeline", "Document", "Notifications", "Brainstorm",
                            "Follow-ups", "Reports"})
        tabs->addTab(new QWidget, QString::fromLatin1(tab));
    layout->addWidget(tabs, 1);
    return panel;
}
} // namespace

int main(int argc, char* argv[])
{
    StartupTrace::mark("main");
    QApplication app(argc, argv);
    StartupTrace::mark("application");
    const QStringList args = QApplication::arguments();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"));
    db.setDatabaseName(args.value(1));
    if (!db.open())
        return 1;
    auto* model = new QStandardItemModel(0, 4);
    model->setHorizontalHeaderLabels({QStringLiteral("Code"), QStringLiteral("Severity"),
                                      QStringLiteral("Status"), QStringLiteral("Title")});
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, code, severity, status, title FROM incidents ORDER BY id DESC"));
    qint64 newest = 0;
    while (q.next()) {
        if (!newest)
            newest = q.value(0).toLongLong();
        QList<QStandardItem*> row;
        for (int c = 1; c < 5; ++c)
            row << new QStandardItem(c == 2 ? QStringLiteral("SEV%1").arg(q.value(c).toInt())
                                            : q.value(c).toString());
        row.at(1)->setForeground(QColor(QString::fromLatin1(severityColours[(q.value(2).toInt() + 3) % 4])));
        model->appendRow(row);
    }
    StartupTrace::mark("database");

    QMainWindow window;
    for (const char* menu : {"&File", "&Language", "&Reports", "&Drills", "&Help"})
        window.menuBar()->addMenu(QString::fromLatin1(menu))->addAction(QStringLiteral("Quit"));
    auto* splitter = new QSplitter;
    model->setParent(splitter);
    splitter->addWidget(incidentList(model));
    if (!args.contains(QStringLiteral("--list-only")))
        splitter->addWidget(incidentOverview(db, newest));
    window.setCentralWidget(splitter);
    window.statusBar()->addWidget(new QLabel(QStringLiteral("Database: ") + db.databaseName()));
    window.statusBar()->addPermanentWidget(new QLabel(QStringLiteral("Outbox: 0 undelivered")));
    window.resize(1280, 800);
    StartupTrace::mark("window");
    new FirstPaint(&window, [] {
        StartupTrace::mark("ready");
        QApplication::exit(0);
    });
    window.show();
    StartupTrace::mark("shown");
    const int status = app.exec();
    StartupTrace::mark("exit");
    return status;
}
