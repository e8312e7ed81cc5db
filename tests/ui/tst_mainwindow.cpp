#include "declaredialog.h"
#include "guitestsupport.h"
#include "incidentlistmodel.h"
#include "incidentlistpanel.h"
#include "incidentworkspace.h"
#include "localizer.h"
#include "mainwindow.h"
#include "services/incidentservice.h"
#include "testsupport.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void declareByClickingAndTyping();
    void declareInJapanese();
    void declareButtonNeedsTitle();
    void severityDefinitionFollowsChoice();
    void switchLanguageChangesMenus();
    void welcomePageDeclaresOrStartsADrill();
    void overviewShowsTheFactsAsTyped();
    void stripShowsHowLongTheIncidentHasRun();
    void showsChangesFromAnotherProcess();
    void opensOnTheFirstIncidentWithoutFocus();
    void reopensTheIncidentLastOpenedInThatDatabase();
    void codeColumnMakesRoomForDrillsOnlyWhileOneIsListed();
    void remembersWhereTheUserLeftTheList();

private:
    std::unique_ptr<TestSupport::TempCore> m_temp;
    std::unique_ptr<Localizer> m_localizer;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ic-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_temp = std::make_unique<TestSupport::TempCore>();
    QVERIFY(m_temp->ok());
    m_localizer = std::make_unique<Localizer>();
    m_localizer->setLanguage(QStringLiteral("en"));
    m_window = std::make_unique<MainWindow>(m_temp->core(), *m_localizer);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_localizer.reset();
    m_temp.reset();
    QSettings().clear();
}

void TestMainWindow::declareByClickingAndTyping()
{
    auto* button = m_window->findChild<QPushButton*>(QStringLiteral("declareButton"));
    QVERIFY(button);
    bool filled = false;
    TestSupport::whenModalShown([&](QWidget* dialog) {
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("title"));
        auto* severity = dialog->findChild<QComboBox*>(QStringLiteral("severity"));
        auto* customers = dialog->findChild<QCheckBox*>(QStringLiteral("customersAffected"));
        auto* impact = dialog->findChild<QPlainTextEdit*>(QStringLiteral("impact"));
        QTest::keyClicks(title, QStringLiteral("Checkout returns 500"));
        severity->setCurrentIndex(0);
        QTest::mouseClick(customers, Qt::LeftButton, {}, QPoint(5, customers->height() / 2));
        impact->setFocus();
        QTest::keyClicks(impact->viewport(), QStringLiteral("30% of payments fail"));
        QTest::keyClicks(impact, QStringLiteral("!"));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        filled = customers->isChecked();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_VERIFY(filled);
    const auto list = m_temp->core().incidents().list().value();
    QCOMPARE(list.size(), 1);
    const Incident i = list.first();
    QCOMPARE(i.title, QStringLiteral("Checkout returns 500"));
    QCOMPARE(i.severity, Severity::Sev1);
    QVERIFY(i.answers.customersAffected);
    QVERIFY(i.impact.contains(QStringLiteral("30% of payments fail")));
    // The new incident is selected and shown in the workspace.
    auto* shownTitle = m_window->findChild<QLabel*>(QStringLiteral("incidentTitle"));
    QTRY_COMPARE(shownTitle->text(), QStringLiteral("Checkout returns 500"));
    QCOMPARE(m_window->incidentList()->model()->rowCount(), 1);
}

void TestMainWindow::declareInJapanese()
{
    TestSupport::whenModalShown([&](QWidget* dialog) {
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("title"));
        title->setFocus();
        TestSupport::typeText(title, QStringLiteral("決済APIでエラー率が上昇"));
        auto* drill = dialog->findChild<QCheckBox*>(QStringLiteral("drill"));
        drill->setChecked(true);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    });
    const qint64 id = m_window->declareIncident();
    QVERIFY(id > 0);
    const Incident i = m_temp->core().incidents().get(id).value();
    QCOMPARE(i.title, QStringLiteral("決済APIでエラー率が上昇"));
    QVERIFY(i.isDrill);
    QVERIFY(i.code.startsWith(QStringLiteral("DRILL-")));
    QVERIFY(m_window->findChild<QLabel*>(QStringLiteral("drillBanner"))->isVisible());
}

