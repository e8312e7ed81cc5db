#include "notify/deliveryoutcome.h"
#include "notify/retrypolicy.h"

#include <QRandomGenerator>
#include <QTest>

using Kind = DeliveryOutcome::Kind;

class TestDeliveryOutcome final : public QObject
{
    Q_OBJECT
    const QDateTime now = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);

    static DeliveryOutcome status(int code, QByteArray retryAfter = {})
    {
        DeliveryOutcome::Reply r;
        r.httpStatus = code;
        r.retryAfter = retryAfter;
        r.error = code >= 400 ? QNetworkReply::UnknownContentError : QNetworkReply::NoError;
        return DeliveryOutcome::classify(r, QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC));
    }

private slots:
    void classifiesStatuses_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("200") << 200 << int(Kind::Delivered);
        QTest::newRow("204") << 204 << int(Kind::Delivered);
        QTest::newRow("307") << 307 << int(Kind::Permanent);
        QTest::newRow("400") << 400 << int(Kind::Permanent);
        QTest::newRow("401") << 401 << int(Kind::Permanent);
        QTest::newRow("404") << 404 << int(Kind::Permanent);
        QTest::newRow("408") << 408 << int(Kind::Retry);
        QTest::newRow("410") << 410 << int(Kind::Gone);
        QTest::newRow("429") << 429 << int(Kind::Retry);
        QTest::newRow("500") << 500 << int(Kind::Retry);
        QTest::newRow("503") << 503 << int(Kind::Retry);
    }
    void classifiesStatuses()
    {
        QFETCH(int, code);
        QFETCH(int, kind);
        const DeliveryOutcome o = status(code);
        QCOMPARE(int(o.kind), kind);
        QCOMPARE(o.reason.isEmpty(), kind == int(Kind::Delivered));
    }

    void networkErrorsAndTimeoutsRetry()
    {
        DeliveryOutcome::Reply r;
        r.error = QNetworkReply::RemoteHostClosedError;
        r.errorString = QStringLiteral("closed");
        QCOMPARE(DeliveryOutcome::classify(r, now).kind, Kind::Retry);
        r.timedOut = true;
        QCOMPARE(DeliveryOutcome::classify(r, now).kind, Kind::Retry);
    }

    void retryAfterSecondsAndDate()
    {
        QCOMPARE(status(503, "7").retryAfterMs.value_or(-1), 7000);
        QCOMPARE(status(429, "Sun, 29 Nov 2026 09:00:30 GMT").retryAfterMs.value_or(-1), 30000);
        QCOMPARE(status(503, "Sun, 29 Nov 2026 08:00:00 GMT").retryAfterMs.value_or(-1), 0);
        QVERIFY(!status(503, "soon").retryAfterMs.has_value());
        QVERIFY(!status(503).retryAfterMs.has_value());
    }

    void backoffGrowsWithJitterAndIsCapped()
    {
        DeliveryOptions o;
        o.backoffBaseMs = 1000;
        o.backoffMaxMs = 8000;
        QRandomGenerator random(7);
        for (int attempt = 1; attempt <= 8; ++attempt) {
            const qint64 ceiling = qMin<qint64>(8000, 1000LL << (attempt - 1));
            for (int i = 0; i < 50; ++i) {
                const qint64 wait = RetryPolicy::backoffMs(attempt, o, random);
                QVERIFY2(wait >= ceiling / 2 && wait <= ceiling, qPrintable(QString::number(wait)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDeliveryOutcome)
#include "tst_deliveryoutcome.moc"
