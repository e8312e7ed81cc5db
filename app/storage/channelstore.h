#pragma once

#include "domain/channel.h"
#include "result.h"

#include <QList>

class Database;
class QSqlQuery;

// SQL for notification channels. Secrets are read only when asked for (the dispatcher); callers own the
// transaction.
class ChannelStore final
{
public:
    enum class Secret { Omit, Include };
    explicit ChannelStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const ChannelDraft& draft, const QDateTime& at);
    Status update(qint64 id, const ChannelDraft& draft, const QDateTime& at);
    Result<Channel> get(qint64 id, Secret secret = Secret::Omit) const;
    // 0 when no live channel has that name.
    Result<qint64> idForName(const QString& name) const;
    Result<QList<Channel>> list(Secret secret = Secret::Omit) const;
    Status remove(qint64 id, const QDateTime& at);
    Status disable(qint64 id, const LocalizedText& reason, const QDateTime& at);

private:
    static Channel fromQuery(const QSqlQuery& q, Secret secret);
    Database& m_db;
};
