#include "guitestsupport.h"
#include "reportfixture.h"

#include "barchart.h"
#include "followuplist.h"
#include "followupsoverviewdialog.h"
#include "followupspanel.h"
#include "incidentworkspace.h"
#include "localizer.h"
#include "metricsdialog.h"
#include "reportsmenu.h"
#include "reportspanel.h"
#include "reportwordingeditor.h"
#include "services/followupservice.h"
#include "services/reportservice.h"

#include <QAbstractItemModel>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

class TestReportsPanel final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { ReportFixture::fixTimeZone(); }
    void init();
    void cleanup();
    void previewInBothLanguages();
    void editedWordingIsPreviewedSavedAndExported();
    void exportsPdf();
    void copiesMarkdown();
    void periodOfImpactAndTimeZone();
    void wordingHistoryListsEverySavedVersion();
    void restoresAnEarlierVersionFromTheHistory();
    void followsTheUiLanguage();
    void followUpsPanelAddsAndCloses();
    void followUpsFitTheDefaultWindow();
    void overviewListsAndExports();
    void metricsDialogShowsFigures();
    void workspaceHasTheTabs();
    void reportsMenuFollowsTheLanguage();
    void followUpsAndMetricsFollowTheLanguage();

private:
    std::unique_ptr<TestSupport::TempCore> m_tc;
    std::unique_ptr<Localizer> m_localizer;
    qint64 m_id = 0;
};

void TestReportsPanel::init()
{
    m_localizer = std::make_unique<Localizer>();
    m_localizer->setLanguage(QStringLiteral("en"));
    m_tc = std::make_unique<TestSupport::TempCore>();
    QVERIFY(m_tc->ok());
    m_id = ReportFixture::seed(*m_tc);
}

void TestReportsPanel::cleanup()
{
    m_tc.reset();
    m_localizer.reset();
}

void TestReportsPanel::previewInBothLanguages()
{
    ReportsPanel panel(m_tc->core());
    panel.setIncident(m_id);
    panel.setKind(ReportKind::CustomerReport);
    panel.setReportLanguage(QStringLiteral("ja"));
    const QString ja = panel.preview()->toPlainText();
    QVERIFY2(ja.contains(QStringLiteral("障害報告書")), qPrintable(ja));
    QVERIFY(ja.contains(QStringLiteral("影響期間")));
    QVERIFY(ja.contains(ReportFixture::hostileTitle())); // shown literally, not interpreted
    QVERIFY(!ja.contains(QStringLiteral("Card payments fail since"))); // internal entries (the handoff) stay out
    panel.setReportLanguage(QStringLiteral("en"));
    panel.setKind(ReportKind::Postmortem);
    const QString en = panel.preview()->toPlainText();
    QVERIFY(en.contains(QStringLiteral("Where we got lucky")));
    QVERIFY(en.contains(QStringLiteral("Card payments fail since"))); // the handoff entry with its briefing
    // The incident document has nothing to edit; the postmortem has its sections.
    QVERIFY(panel.wordingEditor()->editor(QStringLiteral("postmortem.lessons")));
    panel.setKind(ReportKind::IncidentDocument);
    QVERIFY(panel.wordingEditor()->values().isEmpty());
    QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("saveWording"))->isVisibleTo(&panel));
}