void TestMainWindow::declareButtonNeedsTitle()
{
    bool okEnabledEmpty = true;
    bool okEnabledTyped = false;
    TestSupport::whenModalShown([&](QWidget* dialog) {
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        okEnabledEmpty = ok->isEnabled();
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("title")), QStringLiteral("x"));
        okEnabledTyped = ok->isEnabled();
        static_cast<QDialog*>(dialog)->reject();
    });
    QCOMPARE(m_window->declareIncident(), 0);
    QVERIFY(!okEnabledEmpty);
    QVERIFY(okEnabledTyped);
    QCOMPARE(m_temp->core().incidents().list()->size(), 0);
}

void TestMainWindow::severityDefinitionFollowsChoice()
{
    DeclareDialog dialog;
    auto* severity = dialog.findChild<QComboBox*>(QStringLiteral("severity"));
    auto* definition = dialog.findChild<QLabel*>(QStringLiteral("severityDefinition"));
    QCOMPARE(severity->currentText(), QStringLiteral("SEV2")); // unsure teams lean high
    severity->setCurrentIndex(0);
    QCOMPARE(definition->text(), Severities::definition(Severity::Sev1));
    severity->setCurrentIndex(3);
    QCOMPARE(definition->text(), Severities::definition(Severity::Sev4));
}

void TestMainWindow::switchLanguageChangesMenus()
{
    auto* fileMenu = m_window->menuBar()->actions().first();
    QCOMPARE(fileMenu->text(), QStringLiteral("&File"));
    m_window->findChild<QAction*>(QStringLiteral("languageJapanese"))->trigger();
    QTRY_COMPARE(fileMenu->text(), QStringLiteral("ファイル(&F)"));
    QCOMPARE(m_window->findChild<QPushButton*>(QStringLiteral("declareButton"))->text(),
             QStringLiteral("インシデントを宣言…"));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ja"));
    auto* view = m_window->findChild<QTableView*>(QStringLiteral("incidentList"));
    QCOMPARE(view->model()->headerData(IncidentListModel::Severity, Qt::Horizontal).toString(),
             QStringLiteral("重大度"));
    m_window->findChild<QAction*>(QStringLiteral("languageEnglish"))->trigger();
    QTRY_COMPARE(fileMenu->text(), QStringLiteral("&File"));
}

// With nothing selected, the workspace says where to start: its buttons open the declare dialog and the drill
// dialog, and it follows the language.
void TestMainWindow::welcomePageDeclaresOrStartsADrill()
{
    auto* welcome = m_window->findChild<QWidget*>(QStringLiteral("welcomePage"));
    QVERIFY(welcome);
    QTRY_VERIFY(welcome->isVisible());
    QStringList opened;
    auto closeWhatOpens = [&opened](QWidget* dialog) {
        opened << dialog->objectName();
        dialog->close();
    };
    TestSupport::whenModalShown(closeWhatOpens);
    QTest::mouseClick(welcome->findChild<QPushButton*>(QStringLiteral("welcomeDeclare")), Qt::LeftButton);
    QTRY_COMPARE(opened, QStringList{QStringLiteral("declareDialog")});
    TestSupport::whenModalShown(closeWhatOpens);
    QTest::mouseClick(welcome->findChild<QPushButton*>(QStringLiteral("welcomeDrill")), Qt::LeftButton);
    QTRY_COMPARE(opened, (QStringList{QStringLiteral("declareDialog"), QStringLiteral("drillStartDialog")}));
    QVERIFY(m_temp->core().incidents().list()->isEmpty()); // both dialogs were closed: nothing was started

    m_window->findChild<QAction*>(QStringLiteral("languageJapanese"))->trigger();
    QTRY_COMPARE(welcome->findChild<QPushButton*>(QStringLiteral("welcomeDrill"))->text(),
                 QStringLiteral("訓練を開始…"));
    m_window->findChild<QAction*>(QStringLiteral("languageEnglish"))->trigger();
    QTRY_COMPARE(welcome->findChild<QPushButton*>(QStringLiteral("welcomeDrill"))->text(),
                 QStringLiteral("Start a drill…"));
}

