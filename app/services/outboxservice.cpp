#include "outboxservice.h"

#include "bilingual.h"
#include "domain/clock.h"
#include "notify/messageformatter.h"
#include "storage/channelstore.h"
#include "storage/database.h"
#include "storage/outboxstore.h"
#include "storage/transaction.h"

#include <QUuid>

OutboxService::OutboxService(Database& db, Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_store(std::make_unique<OutboxStore>(db)),
      m_channels(std::make_unique<ChannelStore>(db))
{
}

OutboxService::~OutboxService() = default;

QString OutboxService::newEventId()
{
    return QStringLiteral("msg_") + QUuid::createUuid().toString(QUuid::Id128);
}

Result<OutboxService::Queued> OutboxService::enqueueInTransaction(const Incident& incident,
                                                                  const NotificationContent& content,
                                                                  const QList<qint64>& channelIds,
                                                                  qint64 updateId, const QString& purpose)
{
    if (channelIds.isEmpty())
        return fail(tr("Choose at least one channel."));
    Queued queued;
    for (qint64 channelId : channelIds) {
        const auto channel = m_channels->get(channelId);
        if (!channel)
            return channel.failure();
        if (!channel->enabled)
            return fail(
                tr("The channel \"%1\" is disabled. Enable it in its settings first.").arg(channel->name));
        const auto formatter = MessageFormatter::forKind(channel->kind);
        OutboxMessage m;
        m.eventId = newEventId();
        m.channelId = channelId;
        m.incidentId = incident.id;
        m.updateId = updateId;
        m.purpose = purpose;
        m.contentType = formatter->contentType();
        m.body = formatter->render(content, m.eventId);
        m.summary = MessageFormatter::plainText(content);
        m.createdAt = m_clock.now();
        m.state = OutboxState::Queued;
        if (incident.isDrill && !channel->useInDrills) {
            m.state = OutboxState::Suppressed;
            m.lastErrorIn = Bilingual::text(
                "OutboxService",
                QT_TRANSLATE_NOOP("OutboxService", "Drill: kept here instead of sending, because the "
                                                   "channel is not marked \"use during drills\"."));
            m.lastError = m.lastErrorIn.current();
            ++queued.suppressed;
        }
        const auto id = m_store->insert(m);
        if (!id)
            return id.failure();
        queued.messageIds << id.value();
    }
    return queued;
}

void OutboxService::announceQueued()
{
    emit outboxChanged();
}

Result<QList<OutboxMessage>> OutboxService::list(qint64 incidentId, int limit) const
{
    return m_store->list(incidentId, limit);
}

Result<QList<OutboxMessage>> OutboxService::suppressed(qint64 incidentId, int limit) const
{
    const auto all = m_store->list(incidentId, limit, true);
    if (!all)
        return all;
    QList<OutboxMessage> out;
    for (const OutboxMessage& m : all.value())
        if (m.state == OutboxState::Suppressed)
            out << m;
    return out;
}

Result<OutboxMessage> OutboxService::get(qint64 id) const
{
    return m_store->get(id);
}

Result<int> OutboxService::undeliveredCount() const
{
    return m_store->countPending();
}

Status OutboxService::setState(qint64 id, OutboxState state, bool (*allowed)(OutboxState))
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const auto m = m_store->get(id);
    if (!m)
        return m.failure();
    if (!allowed(m->state))
        return fail(
            tr("Message %1 is %2; that cannot be changed now.").arg(id).arg(OutboxStates::label(m->state)));
    OutboxStateChange c;
    c.id = id;
    c.state = state;
    c.attempts = m->attempts;
    c.lastStatus = m->lastStatus;
    c.lastError =
        state == OutboxState::Cancelled
            ? Bilingual::text("OutboxService", QT_TRANSLATE_NOOP("OutboxService", "Cancelled by the user."))
            : m->errorWording();
    c.at = m_clock.now();
    if (Status s = m_store->apply(c); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit outboxChanged();
    return {};
}

Status OutboxService::retry(qint64 id)
{
    if (const auto m = m_store->get(id); m) {
        const auto channel = m_channels->get(m->channelId);
        if (!channel)
            return channel.failure();
        if (!channel->enabled)
            return fail(
                tr("The channel \"%1\" is disabled. Enable it in its settings first.").arg(channel->name));
    }
    return setState(id, OutboxState::Queued, [](OutboxState s) {
        return s == OutboxState::Failed || s == OutboxState::Cancelled || s == OutboxState::Retrying;
    });
}

Status OutboxService::cancel(qint64 id)
{
    return setState(id, OutboxState::Cancelled, [](OutboxState s) {
        return s == OutboxState::Queued || s == OutboxState::Retrying || s == OutboxState::Failed;
    });
}
