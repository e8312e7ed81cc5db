#include "mainwindow.h"

#include "core.h"
#include "declaredialog.h"
#include "drillmenu.h"
#include "incidentlistmodel.h"
#include "incidentlistpanel.h"
#include "incidentworkspace.h"
#include "localizer.h"
#include "outboxstatuslabel.h"
#include "overduereminder.h"
#include "plainmessagebox.h"
#include "reportsmenu.h"
#include "services/incidentservice.h"
#include "services/roleservice.h"
#include "storage/database.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QShowEvent>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

#include <utility>

MainWindow::MainWindow(Core& core, Localizer& localizer, QWidget* parent)
    : MainWindow(core, localizer, new IncidentListModel(core), parent)
{
}

MainWindow::MainWindow(Core& core, Localizer& localizer, IncidentListModel* incidents, QWidget* parent)
    : QMainWindow(parent), m_core(core), m_localizer(localizer), m_list(new IncidentListPanel(incidents)),
      m_workspace(new IncidentWorkspace(core)), m_dbLabel(new QLabel), m_outboxLabel(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_dbLabel->setObjectName(QStringLiteral("databaseLabel"));
    // Messages and names quote user text: shown as typed, never as rich text.
    m_dbLabel->setTextFormat(Qt::PlainText);
    m_outboxLabel->setObjectName(QStringLiteral("outboxLabel"));
    m_split = new QSplitter(this);
    m_split->setObjectName(QStringLiteral("mainSplit"));
    m_split->addWidget(m_list);
    m_split->addWidget(m_workspace);
    m_split->setStretchFactor(0, 0);
    m_split->setStretchFactor(1, 1);
    // Not collapsible: the split is remembered, and a list dragged away would stay hidden at every start.
    m_split->setChildrenCollapsible(false);
    // The workspace gets the room: its nine tabs fit a 1280-pixel window in Japanese too.
    m_split->setSizes({500, 900});
    setCentralWidget(m_split);
    statusBar()->addWidget(m_dbLabel, 1);
    statusBar()->addPermanentWidget(m_outboxLabel);
    new OutboxStatusLabel(core, m_outboxLabel); // fills and shows the undelivered count
    connect(new OverdueReminder(core, this), &OverdueReminder::reminded, this,
            [this](const QString& message) { statusBar()->showMessage(message, 60000); });

    buildMenus();
    connect(m_list, &IncidentListPanel::incidentSelected, m_workspace, &IncidentWorkspace::setIncident);
    connect(m_list, &IncidentListPanel::declareRequested, this, &MainWindow::declareIncident);
    connect(m_workspace, &IncidentWorkspace::errorOccurred, this, &MainWindow::showError);
    connect(m_workspace, &IncidentWorkspace::declareRequested, this, &MainWindow::declareIncident);
    connect(m_workspace, &IncidentWorkspace::drillRequested, m_drills, &DrillMenu::startDrill);
    connect(m_list, &IncidentListPanel::incidentSelected, this, [this](qint64 id) {
        m_drills->setCurrentIncident(id);
        updateWindowTitle();
        rememberIncident(id);
    });
    m_core.database().watchExternalChanges(1000);
    retranslateUi();
    resize(1280, 800);
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    // The first show opens an incident (unless one was chosen already). Here rather than in the constructor:
    // the layouts have now given the workspace its size, so the overview's text is laid out once instead of
    // at every intermediate size while the window settles (30 M instructions at start-up).
    if (!std::exchange(m_shownOnce, true) && !m_workspace->incidentId())
        restoreIncident();
}

// Shows an incident as if it had been picked in the list (IncidentListPanel::select() does not signal).
void MainWindow::showIncident(qint64 id)
{
    m_list->select(id);
    m_workspace->setIncident(id);
    m_drills->setCurrentIncident(id);
    updateWindowTitle();
}

// The window opens on the incident last open in this database, or else on the first in the list (open ones
// come first), never on an empty workspace while incidents exist. Before, the first row was chosen only
// when the list happened to get the keyboard focus.
void MainWindow::restoreIncident()
{
    const QSettings settings;
    qint64 id = 0;
    if (settings.value(QStringLiteral("ui/lastIncident/database")).toString() == databaseKey())
        id = settings.value(QStringLiteral("ui/lastIncident/id")).toLongLong();
    if (m_list->model()->rowOf(id) < 0) {
        const Incident* first = m_list->model()->incidentAt(0);
        id = first ? first->id : 0;
    }
    showIncident(id); // 0: the welcome page
}

// The open database as one name, however it was given (--db may be relative, or go through a link).
QString MainWindow::databaseKey() const
{
    const QFileInfo file(m_core.database().path());
    const QString canonical = file.canonicalFilePath();
    return canonical.isEmpty() ? file.absoluteFilePath() : canonical;
}

