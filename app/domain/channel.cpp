#include "channel.h"

#include <QCoreApplication>
#include <QHostAddress>

QString ChannelKinds::key(ChannelKind k)
{
    switch (k) {
    case ChannelKind::Slack:
        return QStringLiteral("slack");
    case ChannelKind::Mattermost:
        return QStringLiteral("mattermost");
    case ChannelKind::Teams:
        return QStringLiteral("teams");
    case ChannelKind::Discord:
        return QStringLiteral("discord");
    case ChannelKind::Generic:
        return QStringLiteral("generic");
    }
    return {};
}

QString ChannelKinds::label(ChannelKind k)
{
    switch (k) {
    case ChannelKind::Slack:
        return QCoreApplication::translate("ChannelKind", "Slack");
    case ChannelKind::Mattermost:
        return QCoreApplication::translate("ChannelKind", "Mattermost");
    case ChannelKind::Teams:
        return QCoreApplication::translate("ChannelKind", "Microsoft Teams (Workflows)");
    case ChannelKind::Discord:
        return QCoreApplication::translate("ChannelKind", "Discord");
    case ChannelKind::Generic:
        return QCoreApplication::translate("ChannelKind", "Generic JSON (CloudEvents, signed)");
    }
    return {};
}

std::optional<ChannelKind> ChannelKinds::parse(const QString& text)
{
    for (ChannelKind k : all())
        if (key(k) == text.trimmed().toLower())
            return k;
    return std::nullopt;
}

QList<ChannelKind> ChannelKinds::all()
{
    return {ChannelKind::Slack, ChannelKind::Mattermost, ChannelKind::Teams, ChannelKind::Discord,
            ChannelKind::Generic};
}

bool Channels::isLoopback(const QUrl& url)
{
    const QString host = url.host().toLower();
    if (host == QStringLiteral("localhost"))
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Channels::isAllowedUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QStringLiteral("https") || (scheme == QStringLiteral("http") && isLoopback(url));
}

QString Channels::maskedUrl(const QUrl& url)
{
    if (!url.isValid())
        return {};
    QString shown = url.scheme() + QStringLiteral("://") + url.host();
    if (url.port() > 0)
        shown += QLatin1Char(':') + QString::number(url.port());
    if (!url.path().isEmpty() && url.path() != QStringLiteral("/"))
        shown += QStringLiteral("/…");
    return shown;
}
