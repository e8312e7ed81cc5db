#include "webhooksignature.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace {
const QString kPrefix = QStringLiteral("whsec_");

QByteArray mac(const QByteArray& key, const QString& id, qint64 timestamp, const QByteArray& body)
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, key);
    code.addData(id.toUtf8());
    code.addData(QByteArrayLiteral("."));
    code.addData(QByteArray::number(timestamp));
    code.addData(QByteArrayLiteral("."));
    code.addData(body);
    return code.result();
}

// Constant time, so a receiver built on this cannot be probed byte by byte.
bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}
} // namespace

Result<QByteArray> WebhookSignature::decodeSecret(const QString& secret)
{
    const QString encoded = secret.startsWith(kPrefix) ? secret.mid(kPrefix.size()) : secret;
    const auto decoded =
        QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return fail(QCoreApplication::translate(
            "WebhookSignature", "The signing secret must be \"whsec_\" followed by base64 text."));
    return decoded.decoded;
}

QString WebhookSignature::generateSecret()
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return kPrefix + QString::fromLatin1(bytes.toBase64());
}

QString WebhookSignature::sign(const QByteArray& key, const QString& id, qint64 timestamp,
                               const QByteArray& body)
{
    return QStringLiteral("v1,") + QString::fromLatin1(mac(key, id, timestamp, body).toBase64());
}

bool WebhookSignature::verify(const QByteArray& key, const QString& id, qint64 timestamp,
                              const QByteArray& body, const QString& header)
{
    const QByteArray expected = mac(key, id, timestamp, body);
    const QStringList parts = header.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool matched = false;
    for (const QString& part : parts) {
        if (!part.startsWith(QStringLiteral("v1,")))
            continue;
        matched |= sameBytes(QByteArray::fromBase64(part.mid(3).toLatin1()), expected);
    }
    return matched;
}
