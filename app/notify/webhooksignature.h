#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

// Standard Webhooks signing (https://www.standardwebhooks.com): the signature is
// "v1," + base64(HMAC-SHA256(key, "<id>.<timestamp>.<body>")), where the key is the base64 part of a
// "whsec_…" secret. A fresh timestamp (and so a fresh signature) is made for every attempt.
namespace WebhookSignature {
// The raw key of a secret; "whsec_" is optional. Fails on anything that is not base64.
Result<QByteArray> decodeSecret(const QString& secret);
// A new random secret, "whsec_" + base64 of 24 bytes.
QString generateSecret();
QString sign(const QByteArray& key, const QString& id, qint64 timestamp, const QByteArray& body);
// True when any "v1,…" signature in the space-separated header matches.
bool verify(const QByteArray& key, const QString& id, qint64 timestamp, const QByteArray& body,
            const QString& header);
} // namespace WebhookSignature