void TestReportsPanel::editedWordingIsPreviewedSavedAndExported()
{
    ReportsPanel panel(m_tc->core());
    panel.show();
    panel.setIncident(m_id);
    panel.setKind(ReportKind::CustomerReport);
    panel.setReportLanguage(QStringLiteral("ja"));
    QPlainTextEdit* prevention = panel.wordingEditor()->editor(QStringLiteral("customer.prevention"));
    QVERIFY(prevention);
    QVERIFY(prevention->placeholderText().contains(QStringLiteral("接続プールの上限を見直す"))); // derived default
    prevention->setFocus();
    TestSupport::typeText(prevention, QStringLiteral("監視を追加します <i>"));
    QTRY_VERIFY(panel.preview()->toPlainText().contains(QStringLiteral("監視を追加します <i>")));
    QVERIFY(m_tc->core().reports().wording(m_id)->value(QStringLiteral("customer.prevention")).isEmpty()); // not yet saved

    const QString path = m_tc->path(QStringLiteral("customer.md"));
    QSignalSpy exported(&panel, &ReportsPanel::exported);
    QVERIFY(panel.exportTo(ReportFormat::Markdown, path));
    QCOMPARE(exported.count(), 1);
    QCOMPARE(m_tc->core().reports().wording(m_id)->value(QStringLiteral("customer.prevention")),
             QStringLiteral("監視を追加します <i>"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(file.readAll()).contains(QStringLiteral("監視を追加します \\<i\\>")));
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("reportMessage"))->text().contains(QStringLiteral("customer.md")));

    // Switching document or incident keeps what was typed.
    QVERIFY(m_tc->core().reports().saveWording(m_id, {{QStringLiteral("customer.prevention"), QString()}}, {}).ok());
    panel.setKind(ReportKind::CustomerReport);
    prevention = panel.wordingEditor()->editor(QStringLiteral("customer.prevention"));
    prevention->setPlainText(QStringLiteral("二重化します"));
    panel.setKind(ReportKind::Postmortem);
    QCOMPARE(m_tc->core().reports().wording(m_id)->value(QStringLiteral("customer.prevention")), QStringLiteral("二重化します"));
    panel.setKind(ReportKind::CustomerReport);
    prevention = panel.wordingEditor()->editor(QStringLiteral("customer.prevention"));
    QCOMPARE(prevention->toPlainText(), QStringLiteral("二重化します"));
    prevention->setPlainText(QStringLiteral("監視を追加します <i>"));
    panel.setIncident(0);
    QCOMPARE(m_tc->core().reports().wording(m_id)->value(QStringLiteral("customer.prevention")),
             QStringLiteral("監視を追加します <i>"));
    panel.setIncident(m_id);
    prevention = panel.wordingEditor()->editor(QStringLiteral("customer.prevention"));

    // Clearing the box goes back to the derived wording.
    prevention->clear();
    QVERIFY(panel.saveWording());
    QVERIFY(!m_tc->core().reports().wording(m_id)->contains(QStringLiteral("customer.prevention")));
}

void TestReportsPanel::wordingHistoryListsEverySavedVersion()
{
    ReportsPanel panel(m_tc->core());
    panel.show();
    panel.setIncident(m_id);
    panel.setKind(ReportKind::CustomerReport);
    QPlainTextEdit* cause = panel.wordingEditor()->editor(QStringLiteral("customer.cause"));
    QVERIFY(cause);
    // The seed saved carol's wording; this user rewrites it twice.
    cause->setFocus();
    cause->selectAll();
    TestSupport::typeText(cause, QStringLiteral("A configuration change halved the pool."));
    auto* save = panel.findChild<QPushButton*>(QStringLiteral("saveWording"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTest::mouseClick(save, Qt::LeftButton); // nothing changed: no new version
    cause->selectAll();
    TestSupport::typeText(cause, QStringLiteral("A release halved the pool."));

    // History saves what was just typed, then lists every version, oldest first, with who saved it.
    QStringList shown;
    TestSupport::whenModalShown([&shown](QWidget* dialog) {
        auto* list = dialog->findChild<QListWidget*>();
        for (int row = 0; list && row < list->count(); ++row)
            shown << list->item(row)->text();
        dialog->close();
    });
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("wordingHistory")), Qt::LeftButton);
    QTRY_COMPARE(shown.size(), 3);
    QVERIFY2(shown.at(0).startsWith(QStringLiteral("Cause")), qPrintable(shown.at(0)));
    QVERIFY(shown.at(0).contains(QStringLiteral("carol")));
    QVERIFY(shown.at(0).endsWith(QStringLiteral("A configuration change <b>reduced</b> the pool | size.")));
    QVERIFY(shown.at(1).endsWith(QStringLiteral("A configuration change halved the pool.")));
    QVERIFY(shown.at(2).endsWith(QStringLiteral("A release halved the pool.")));
    QVERIFY(shown.at(2).contains(m_tc->core().userName()));
    QCOMPARE(panel.wordingHistory(), shown);
    // The postmortem's wording has no versions yet.
    panel.setKind(ReportKind::Postmortem);
    QVERIFY(panel.wordingHistory().isEmpty());
}