// The overview is rich text: what people typed must show as typed, markup included, and follow edits.
void TestMainWindow::overviewShowsTheFactsAsTyped()
{
    IncidentDraft d;
    d.title = QStringLiteral("Checkout");
    d.severity = Severity::Sev1;
    d.impact = QStringLiteral("<b>30%</b> of payments & refunds fail\nin EU");
    d.answers.customersAffected = true;
    const auto declared = m_temp->core().incidents().declare(d);
    QVERIFY(declared.ok());
    m_window->workspace()->setIncident(declared->id);
    auto* text = m_window->findChild<QTextBrowser*>(QStringLiteral("overviewText"));
    QVERIFY(text);
    QTRY_VERIFY2(text->toPlainText().contains(QStringLiteral("<b>30%</b> of payments & refunds fail\nin EU")),
                 qPrintable(text->toPlainText()));
    QVERIFY(text->toPlainText().contains(QStringLiteral("SEV1 — ")));
    QVERIFY(text->toPlainText().contains(QStringLiteral("Customers affected:\tYes")) ||
            text->toPlainText().contains(QStringLiteral("Customers affected:\nYes")));
    QVERIFY(m_temp->core().incidents().setStatus(declared->id, IncidentStatus::Identified, {}).ok());
    QTRY_VERIFY(text->toPlainText().contains(QStringLiteral("Identified")));
}

// The command strip's clock: since declaration while it runs (in the UI language), how long it lasted once
// resolved.
void TestMainWindow::stripShowsHowLongTheIncidentHasRun()
{
    const QDateTime t0(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
    m_temp->clock().set(t0);
    const Incident i = m_temp->declare(QStringLiteral("Checkout"), Severity::Sev2);
    m_window->workspace()->setIncident(i.id);
    auto* clock = m_window->findChild<QLabel*>(QStringLiteral("stripClock"));
    QVERIFY(clock);
    QCOMPARE(clock->text(), QStringLiteral("Declared just now"));
    m_temp->clock().set(t0.addSecs(65 * 60));
    m_window->workspace()->setIncident(i.id);
    QCOMPARE(clock->text(), QStringLiteral("Declared 1 h 05 min ago"));
    m_window->findChild<QAction*>(QStringLiteral("languageJapanese"))->trigger();
    QTRY_COMPARE(clock->text(), QStringLiteral("宣言から 1時間05分"));
    m_window->findChild<QAction*>(QStringLiteral("languageEnglish"))->trigger();
    QTRY_COMPARE(clock->text(), QStringLiteral("Declared 1 h 05 min ago"));
    m_temp->clock().set(t0.addSecs(80 * 60));
    QVERIFY(m_temp->core().incidents().setStatus(i.id, IncidentStatus::Resolved, {}).ok());
    QTRY_COMPARE(clock->text(), QStringLiteral("Resolved after 1 h 20 min"));
}

void TestMainWindow::showsChangesFromAnotherProcess()
{
    auto* model = m_window->incidentList()->model();
    QCOMPARE(model->rowCount(), 0);
    const auto r = TestSupport::icctl({QStringLiteral("--db"), m_temp->dbPath(), QStringLiteral("incident"),
                                       QStringLiteral("declare"), QStringLiteral("--title"),
                                       QStringLiteral("from icctl"), QStringLiteral("--severity"),
                                       QStringLiteral("SEV3")});
    QCOMPARE(r.exitCode, 0);
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 1, 2000);
}

void TestMainWindow::opensOnTheFirstIncidentWithoutFocus()
{
    const Incident older = m_temp->declare(QStringLiteral("Older outage"), Severity::Sev3);
    const Incident newer = m_temp->declare(QStringLiteral("Newer outage"), Severity::Sev1);
    QVERIFY(
        m_temp->core().incidents().setStatus(older.id, IncidentStatus::Resolved, QStringLiteral("t")).ok());
    // The list cannot take the keyboard focus (as when the window manager does not activate the window), and
    // the window still opens on an incident: the first in the list (open ones first).
    MainWindow window(m_temp->core(), *m_localizer);
    QCOMPARE(window.workspace()->incidentId(), 0); // chosen when first shown, once the layout has its size
    window.incidentList()->findChild<QTableView*>()->setFocusPolicy(Qt::NoFocus);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.incidentList()->model()->incidentAt(0)->id, newer.id);
    QCOMPARE(window.workspace()->incidentId(), newer.id);
    QCOMPARE(window.incidentList()->selectedId(), newer.id);
}

