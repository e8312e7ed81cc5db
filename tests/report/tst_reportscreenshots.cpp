#include "guitestsupport.h"
#include "reportfixture.h"

#include "followupsoverviewdialog.h"
#include "followupspanel.h"
#include "incidentlistpanel.h"
#include "incidentworkspace.h"
#include "localizer.h"
#include "mainwindow.h"
#include "metricsdialog.h"
#include "reportspanel.h"
#include "services/incidentservice.h"
#include "services/reportservice.h"
#include "services/timelineservice.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

// Screenshots of the report preview, the follow-ups and the metrics in both languages. Written to
// IC_SCREENSHOT_DIR when set (docs/screenshots), else to a temporary folder; always checked not to be blank.
class TestReportScreenshots final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void screenshots_data();
    void screenshots();

private:
    void seedHistory(TestSupport::TempCore& tc);
    void save(QWidget* w, const QString& name);
    void showAt(QTextBrowser* preview, const QString& heading);
    QString m_dir;
    QTemporaryDir m_tmp;
};

void TestReportScreenshots::initTestCase()
{
    ReportFixture::fixTimeZone();
    m_dir = qEnvironmentVariable("IC_SCREENSHOT_DIR", m_tmp.path());
    QDir().mkpath(m_dir);
    QFont font(QStringLiteral("Noto Sans CJK JP"));
    font.setPointSize(10);
    QApplication::setFont(font);
}

void TestReportScreenshots::seedHistory(TestSupport::TempCore& tc)
{
    // A few earlier incidents so the metrics have something to chart.
    const QList<std::tuple<int, int, Severity, int, int>> plan{
        {9, 12, Severity::Sev3, 20, 95}, {10, 3, Severity::Sev2, 12, 140}, {10, 21, Severity::Sev1, 8, 75},
        {11, 8, Severity::Sev2, 25, 210}, {11, 17, Severity::Sev4, 40, 60}};
    for (const auto& [month, day, severity, declare, resolve] : plan) {
        const QDateTime detected(QDate(2026, month, day), QTime(1, 0), Qt::UTC);
        tc.clock().set(detected.addSecs(declare * 60));
        IncidentDraft d;
        d.title = QStringLiteral("Earlier incident");
        d.severity = severity;
        d.detectedAt = detected;
        const auto i = tc.core().incidents().declare(d);
        EntryDraft e;
        e.kind = EntryKind::Communication;
        e.text = QStringLiteral("update");
        e.occurredAt = detected.addSecs((declare + 15) * 60);
        QVERIFY(tc.core().timeline().add(i->id, e).ok());
        tc.clock().set(detected.addSecs(resolve * 45));
        QVERIFY(tc.core().incidents().setStatus(i->id, IncidentStatus::Monitoring, {}).ok());
        tc.clock().set(detected.addSecs(resolve * 60));
        QVERIFY(tc.core().incidents().setStatus(i->id, IncidentStatus::Resolved, {}).ok());
    }
}

void TestReportScreenshots::save(QWidget* w, const QString& name)
{
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    QCoreApplication::processEvents();
    const QImage image = w->grab().toImage();
    QVERIFY(!image.isNull());
    QVERIFY(image.save(QDir(m_dir).filePath(name)));
    // Not blank: more than a handful of distinct colours.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7)
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    QVERIFY(colours.size() > 8);
}

// Scrolls the preview so that the heading is at the top (the window must be laid out first).
void TestReportScreenshots::showAt(QTextBrowser* preview, const QString& heading)
{
    preview->window()->show();
    QVERIFY(QTest::qWaitForWindowExposed(preview->window()));
    const QTextCursor at = preview->document()->find(heading);
    QVERIFY2(!at.isNull(), qPrintable(heading));
    // Twice: the first scroll may still change the layout above (pending resizes re-wrap the text).
    for (int pass = 0; pass < 2; ++pass) {
        QCoreApplication::processEvents();
        const QRectF block = preview->document()->documentLayout()->blockBoundingRect(at.block());
        preview->verticalScrollBar()->setValue(int(block.top()) - 8);
    }
    QVERIFY(preview->verticalScrollBar()->value() > 0);
}

void TestReportScreenshots::screenshots_data()
{
    QTest::addColumn<QString>("lang");
    QTest::newRow("ja") << QStringLiteral("ja");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestReportScreenshots::screenshots()
{
    QFETCH(QString, lang);
    Localizer localizer;
    localizer.setLanguage(lang);
    TestSupport::TempCore tc;
    seedHistory(tc);
    const qint64 id = ReportFixture::seed(tc);

    ReportsPanel reports(tc.core());
    reports.resize(1280, 820);
    reports.setIncident(id);
    reports.setKind(ReportKind::CustomerReport);
    reports.setReportLanguage(lang);
    save(&reports, QStringLiteral("report-preview-%1.png").arg(lang));
    reports.setKind(ReportKind::Postmortem);
    save(&reports, QStringLiteral("report-postmortem-%1.png").arg(lang));
    // The incident document, scrolled to the command hierarchy (role board history and handoffs).
    reports.setKind(ReportKind::IncidentDocument);
    showAt(reports.preview(), lang == QStringLiteral("ja") ? QStringLiteral("指揮系統") : QStringLiteral("Command hierarchy"));
    save(&reports, QStringLiteral("report-incident-doc-%1.png").arg(lang));

    // The wording's History dialog, the first version selected to restore.
    reports.setKind(ReportKind::CustomerReport);
    QVERIFY(tc.core()
                .reports()
                .saveWording(id,
                             {{QStringLiteral("customer.cause"),
                               lang == QStringLiteral("ja")
                                   ? QStringLiteral("リリースで接続プールが半分になりました。")
                                   : QStringLiteral("A release halved the pool.")}},
                             QStringLiteral("dave"))
                .ok());
    bool historyShown = false;
    TestSupport::whenModalShown([this, &lang, &historyShown](QWidget* dialog) {
        if (auto* list = dialog->findChild<QListWidget*>(); list && list->count() > 1)
            list->setCurrentRow(0);
        save(dialog, QStringLiteral("report-wording-history-%1.png").arg(lang));
        historyShown = dialog->findChild<QPushButton*>(QStringLiteral("restoreVersion"))->isEnabled();
        dialog->close();
    });
    reports.findChild<QPushButton*>(QStringLiteral("wordingHistory"))->click();
    QTRY_VERIFY(historyShown);

    FollowUpsPanel followUps(tc.core());
    followUps.resize(1100, 320);
    followUps.setIncident(id);
    save(&followUps, QStringLiteral("report-followups-%1.png").arg(lang));

    FollowUpsOverviewDialog overview(tc.core());
    overview.setShow(FollowUpsOverviewDialog::Show::All);
    save(&overview, QStringLiteral("report-followups-overview-%1.png").arg(lang));

    // The whole window with the Reports tab open: the panel in its place.
    MainWindow window(tc.core(), localizer);
    window.resize(1400, 900);
    window.incidentList()->select(id);
    window.workspace()->setIncident(id);
    QTabWidget* tabs = window.workspace()->tabs();
    for (int t = 0; t < tabs->count(); ++t)
        if (tabs->tabText(t) == ReportsPanel::name())
            tabs->setCurrentIndex(t);
    save(&window, QStringLiteral("report-window-%1.png").arg(lang));
    window.close();

    MetricsDialog metrics(tc.core());
    metrics.setRange(QDate(2026, 9, 1), QDate(2026, 11, 30));
    save(&metrics, QStringLiteral("report-metrics-%1.png").arg(lang));
}

QTEST_MAIN(TestReportScreenshots)
#include "tst_reportscreenshots.moc"