// Select carol's first wording in the History dialog, click Restore: it is the wording again, in the box, in
// the database and in the preview, and the restore is the newest version, saved by this user.
void TestReportsPanel::restoresAnEarlierVersionFromTheHistory()
{
    ReportsPanel panel(m_tc->core());
    panel.show();
    panel.setIncident(m_id);
    panel.setKind(ReportKind::CustomerReport);
    panel.setReportLanguage(QStringLiteral("en"));
    QPlainTextEdit* cause = panel.wordingEditor()->editor(QStringLiteral("customer.cause"));
    QVERIFY(cause);
    const QString carols = cause->toPlainText();
    QVERIFY(carols.contains(QStringLiteral("<b>reduced</b>")));
    cause->setFocus();
    cause->selectAll();
    TestSupport::typeText(cause, QStringLiteral("A release halved the pool."));

    bool disabledUntilSelected = false;
    TestSupport::whenModalShown([&disabledUntilSelected](QWidget* dialog) {
        auto* list = dialog->findChild<QListWidget*>();
        auto* restore = dialog->findChild<QPushButton*>(QStringLiteral("restoreVersion"));
        if (!list || !restore) {
            dialog->close();
            return;
        }
        disabledUntilSelected = !restore->isEnabled();
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
        QTest::mouseClick(restore, Qt::LeftButton);
    });
    QTest::mouseClick(panel.findChild<QPushButton*>(QStringLiteral("wordingHistory")), Qt::LeftButton);
    // The boxes are rebuilt from what is saved: look the section's box up again.
    QTRY_COMPARE(panel.wordingEditor()->editor(QStringLiteral("customer.cause"))->toPlainText(), carols);
    QVERIFY(disabledUntilSelected);
    QCOMPARE(m_tc->core().reports().wording(m_id)->value(QStringLiteral("customer.cause")), carols);
    const auto versions = m_tc->core().reports().wordingHistory(m_id, QStringLiteral("customer.cause"));
    QCOMPARE(versions->size(), 3); // carol's, the release, the restore
    QCOMPARE(versions->last().text, carols);
    QCOMPARE(versions->last().savedBy, m_tc->core().userName());
    QVERIFY(!panel.wordingEditor()->isModified());
    QVERIFY2(panel.findChild<QLabel*>(QStringLiteral("reportMessage"))
                 ->text()
                 .startsWith(QStringLiteral("Restored")),
             qPrintable(panel.findChild<QLabel*>(QStringLiteral("reportMessage"))->text()));
    QTRY_VERIFY(
        panel.preview()->toPlainText().contains(QStringLiteral("A configuration change <b>reduced</b>")));
}

