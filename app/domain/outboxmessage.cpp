#include "outboxmessage.h"

#include <QCoreApplication>

QString OutboxStates::key(OutboxState s)
{
    switch (s) {
    case OutboxState::Queued:
        return QStringLiteral("queued");
    case OutboxState::Sending:
        return QStringLiteral("sending");
    case OutboxState::Retrying:
        return QStringLiteral("retrying");
    case OutboxState::Delivered:
        return QStringLiteral("delivered");
    case OutboxState::Failed:
        return QStringLiteral("failed");
    case OutboxState::Suppressed:
        return QStringLiteral("suppressed");
    case OutboxState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString OutboxStates::label(OutboxState s)
{
    switch (s) {
    case OutboxState::Queued:
        return QCoreApplication::translate("OutboxState", "Queued");
    case OutboxState::Sending:
        return QCoreApplication::translate("OutboxState", "Sending");
    case OutboxState::Retrying:
        return QCoreApplication::translate("OutboxState", "Retrying");
    case OutboxState::Delivered:
        return QCoreApplication::translate("OutboxState", "Delivered");
    case OutboxState::Failed:
        return QCoreApplication::translate("OutboxState", "Failed");
    case OutboxState::Suppressed:
        return QCoreApplication::translate("OutboxState", "Suppressed (drill)");
    case OutboxState::Cancelled:
        return QCoreApplication::translate("OutboxState", "Cancelled");
    }
    return {};
}

std::optional<OutboxState> OutboxStates::parse(const QString& text)
{
    for (OutboxState s : all())
        if (key(s) == text)
            return s;
    return std::nullopt;
}

QList<OutboxState> OutboxStates::all()
{
    return {OutboxState::Queued, OutboxState::Sending,    OutboxState::Retrying, OutboxState::Delivered,
            OutboxState::Failed, OutboxState::Suppressed, OutboxState::Cancelled};
}

bool OutboxStates::isPending(OutboxState s)
{
    return s == OutboxState::Queued || s == OutboxState::Sending || s == OutboxState::Retrying;
}
