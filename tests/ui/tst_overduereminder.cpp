// Overdue updates become one reminder per check, naming the incidents and audiences, in either language.
#include "localizer.h"
#include "overduereminder.h"
#include "services/cadenceservice.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>
#include <QWidget>

namespace {
// A core with a manual clock, the interface language, and the reminder of a window.
struct Fixture
{
    explicit Fixture(const QString& language)
    {
        localizer.setLanguage(language);
        reminder = std::make_unique<OverdueReminder>(t.core(), &window);
    }
    TestSupport::TempCore t;
    Localizer localizer;
    QWidget window;
    std::unique_ptr<OverdueReminder> reminder;
};
} // namespace

class TestOverdueReminder : public QObject
{
    Q_OBJECT
private slots:
    void oneOverdueUpdateIsNamed();
    void severalAtOnceBecomeOneReminder();
    void manyAreCountedInJapanese();
};

void TestOverdueReminder::oneOverdueUpdateIsNamed()
{
    Fixture f(QStringLiteral("en"));
    auto& t = f.t;
    auto& reminder = *f.reminder;
    const Incident i = t.declare(QStringLiteral("Checkout down"), Severity::Sev1);
    QSignalSpy reminded(&reminder, &OverdueReminder::reminded);
    t.clock().advance(21 * 60 * 1000); // customers of a SEV1 hear every 20 minutes
    t.core().cadence().checkOverdue();
    QVERIFY(reminded.wait());
    QCOMPARE(reminded.count(), 1);
    QCOMPARE(reminded.first().first().toString(), i.code + QStringLiteral(": the update to Customers is overdue."));
    QCOMPARE(reminder.lastMessage(), reminded.first().first().toString());
}

void TestOverdueReminder::severalAtOnceBecomeOneReminder()
{
    Fixture f(QStringLiteral("en"));
    auto& t = f.t;
    auto& reminder = *f.reminder;
    const Incident a = t.declare(QStringLiteral("Checkout down"), Severity::Sev1);
    const Incident b = t.declare(QStringLiteral("Login down"), Severity::Sev1);
    QSignalSpy overdue(&t.core().cadence(), &CadenceService::updateOverdue);
    QSignalSpy reminded(&reminder, &OverdueReminder::reminded);
    t.clock().advance(21 * 60 * 1000);
    t.core().cadence().checkOverdue();
    QCOMPARE(overdue.count(), 2);
    QVERIFY(reminded.wait());
    QCOMPARE(reminded.count(), 1);
    const QString text = reminded.first().first().toString();
    QVERIFY2(text.startsWith(QStringLiteral("2 updates are overdue: ")), qPrintable(text));
    QVERIFY2(text.contains(a.code + QStringLiteral(" (Customers)")), qPrintable(text));
    QVERIFY2(text.contains(b.code + QStringLiteral(" (Customers)")), qPrintable(text));
    // The next check has nothing new to say.
    t.core().cadence().checkOverdue();
    QTest::qWait(0);
    QCOMPARE(reminded.count(), 1);
}

void TestOverdueReminder::manyAreCountedInJapanese()
{
    Fixture f(QStringLiteral("ja"));
    auto& t = f.t;
    auto& reminder = *f.reminder;
    for (int n = 0; n < 3; ++n)
        t.declare(QStringLiteral("障害 %1").arg(n), Severity::Sev1);
    QSignalSpy reminded(&reminder, &OverdueReminder::reminded);
    t.clock().advance(31 * 60 * 1000); // every audience of three SEV1s (30, 30 and 20 minutes): nine
    t.core().cadence().checkOverdue();
    QVERIFY(reminded.wait());
    QCOMPARE(reminded.count(), 1);
    const QString text = reminded.first().first().toString();
    QVERIFY2(text.startsWith(QStringLiteral("9 件の報告が遅れています")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("ほか 6 件")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("(お客様)")), qPrintable(text));
}

QTEST_MAIN(TestOverdueReminder)
#include "tst_overduereminder.moc"
