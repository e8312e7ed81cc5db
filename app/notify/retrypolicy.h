#pragma once

#include "deliveryoptions.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

class QRandomGenerator;

// When to try again: exponential backoff with "equal jitter" (half fixed, half random), so that many
// desktops retrying after one outage do not come back in lockstep; a server's Retry-After wins.
namespace RetryPolicy {
qint64 backoffMs(int attempt, const DeliveryOptions& options, QRandomGenerator& random);
// Retry-After as delta-seconds or an HTTP date (RFC 9110); nullopt when absent or unreadable.
std::optional<qint64> retryAfterMs(const QByteArray& header, const QDateTime& now);
} // namespace RetryPolicy
