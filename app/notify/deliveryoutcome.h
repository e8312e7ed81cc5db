#pragma once

#include <QNetworkReply>
#include <QString>

#include "domain/localizedtext.h"

#include <optional>

// What one HTTP attempt means for the message, decided from the reply alone (pure, so it is unit-tested):
// 2xx delivered; network errors, timeouts, 408, 429 and 5xx retried; 410 disables the channel; any other
// 4xx or a 3xx (redirects are not followed) fails for good with a sentence saying why.
struct DeliveryOutcome
{
    enum class Kind { Delivered, Retry, Permanent, Gone };
    Kind kind = Kind::Retry;
    int httpStatus = 0;
    LocalizedText reason; // in both languages (Bilingual); empty when delivered
    std::optional<qint64> retryAfterMs;

    struct Reply
    {
        QNetworkReply::NetworkError error = QNetworkReply::NoError;
        int httpStatus = 0;
        QString reasonPhrase;
        QString errorString;
        QByteArray retryAfter;
        QString location;
        bool timedOut = false;
    };
    static DeliveryOutcome classify(const Reply& reply, const QDateTime& now);
};
