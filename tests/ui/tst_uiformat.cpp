// Times shown in the window: local time first, UTC beside it with its date when UTC is on another day.
#include "uiformat.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

class TestUiFormat final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        qputenv("TZ", "Asia/Tokyo");
        tzset();
    }

    void utcTimeAloneOnTheSameDay()
    {
        const QDateTime utc(QDate(2026, 11, 29), QTime(9, 5), QTimeZone::utc());
        QVERIFY2(UiFormat::dateTime(utc).endsWith(QStringLiteral(" (09:05 UTC)")),
                 qPrintable(UiFormat::dateTime(utc)));
    }

    void utcDateWhenUtcIsOnAnotherDay()
    {
        // 05:30 on the 30th in Tokyo is still the 29th in UTC.
        const QDateTime utc(QDate(2026, 11, 29), QTime(20, 30), QTimeZone::utc());
        QVERIFY2(UiFormat::dateTime(utc).endsWith(QStringLiteral(" (11-29 20:30 UTC)")),
                 qPrintable(UiFormat::dateTime(utc)));
    }

    void invalidTimeIsADash() { QCOMPARE(UiFormat::dateTime(QDateTime()), QStringLiteral("—")); }
};

QTEST_MAIN(TestUiFormat)
#include "tst_uiformat.moc"
