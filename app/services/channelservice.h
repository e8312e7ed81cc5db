#pragma once

#include "domain/channel.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <memory>

class Clock;
class Database;
class ChannelStore;

// Webhook channels: validated (name, HTTPS unless loopback, secret format), one transaction each, then
// channelsChanged(). Listings never carry the secret, only whether one is set.
class ChannelService final : public QObject
{
    Q_OBJECT
public:
    ChannelService(Database& db, Clock& clock, QObject* parent = nullptr);
    ~ChannelService() override;

    Result<Channel> add(const ChannelDraft& draft);
    Result<Channel> update(qint64 id, const ChannelDraft& draft);
    Status remove(qint64 id);
    Result<Channel> get(qint64 id) const;
    // By name, or by numeric id.
    Result<Channel> find(const QString& nameOrId) const;
    Result<QList<Channel>> list() const;

    Status validate(const ChannelDraft& draft, qint64 exceptId = 0) const;

signals:
    void channelsChanged();

private:
    Result<Channel> save(qint64 id, const ChannelDraft& draft); // id 0 inserts
    Database& m_db;
    Clock& m_clock;
    std::unique_ptr<ChannelStore> m_store;
};