void TestMainWindow::reopensTheIncidentLastOpenedInThatDatabase()
{
    m_temp->declare(QStringLiteral("First"), Severity::Sev2);
    const Incident second = m_temp->declare(QStringLiteral("Second"), Severity::Sev2);
    m_temp->declare(QStringLiteral("Third"), Severity::Sev2);
    auto* view = m_window->incidentList()->findChild<QTableView*>();
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 3);
    const int row = m_window->incidentList()->model()->rowOf(second.id);
    QVERIFY(row > 0); // not the row the window would open on anyway
    const QRect cell = view->visualRect(view->model()->index(row, 3));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(m_window->workspace()->incidentId(), second.id);
    m_window.reset();

    // Restarted on the same database: the incident clicked last is open again.
    MainWindow again(m_temp->core(), *m_localizer);
    again.show();
    QCOMPARE(again.workspace()->incidentId(), second.id);
    QCOMPARE(again.incidentList()->selectedId(), second.id);

    // Another database does not inherit the choice: its first incident is shown.
    TestSupport::TempCore other;
    const Incident elsewhere = other.declare(QStringLiteral("Elsewhere"), Severity::Sev4);
    MainWindow otherWindow(other.core(), *m_localizer);
    otherWindow.show();
    QCOMPARE(otherWindow.workspace()->incidentId(), elsewhere.id);
}

// Open incidents show their code in bold; the column must fit the longest code listed, no more, so that the
// title keeps the room.
void TestMainWindow::codeColumnMakesRoomForDrillsOnlyWhileOneIsListed()
{
    auto* view = m_window->incidentList()->findChild<QTableView*>();
    QVERIFY(view);
    auto* model = m_window->incidentList()->model();
    QFont bold = view->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    auto codeFits = [&](int row) {
        return fm.horizontalAdvance(model->index(row, IncidentListModel::Code).data().toString()) <
               view->columnWidth(IncidentListModel::Code);
    };

    m_temp->declare(QStringLiteral("Checkout errors"), Severity::Sev2);
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(codeFits(0));
    const int plain = view->columnWidth(IncidentListModel::Code);
    const int titleWithoutDrills = view->columnWidth(IncidentListModel::Title);

    const Incident drill =
        m_temp->declare(QStringLiteral("Rehearsal: checkout errors"), Severity::Sev3, true);
    QTRY_COMPARE(model->rowCount(), 2);
    QVERIFY(view->columnWidth(IncidentListModel::Code) > plain);
    QVERIFY(codeFits(model->rowOf(drill.id)));
    QVERIFY(view->columnWidth(IncidentListModel::Title) < titleWithoutDrills);

    // A width the user dragged survives reloads that list no new kind of code.
    view->horizontalHeader()->resizeSection(IncidentListModel::Code, 300);
    m_temp->declare(QStringLiteral("Login slow"), Severity::Sev4);
    QTRY_COMPARE(model->rowCount(), 3);
    QCOMPARE(view->columnWidth(IncidentListModel::Code), 300);

    // Drills hidden: the title gets the room back.
    auto* showDrills = m_window->findChild<QCheckBox*>(QStringLiteral("showDrills"));
    QVERIFY(showDrills && showDrills->isChecked());
    QTest::mouseClick(showDrills, Qt::LeftButton, {}, QPoint(4, showDrills->height() / 2));
    QTRY_COMPARE(model->rowCount(), 2);
    QCOMPARE(view->columnWidth(IncidentListModel::Code), plain);
    QCOMPARE(view->columnWidth(IncidentListModel::Title), titleWithoutDrills);
}

// The list's width is the user's: dragged narrower to give the timeline room, it stays so at the next start.
void TestMainWindow::remembersWhereTheUserLeftTheList()
{
    auto* split = m_window->findChild<QSplitter*>(QStringLiteral("mainSplit"));
    QVERIFY(split);
    QCOMPARE(m_window->size(), QSize(1280, 800));
    const QList<int> defaults = split->sizes();
    // The list cannot be dragged away to nothing: it would stay hidden at every start.
    split->setSizes({0, 1400});
    QVERIFY(split->sizes().at(0) > 0);
    m_window->resize(1100, 700); // not the size a new window has
    QTRY_COMPARE(m_window->size(), QSize(1100, 700));
    const QList<int> before = split->sizes();
    QList<int> dragged = before;
    dragged[0] = before.at(0) - 120;
    dragged[1] = before.at(1) + 120;
    split->setSizes(dragged);
    dragged = split->sizes();
    QVERIFY(m_window->close()); // saved on close, as when the user quits

    MainWindow again(m_temp->core(), *m_localizer);
    again.restoreLayout();
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(1100, 700));
    QTRY_COMPARE(again.findChild<QSplitter*>(QStringLiteral("mainSplit"))->sizes(), dragged);

    // A first start (nothing saved) keeps the default split.
    QSettings().clear();
    MainWindow fresh(m_temp->core(), *m_localizer);
    fresh.restoreLayout();
    fresh.resize(1280, 800);
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QTRY_COMPARE(fresh.findChild<QSplitter*>(QStringLiteral("mainSplit"))->sizes(), defaults);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
