#include "commandstrip.h"
#include "guitestsupport.h"
#include "localizer.h"
#include "mainwindow.h"
#include "services/roleservice.h"
#include "testsupport.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

// Declaring an incident in the window makes the declaring user its Incident Commander, and the command
// strip at the top of the workspace says so at once.
class TestDeclareTakesCommand final : public QObject
{
    Q_OBJECT

private slots:
    void declarerBecomesCommander()
    {
        TestSupport::TempCore t;
        QVERIFY(t.ok());
        Localizer localizer;
        QVERIFY(localizer.setLanguage(QStringLiteral("en")));
        MainWindow window(t.core(), localizer);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        TestSupport::whenModalShown([](QWidget* dialog) {
            auto* title = dialog->findChild<QLineEdit*>(QStringLiteral("title"));
            title->setFocus();
            TestSupport::typeText(title, QStringLiteral("ログインできない"));
            auto* buttons = dialog->findChild<QDialogButtonBox*>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        const qint64 id = window.declareIncident();
        QVERIFY(id);
        const auto ic = t.core().roles().holder(id, Roles::commander);
        QVERIFY(ic && ic.value());
        QCOMPARE(ic.value()->personName, QStringLiteral("tester"));
        auto* strip = window.findChild<QLabel*>(QStringLiteral("stripCommander"));
        QVERIFY(strip);
        QTRY_VERIFY(strip->text().contains(QStringLiteral("tester")));
    }
};

QTEST_MAIN(TestDeclareTakesCommand)
#include "tst_declaretakescommand.moc"
