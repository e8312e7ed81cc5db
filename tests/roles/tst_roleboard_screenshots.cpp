#include "guitestsupport.h"
#include "handoffdialog.h"
#include "incidentworkspace.h"
#include "localizer.h"
#include "rolefixture.h"
#include "services/channelservice.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>
#include <QTabWidget>
#include <QTest>

// Renders the role board at a realistic size in English and Japanese. With IC_SCREENSHOT_DIR set the
// images are written there (docs/screenshots); otherwise into a temporary folder, so ctest still checks
// that the board renders.
class TestRoleBoardScreenshots final : public QObject
{
    Q_OBJECT

private slots:
    void grabBothLanguages_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ja") << QStringLiteral("ja");
    }

    void grabBothLanguages()
    {
        QFETCH(QString, lang);
        Localizer localizer;
        QVERIFY(localizer.setLanguage(lang));
        TestSupport::TempCore t;
        QVERIFY(t.ok());
        const RoleFixture::Seeded seeded = RoleFixture::seed(t.core());
        QVERIFY(seeded.incident.id);

        IncidentWorkspace workspace(t.core());
        workspace.resize(1180, 820);
        workspace.setIncident(seeded.incident.id);
        QTabWidget* tabs = workspace.tabs();
        for (int i = 0; i < tabs->count(); ++i)
            if (tabs->widget(i)->objectName() == QStringLiteral("roleBoardTab"))
                tabs->setCurrentIndex(i);
        workspace.show();
        QVERIFY(QTest::qWaitForWindowExposed(&workspace));
        QCoreApplication::processEvents(); // the board's tab is built on first show: let its layout settle
        const QImage image = workspace.grab().toImage();
        QVERIFY(!image.isNull());

        const QString dir = qEnvironmentVariable("IC_SCREENSHOT_DIR", t.path(QStringLiteral("shots")));
        QVERIFY(QDir().mkpath(dir));
        const QString file = QDir(dir).filePath(QStringLiteral("roles-%1.png").arg(lang));
        QVERIFY2(image.save(file), qPrintable(file));

        // The handoff dialog with its prefilled briefing, at its default size, with channels to announce to.
        for (const auto& [name, audience] : {std::pair{QStringLiteral("#incident-room"), Audience::Responders},
                                             std::pair{QStringLiteral("Exec updates"), Audience::Executives}}) {
            ChannelDraft c;
            c.name = name;
            c.url = QStringLiteral("https://hooks.slack.com/services/T0/B0/x");
            c.audience = audience;
            QVERIFY(t.core().channels().add(c).ok());
        }
        HandoffDialog handoff(t.core(), seeded.incident.id, QStringLiteral("commander"));
        handoff.show();
        QVERIFY(QTest::qWaitForWindowExposed(&handoff));
        const QString handoffFile = QDir(dir).filePath(QStringLiteral("roles-handoff-%1.png").arg(lang));
        QVERIFY2(handoff.grab().toImage().save(handoffFile), qPrintable(handoffFile));
    }
};

QTEST_MAIN(TestRoleBoardScreenshots)
#include "tst_roleboard_screenshots.moc"