void TestReportsPanel::periodOfImpactAndTimeZone()
{
    ReportsPanel panel(m_tc->core());
    panel.setIncident(m_id);
    panel.setKind(ReportKind::CustomerReport);
    panel.setReportLanguage(QStringLiteral("en"));
    panel.setTimeZone("America/New_York");
    QVERIFY(panel.preview()->toPlainText().contains(QStringLiteral("2026-11-29 03:30 EST (08:30 UTC)")));
    panel.setTimeZone("Asia/Tokyo");
    ReportWordingEditor* editor = panel.wordingEditor();
    QVERIFY(editor->periodBox()->isVisibleTo(&panel));
    QVERIFY(!editor->periodBox()->isChecked());
    QCOMPARE(editor->periodStart()->dateTime().toUTC(), QDateTime(QDate(2026, 11, 29), QTime(8, 30), Qt::UTC));
    editor->periodBox()->setChecked(true);
    editor->periodStart()->setDateTime(QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC).toLocalTime());
    QTRY_VERIFY(panel.preview()->toPlainText().contains(QStringLiteral("2026-11-29 17:00 JST (08:00 UTC)")));
    QVERIFY(panel.saveWording());
    QCOMPARE(m_tc->core().reports().wording(m_id)->value(QStringLiteral("customer.impact_start")),
             QStringLiteral("2026-11-29T08:00:00Z"));
    editor->periodBox()->setChecked(false);
    QVERIFY(panel.saveWording());
    QVERIFY(!m_tc->core().reports().wording(m_id)->contains(QStringLiteral("customer.impact_start")));
    panel.setKind(ReportKind::Postmortem);
    QVERIFY(!editor->periodBox()->isVisibleTo(&panel));
}

void TestReportsPanel::copiesMarkdown()
{
    ReportsPanel panel(m_tc->core());
    panel.setIncident(m_id);
    panel.setKind(ReportKind::IncidentDocument);
    panel.setReportLanguage(QStringLiteral("ja"));
    panel.findChild<QPushButton*>(QStringLiteral("copyMarkdown"))->click();
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(text.startsWith(QStringLiteral("# インシデント文書: ")), qPrintable(text.left(80)));
    QVERIFY(text.contains(QStringLiteral("\\<script\\>")));
}