void MainWindow::rememberIncident(qint64 id)
{
    if (!id)
        return;
    QSettings settings;
    settings.setValue(QStringLiteral("ui/lastIncident/database"), databaseKey());
    settings.setValue(QStringLiteral("ui/lastIncident/id"), id);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_declareAction = m_fileMenu->addAction(QString(), this, &MainWindow::declareIncident);
    m_declareAction->setObjectName(QStringLiteral("declareAction"));
    m_declareAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+D")));
    m_fileMenu->addSeparator();
    m_newDbAction = m_fileMenu->addAction(QString(), this, &MainWindow::newDatabase);
    m_newDbAction->setShortcut(QKeySequence::New);
    m_openDbAction = m_fileMenu->addAction(QString(), this, &MainWindow::openDatabase);
    m_openDbAction->setShortcut(QKeySequence::Open);
    m_backupAction = m_fileMenu->addAction(QString(), this, &MainWindow::backupDatabase);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), this, &QWidget::close);
    m_quitAction->setShortcut(QKeySequence::Quit);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    auto* group = new QActionGroup(this);
    // Each language is named in itself, so a user who cannot read the current one still finds theirs.
    m_japanese = m_languageMenu->addAction(QStringLiteral("日本語"));
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    m_japanese->setObjectName(QStringLiteral("languageJapanese"));
    m_english->setObjectName(QStringLiteral("languageEnglish"));
    for (QAction* a : {m_japanese, m_english}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    connect(m_japanese, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("ja")); });
    connect(m_english, &QAction::triggered, this, [this] { switchLanguage(QStringLiteral("en")); });

    menuBar()->addMenu(new ReportsMenu(m_core, this));
    m_drills = new DrillMenu(m_core, this);
    menuBar()->addMenu(m_drills->menu());
    connect(m_drills, &DrillMenu::drillStarted, this, [this](qint64 id) {
        showIncident(id);
        rememberIncident(id);
    });
    connect(m_drills, &DrillMenu::errorOccurred, this, [this](const QString& m) { statusBar()->showMessage(m, 8000); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::about);
}

qint64 MainWindow::declareIncident()
{
    DeclareDialog dialog(this);
    m_declareDialog = &dialog;
    qint64 created = 0;
    while (dialog.exec() == QDialog::Accepted) {
        IncidentDraft draft = dialog.draft();
        draft.author = m_core.userName();
        draft.authorTakesCommand = true; // whoever declares commands until they hand it off
        const auto result = m_core.incidents().declare(draft);
        if (result) {
            created = result->id;
            break;
        }
        dialog.setError(result.error()); // keep what the user typed; let them fix it
    }
    m_declareDialog = nullptr;
    if (created) {
        showIncident(created);
        rememberIncident(created);
    }
    return created;
}

void MainWindow::switchDatabase(const QString& path, bool create)
{
    if (create && QFileInfo::exists(path)) {
        showError(tr("%1 already exists. Choose a new file name, or use Open.").arg(path));
        return;
    }
    const QString previous = m_core.database().path();
    if (Status s = m_core.open(path); !s) {
        showError(s.error());
        if (Status back = m_core.open(previous); !back)
            showError(back.error());
    } else {
        QSettings().setValue(QStringLiteral("database/path"), path);
    }
    m_core.database().watchExternalChanges(1000);
    m_workspace->setIncident(0);
    emit m_core.database().externalChange(); // every view reloads from the database now open
    restoreIncident();
    retranslateUi();
}

void MainWindow::newDatabase()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New database"), QDir::homePath(),
                                                      tr("Incident databases (*.sqlite)"));
    if (!path.isEmpty())
        switchDatabase(path, true);
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), QDir::homePath(),
                                                      tr("Incident databases (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        switchDatabase(path, false);
}

void MainWindow::backupDatabase()
{
    const QString suggested = QFileInfo(m_core.database().path()).absolutePath() + QStringLiteral("/incidents-")
                              + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))
                              + QStringLiteral(".sqlite");
    const QString path = QFileDialog::getSaveFileName(this, tr("Back up database"), suggested,
                                                      tr("Incident databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (Status s = m_core.database().backupTo(path); !s)
        showError(s.error());
    else
        statusBar()->showMessage(tr("Backup written to %1").arg(path), 8000);
}

void MainWindow::switchLanguage(const QString& code)
{
    // Installing the translators sends LanguageChange to every widget; each one retranslates itself.
    if (m_localizer.setLanguage(code))
        QSettings().setValue(QStringLiteral("ui/language"), code);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Incident Commander"),
                       tr("<h3>Incident Commander %1</h3><p>Command an incident the way the SRE book teaches: "
                          "declare early, give every role an owner, hand off command explicitly, keep the "
                          "incident document current and update stakeholders on time — and rehearse it all in "
                          "offline drills.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::showError(const QString& message)
{
    PlainMessageBox::warning(this, tr("Incident Commander"), message);
}

void MainWindow::updateWindowTitle()
{
    const QString title = tr("Incident Commander — %1").arg(QFileInfo(m_core.database().path()).fileName());
    const auto shown = m_core.incidents().get(m_workspace->incidentId());
    // A drill is marked in the title too, so a screenshot or a shared screen never passes for a real incident.
    setWindowTitle(shown && shown->isDrill ? tr("DRILL — %1").arg(title) : title);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/split"), m_split->saveState());
    event->accept();
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    m_split->restoreState(settings.value(QStringLiteral("window/split")).toByteArray());
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_declareAction->setText(tr("&Declare incident…"));
    m_newDbAction->setText(tr("&New database…"));
    m_openDbAction->setText(tr("&Open database…"));
    m_backupAction->setText(tr("&Back up database…"));
    m_quitAction->setText(tr("&Quit"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About Incident Commander"));
    m_japanese->setChecked(m_localizer.language() == QStringLiteral("ja"));
    m_english->setChecked(m_localizer.language() == QStringLiteral("en"));
    m_dbLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_core.database().path())));
    updateWindowTitle();
}
