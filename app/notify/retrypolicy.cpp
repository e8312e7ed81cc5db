#include "retrypolicy.h"

#include <QLocale>
#include <QRandomGenerator>

qint64 RetryPolicy::backoffMs(int attempt, const DeliveryOptions& o, QRandomGenerator& random)
{
    const int exponent = qBound(0, attempt - 1, 30);
    const qint64 ceiling =
        qMin<qint64>(qint64(o.backoffMaxMs), qint64(o.backoffBaseMs) << qMin(exponent, 20));
    const qint64 half = qMax<qint64>(1, ceiling / 2);
    return half + qint64(random.bounded(quint64(half) + 1));
}

std::optional<qint64> RetryPolicy::retryAfterMs(const QByteArray& header, const QDateTime& now)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (English names regardless of locale).
    const QString text = QString::fromLatin1(value);
    QDateTime at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        at = QDateTime::fromString(text, Qt::RFC2822Date);
    if (!at.isValid())
        return std::nullopt;
    at.setTimeSpec(Qt::UTC);
    return qMax<qint64>(0, now.msecsTo(at));
}