void TestReportsPanel::exportsPdf()
{
    ReportsPanel panel(m_tc->core());
    panel.setIncident(m_id);
    panel.setKind(ReportKind::ExecutiveSummary);
    const QString path = m_tc->path(QStringLiteral("exec.pdf"));
    QVERIFY(panel.exportTo(ReportFormat::Pdf, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    QVERIFY(!panel.exportTo(ReportFormat::Html, m_tc->path(QStringLiteral("missing/dir/x.html"))));
    QVERIFY(!panel.findChild<QLabel*>(QStringLiteral("reportMessage"))->text().isEmpty());
}

void TestReportsPanel::followsTheUiLanguage()
{
    ReportsPanel panel(m_tc->core());
    panel.setIncident(m_id);
    auto* kind = panel.findChild<QComboBox*>(QStringLiteral("reportKind"));
    panel.setKind(ReportKind::CustomerReport);
    QCOMPARE(kind->currentText(), QStringLiteral("Customer incident report"));
    m_localizer->setLanguage(QStringLiteral("ja"));
    QTRY_COMPARE(kind->currentText(), QStringLiteral("障害報告書"));
    QCOMPARE(panel.title(), QStringLiteral("レポート"));
    QCOMPARE(panel.findChild<QPushButton*>(QStringLiteral("exportPdf"))->text(), QStringLiteral("PDF を書き出す…"));
    // The report language is the user's choice, not the UI's.
    panel.setReportLanguage(QStringLiteral("en"));
    QVERIFY(panel.preview()->toPlainText().contains(QStringLiteral("Customer incident report")));
    m_localizer->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(kind->currentText(), QStringLiteral("Customer incident report"));
}

void TestReportsPanel::followUpsPanelAddsAndCloses()
{
    FollowUpsPanel panel(m_tc->core());
    panel.setIncident(m_id);
    auto* table = panel.findChild<QTableView*>(QStringLiteral("followUpTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    TestSupport::whenModalShown([](QWidget* dialog) {
        auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("followUpTitle"));
        title->setFocus();
        TestSupport::typeText(title, QStringLiteral("監視を追加 (replica lag)"));
        dialog->findChild<QLineEdit*>(QStringLiteral("followUpLink"))->setText(QStringLiteral("javascript:x"));
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        // The dialog stays with the error; fix the link and accept again.
        TestSupport::whenModalShown([](QWidget* again) {
            QVERIFY(!again->findChild<QLabel*>(QStringLiteral("followUpError"))->text().isEmpty());
            again->findChild<QLineEdit*>(QStringLiteral("followUpLink"))->setText(QStringLiteral("https://t.example/1"));
            again->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
    });
    const qint64 added = panel.addFollowUp();
    QVERIFY(added > 0);
    QTRY_COMPARE(table->model()->rowCount(), 3);
    QCOMPARE(m_tc->core().followUps().get(added)->title, QStringLiteral("監視を追加 (replica lag)"));
    QVERIFY(panel.findChild<QLabel*>(QStringLiteral("followUpSummary"))->text().contains(QStringLiteral("3 open")));

    int row = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        if (table->model()->index(r, 0).data(Qt::UserRole + 1).toLongLong() == added)
            row = r;
    table->selectRow(row);
    auto* done = panel.findChild<QPushButton*>(QStringLiteral("markFollowUpDone"));
    QVERIFY(done->isEnabled());
    done->click();
    QTRY_COMPARE(m_tc->core().followUps().get(added)->status, FollowUpStatus::Done);
    QTRY_VERIFY(panel.findChild<QLabel*>(QStringLiteral("followUpSummary"))->text().contains(QStringLiteral("2 open")));
}

// The follow-ups tab gets about 750 pixels in the default window: the action takes the room left, and a long
// tracker URL is cut to a cap (full in the tooltip) instead of pushing the table sideways.
void TestReportsPanel::followUpsFitTheDefaultWindow()
{
    FollowUp f;
    f.incidentId = m_id;
    f.title = QStringLiteral("Add a circuit breaker between checkout and the payment gateway");
    f.trackerUrl = QStringLiteral("https://tracker.example.com/projects/payments/issues/12345?view=full&tab=activity");
    QVERIFY(m_tc->core().followUps().add(f, QStringLiteral("t")).ok());
    FollowUpsPanel panel(m_tc->core());
    panel.resize(750, 400);
    panel.setIncident(m_id);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto* table = panel.findChild<QTableView*>(QStringLiteral("followUpTable"));
    QCOMPARE(table->model()->rowCount(), 3);
    QTRY_COMPARE(table->horizontalScrollBar()->maximum(), 0);
    int action = -1;
    for (int c = 0; c < table->model()->columnCount(); ++c)
        if (table->model()->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Action"))
            action = c;
    QVERIFY(action >= 0);
    for (int c = 0; c < table->model()->columnCount(); ++c)
        QVERIFY2(c == action || table->columnWidth(c) < table->columnWidth(action),
                 qPrintable(table->model()->headerData(c, Qt::Horizontal).toString()));
}

void TestReportsPanel::overviewListsAndExports()
{
    FollowUpsOverviewDialog dialog(m_tc->core());
    auto* table = dialog.findChild<QTableView*>(QStringLiteral("followUpTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("INC-2026-0001"));
    dialog.setShow(FollowUpsOverviewDialog::Show::Overdue);
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(table->model()->index(0, 5).data().toString().contains(QStringLiteral("overdue")));
    const QString csv = m_tc->path(QStringLiteral("f.csv"));
    QVERIFY(dialog.exportTo(csv, false));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QCOMPARE(text.count(QStringLiteral("\r\n")), 2); // header and the overdue item
    QVERIFY(text.contains(QStringLiteral("\"'=HYPERLINK(")));
    QVERIFY(dialog.exportTo(m_tc->path(QStringLiteral("f.json")), true));
}

void TestReportsPanel::metricsDialogShowsFigures()
{
    MetricsDialog dialog(m_tc->core());
    dialog.setRange(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QCOMPARE(dialog.metrics().incidentCount, 1);
    QCOMPARE(dialog.metrics().timeToDeclare.medianMs, qint64(15 * 60 * 1000));
    QCOMPARE(dialog.severityChart()->groups().size(), 4);
    QCOMPARE(dialog.monthChart()->groups().size(), 1);
    QCOMPARE(dialog.durationChart()->groups().at(2).values.at(0), 50.0); // detected 08:30 → mitigated 09:20
    dialog.setRange(QDate(2025, 1, 1), QDate(2025, 1, 31));
    QCOMPARE(dialog.metrics().incidentCount, 0);
    const QString path = m_tc->path(QStringLiteral("m.csv"));
    QVERIFY(dialog.exportCsv(path));
    QVERIFY(QFile::exists(path));
    dialog.setRange(QDate(2026, 11, 1), QDate(2026, 11, 30));
    const QString rows = m_tc->path(QStringLiteral("rows.csv"));
    QVERIFY(dialog.exportPerIncidentCsv(rows));
    QFile file(rows);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()).count(QStringLiteral("\r\n")), 2);
}

void TestReportsPanel::workspaceHasTheTabs()
{
    IncidentWorkspace workspace(m_tc->core());
    workspace.setIncident(m_id);
    QStringList titles;
    for (int i = 0; i < workspace.tabs()->count(); ++i)
        titles << workspace.tabs()->tabText(i);
    QVERIFY2(titles.contains(QStringLiteral("Reports")) && titles.contains(QStringLiteral("Follow-ups")),
             qPrintable(titles.join(QLatin1Char(','))));
}

void TestReportsPanel::reportsMenuFollowsTheLanguage()
{
    ReportsMenu menu(m_tc->core());
    QCOMPARE(menu.title(), QStringLiteral("&Reports"));
    m_localizer->setLanguage(QStringLiteral("ja"));
    QTRY_COMPARE(menu.title(), QStringLiteral("レポート(&R)"));
    QCOMPARE(menu.metricsAction()->text(), QStringLiteral("インシデントの指標(&M)…"));
    auto openMetrics = [] {
        QList<MetricsDialog*> out;
        for (QWidget* w : QApplication::topLevelWidgets())
            if (auto* d = qobject_cast<MetricsDialog*>(w); d && d->isVisible())
                out << d;
        return out;
    };
    menu.metricsAction()->trigger();
    menu.metricsAction()->trigger(); // raised again, not opened twice
    QTRY_COMPARE(openMetrics().size(), 1);
    QCOMPARE(openMetrics().first()->windowTitle(), QStringLiteral("インシデントの指標"));
    openMetrics().first()->close();
    m_localizer->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(menu.title(), QStringLiteral("&Reports"));
}

void TestReportsPanel::followUpsAndMetricsFollowTheLanguage()
{
    FollowUpsPanel panel(m_tc->core());
    panel.setIncident(m_id);
    FollowUpsOverviewDialog overview(m_tc->core());
    MetricsDialog metrics(m_tc->core());
    auto* table = panel.findChild<QTableView*>(QStringLiteral("followUpTable"));
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Action"));
    m_localizer->setLanguage(QStringLiteral("ja"));
    QTRY_COMPARE(panel.findChild<QPushButton*>(QStringLiteral("addFollowUp"))->text(), QStringLiteral("フォローアップを追加…"));
    QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("対応内容"));
    QCOMPARE(table->model()->index(0, 1).data().toString(), QStringLiteral("予防")); // type label
    QCOMPARE(panel.title(), QStringLiteral("フォローアップ"));
    QCOMPARE(overview.windowTitle(), QStringLiteral("全インシデントのフォローアップ"));
    QCOMPARE(metrics.windowTitle(), QStringLiteral("インシデントの指標"));
    QVERIFY(metrics.findChild<QLabel*>(QStringLiteral("metricsSummary"))->text().contains(QStringLiteral("件")));
    m_localizer->setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(overview.windowTitle(), QStringLiteral("Follow-ups across incidents"));
}

QTEST_MAIN(TestReportsPanel)
#include "tst_reportspanel.moc"
