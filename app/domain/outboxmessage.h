#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include "localizedtext.h"

#include <optional>

// Where a message is on its way. Delivered, failed, suppressed and cancelled are final until a user retries.
enum class OutboxState { Queued, Sending, Retrying, Delivered, Failed, Suppressed, Cancelled };

namespace OutboxStates {
QString key(OutboxState s);
QString label(OutboxState s);
std::optional<OutboxState> parse(const QString& key);
QList<OutboxState> all();
bool isPending(OutboxState s); // queued, sending or retrying: still owed to the destination
} // namespace OutboxStates

struct OutboxMessage
{
    qint64 id = 0;
    QString eventId; // stable across attempts: the receiver's de-duplication key
    qint64 channelId = 0;
    QString channelName;
    qint64 incidentId = 0;
    qint64 updateId = 0;
    QString purpose; // "update" or "test"
    QString contentType;
    QByteArray body;
    QString summary; // plain text as a person would read it (the local sink shows this)
    OutboxState state = OutboxState::Queued;
    int attempts = 0;
    QDateTime nextAttemptAt;
    int lastStatus = 0; // HTTP status of the last attempt, 0 when none came back
    QString lastError;  // as shown: in the language installed when it was read
    LocalizedText lastErrorIn; // both languages; empty before migration 0072
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deliveredAt;

    // The error in both languages (an older message's text serves for both).
    LocalizedText errorWording() const
    {
        return lastErrorIn.isEmpty() ? LocalizedText{lastError, lastError} : lastErrorIn;
    }
};
