#include "deliveryoutcome.h"

#include "retrypolicy.h"
#include "services/bilingual.h"

#include "domain/channel.h"

#include <QCoreApplication>

namespace {
// The reasons are worded in both languages (Bilingual::text), in the context they always had.
LocalizedText said(const char* source, std::initializer_list<Bilingual::Arg> args = {})
{
    return Bilingual::text("DeliveryOutcome", source, args);
}

QString statusText(const DeliveryOutcome::Reply& r)
{
    return r.reasonPhrase.isEmpty() ? QString::number(r.httpStatus)
                                    : QStringLiteral("%1 %2").arg(r.httpStatus).arg(r.reasonPhrase);
}

// The target of a redirect often carries the webhook's token in its path or query, and the reason is shown
// by icctl and the outbox view: only the scheme and host are kept, as for the channel's own URL.
Bilingual::Arg maskedLocation(const DeliveryOutcome::Reply& r)
{
    const QString masked = Channels::maskedUrl(QUrl(r.location));
    if (masked.isEmpty())
        return Bilingual::Arg::label("DeliveryOutcome",
                                     QT_TRANSLATE_NOOP("DeliveryOutcome", "an unnamed address"));
    return masked;
}

DeliveryOutcome make(DeliveryOutcome::Kind kind, int status, const LocalizedText& reason)
{
    DeliveryOutcome o;
    o.kind = kind;
    o.httpStatus = status;
    o.reason = reason;
    return o;
}
} // namespace

DeliveryOutcome DeliveryOutcome::classify(const Reply& r, const QDateTime& now)
{
    using K = DeliveryOutcome::Kind;
    const int s = r.httpStatus;
    if (r.timedOut)
        return make(K::Retry, 0,
                    said(QT_TRANSLATE_NOOP("DeliveryOutcome", "No answer within the time limit.")));
    if (s == 0)
        return make(K::Retry, 0,
                    said(QT_TRANSLATE_NOOP("DeliveryOutcome", "Network error: %1"), {r.errorString}));
    if (s >= 200 && s < 300)
        return make(K::Delivered, s, {});
    if (s == 408 || s == 429 || s >= 500) {
        DeliveryOutcome o =
            make(K::Retry, s,
                 said(QT_TRANSLATE_NOOP("DeliveryOutcome", "The server answered %1."), {statusText(r)}));
        o.retryAfterMs = RetryPolicy::retryAfterMs(r.retryAfter, now);
        return o;
    }
    if (s == 410)
        return make(
            K::Gone, s,
            said(QT_TRANSLATE_NOOP("DeliveryOutcome",
                                   "The server answered 410 Gone: the webhook was deleted. The channel was "
                                   "disabled; create a new webhook and update the channel.")));
    if (s >= 300 && s < 400)
        return make(K::Permanent, s,
                    said(QT_TRANSLATE_NOOP(
                             "DeliveryOutcome",
                             "The server answered %1 and redirects to %2. Redirects are not followed for "
                             "webhooks; put the final address into the channel."),
                         {statusText(r), maskedLocation(r)}));
    if (s == 401 || s == 403)
        return make(
            K::Permanent, s,
            said(QT_TRANSLATE_NOOP("DeliveryOutcome", "The server answered %1: the webhook refused our "
                                                      "credentials. Check the URL and the secret."),
                 {statusText(r)}));
    if (s == 404)
        return make(
            K::Permanent, s,
            said(QT_TRANSLATE_NOOP("DeliveryOutcome",
                                   "The server answered %1: no webhook at this address. Check the URL."),
                 {statusText(r)}));
    return make(K::Permanent, s,
                said(QT_TRANSLATE_NOOP("DeliveryOutcome",
                                       "The server answered %1 and will not accept this message as it is."),
                     {statusText(r)}));
}
