#pragma once

#include "domain/audience.h"
#include "result.h"

#include <QDateTime>
#include <QHash>
#include <QString>

class Database;

// An update as it went out (or was suppressed in a drill); the cadence counts from the last one.
struct SentUpdate
{
    qint64 id = 0;
    qint64 incidentId = 0;
    Audience audience = Audience::Responders;
    QString language;
    QString templateKey;
    QString title;
    QString text;
    QDateTime sentAt;
    QString author;
    qint64 timelineEntryId = 0;
};

// SQL for sent updates. Callers own the transaction.
class SentUpdateStore final
{
public:
    explicit SentUpdateStore(Database& db) : m_db(db) {}
    Result<qint64> insert(const SentUpdate& update);
    // Null when nothing has been sent to that audience yet.
    Result<QDateTime> lastSentAt(qint64 incidentId, Audience audience) const;
    // lastSentAt() of every incident and audience that has been sent anything, in one query; keyed by
    // lastSentKey().
    Result<QHash<QString, QDateTime>> lastSentAll() const;
    static QString lastSentKey(qint64 incidentId, Audience audience);

private:
    Database& m_db;
};
