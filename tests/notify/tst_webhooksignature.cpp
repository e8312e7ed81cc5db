#include "notify/webhooksignature.h"

#include <QMessageAuthenticationCode>
#include <QTest>

class TestWebhookSignature final : public QObject
{
    Q_OBJECT
private slots:
    void specVector()
    {
        // The Standard Webhooks test vector, as printed in the guide.
        const auto key =
            WebhookSignature::decodeSecret(QStringLiteral("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        QVERIFY(key.ok());
        const QString signature =
            WebhookSignature::sign(key.value(), QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek"), 1614265330,
                                   QByteArrayLiteral("{\"test\": 2432232314}"));
        QCOMPARE(signature, QStringLiteral("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE="));
        QVERIFY(WebhookSignature::verify(
            key.value(), QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek"), 1614265330,
            QByteArrayLiteral("{\"test\": 2432232314}"),
            QStringLiteral("v1,bm9wZQ== v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=")));
        QVERIFY(!WebhookSignature::verify(key.value(), QStringLiteral("msg_p5jXN8AQM9LWM0D4loKWxJek"),
                                          1614265331, QByteArrayLiteral("{\"test\": 2432232314}"),
                                          signature));
    }

    void matchesIndependentHmac()
    {
        const QString secret = WebhookSignature::generateSecret();
        QVERIFY(secret.startsWith(QStringLiteral("whsec_")));
        const QByteArray key = QByteArray::fromBase64(secret.mid(6).toLatin1());
        QCOMPARE(key.size(), 24);
        const QByteArray body = QStringLiteral("{\"text\":\"障害\"}").toUtf8();
        const QByteArray expected =
            QMessageAuthenticationCode::hash("msg_1.42." + body, key, QCryptographicHash::Sha256).toBase64();
        QCOMPARE(WebhookSignature::sign(key, QStringLiteral("msg_1"), 42, body),
                 QStringLiteral("v1,") + QString::fromLatin1(expected));
    }

    void rejectsBadSecrets()
    {
        QVERIFY(!WebhookSignature::decodeSecret(QStringLiteral("whsec_***")).ok());
        QVERIFY(!WebhookSignature::decodeSecret(QString()).ok());
        QVERIFY(WebhookSignature::decodeSecret(QStringLiteral("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).ok());
    }
};

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_webhooksignature.moc"
