#pragma once

// How the dispatcher paces itself. Stored in notify_settings (keys as named below) so tests and
// installations behind slow proxies can tune them; these are the defaults.
struct DeliveryOptions
{
    int timeoutMs = 15000;         // "timeout_ms": the whole transfer, request to last byte
    int backoffBaseMs = 2000;      // "backoff_base_ms": the first retry waits about this long
    int backoffMaxMs = 10 * 60000; // "backoff_max_ms": no wait grows beyond this
    int maxAttempts = 12;          // "max_attempts": then the message fails for good
    int maxRetryAfterMs = 3600000; // a server asking for more than an hour is capped
};
