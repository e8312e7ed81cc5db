#include "checklistpanel.h"
#include "guitestsupport.h"
#include "localizer.h"
#include "services/checklistservice.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"
#include "templateeditordialog.h"
#include "testsupport.h"

#include <QDir>
#include <QLayout>
#include <QTest>

// Renders the checklist panel and the template editor with realistic data in both languages. The images
// go to $IC_SCREENSHOT_DIR when set (docs/screenshots for the docs), else to a temporary folder, so that
// ctest always exercises the rendering without touching the source tree.
class TestChecklistScreenshots final : public QObject
{
    Q_OBJECT

private:
    QString outDir()
    {
        const QString dir = qEnvironmentVariable("IC_SCREENSHOT_DIR");
        return dir.isEmpty() ? m_tmp.path() : dir;
    }

    Incident scenario(TestSupport::TempCore& tc)
    {
        IncidentDraft d;
        d.title = QStringLiteral("Checkout API returns 503 for EU customers");
        d.severity = Severity::Sev1;
        d.author = QStringLiteral("aiko");
        const Incident i = tc.core().incidents().declare(d).value();
        ChecklistService& c = tc.core().checklists();
        tc.clock().advance(4 * 60000);
        c.check(c.findItem(i.id, QStringLiteral("1"))->id, QStringLiteral("aiko")).ok();
        tc.clock().advance(3 * 60000);
        c.check(c.findItem(i.id, QStringLiteral("2"))->id, QStringLiteral("aiko")).ok();
        c.skip(c.findItem(i.id, QStringLiteral("7"))->id, QStringLiteral("Ken scribes in the call"),
               QStringLiteral("aiko"))
            .ok();
        c.check(c.findItem(i.id, QStringLiteral("14"))->id, QStringLiteral("mei")).ok();
        c.addHelpRequest(i.id, QStringLiteral("operations"), QStringLiteral("ken")).ok();
        tc.clock().advance(12 * 60000); // 19 minutes in: some time boxes have passed
        return i;
    }

    void shoot(const QString& lang)
    {
        Localizer localizer;
        localizer.setLanguage(lang);
        TestSupport::TempCore tc;
        QVERIFY(tc.ok());
        const Incident i = scenario(tc);

        ChecklistPanel panel(tc.core());
        panel.resize(1280, 860);
        panel.show();
        panel.setIncident(i.id);
        panel.refreshClock();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.grab().save(QDir(outDir()).filePath(QStringLiteral("checklist-%1.png").arg(lang))));

        IncidentDraft tracked;
        tracked.title = QStringLiteral("Intermittent login timeouts");
        tracked.severity = Severity::Sev2;
        tracked.declare = false;
        tracked.detectedAt = tc.clock().now().addSecs(-42 * 60);
        tracked.answers.secondTeamNeeded = true;
        panel.setIncident(tc.core().incidents().declare(tracked).value().id);
        QCoreApplication::sendPostedEvents(); // let the layout take the helper's place before grabbing
        panel.layout()->activate();
        QVERIFY(
            panel.grab().save(QDir(outDir()).filePath(QStringLiteral("checklist-declare-%1.png").arg(lang))));

        TemplateEditorDialog editor(tc.core());
        editor.resize(1000, 680);
        editor.show();
        editor.selectTemplate(QStringLiteral("sev1"));
        editor.selectItem(1);
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(
            editor.grab().save(QDir(outDir()).filePath(QStringLiteral("template-editor-%1.png").arg(lang))));
    }

    QTemporaryDir m_tmp;

private slots:
    void english() { shoot(QStringLiteral("en")); }
    void japanese() { shoot(QStringLiteral("ja")); }
};

QTEST_MAIN(TestChecklistScreenshots)
#include "tst_checklistscreenshots.moc"
