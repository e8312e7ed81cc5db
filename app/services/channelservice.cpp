#include "channelservice.h"

#include "bilingual.h"
#include "domain/clock.h"
#include "notify/webhooksignature.h"
#include "storage/channelstore.h"
#include "storage/database.h"
#include "storage/outboxstore.h"
#include "storage/transaction.h"

ChannelService::ChannelService(Database& db, Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_store(std::make_unique<ChannelStore>(db))
{
}

ChannelService::~ChannelService() = default;

Status ChannelService::validate(const ChannelDraft& d, qint64 exceptId) const
{
    const QString name = d.name.trimmed();
    if (name.isEmpty())
        return fail(tr("A channel needs a name."));
    if (name.size() > Channels::maxNameLength)
        return fail(tr("The channel name is too long (at most %1 characters).").arg(Channels::maxNameLength));
    const QUrl url(d.url.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return fail(tr("\"%1\" is not a web address. Paste the webhook URL the service gave you.")
                        .arg(Channels::maskedUrl(url).isEmpty() ? tr("The URL") : Channels::maskedUrl(url)));
    if (!Channels::isAllowedUrl(url))
        return fail(tr("Webhook addresses must use HTTPS (plain HTTP is allowed only for this computer, "
                       "such as 127.0.0.1)."));
    if (!d.secret.isEmpty())
        if (const auto key = WebhookSignature::decodeSecret(d.secret); !key)
            return key.failure();
    const auto existing = m_store->idForName(name);
    if (!existing)
        return existing.failure();
    if (existing.value() != 0 && existing.value() != exceptId)
        return fail(tr("A channel named \"%1\" already exists.").arg(name));
    return {};
}

Result<Channel> ChannelService::add(const ChannelDraft& draft)
{
    return save(0, draft);
}

Result<Channel> ChannelService::update(qint64 id, const ChannelDraft& draft)
{
    return save(id, draft);
}

Result<Channel> ChannelService::save(qint64 id, const ChannelDraft& draft)
{
    ChannelDraft d = draft;
    d.name = d.name.trimmed();
    d.url = d.url.trimmed();
    if (id && !d.secret.isEmpty())
        d.keepSecret = false; // a new secret replaces the stored one
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    if (id)
        if (const auto old = m_store->get(id); !old)
            return old;
    if (Status s = validate(d, id); !s)
        return s.failure();
    qint64 savedId = id;
    if (id) {
        if (Status s = m_store->update(id, d, m_clock.now()); !s)
            return s.failure();
    } else {
        const auto inserted = m_store->insert(d, m_clock.now());
        if (!inserted)
            return inserted.failure();
        savedId = inserted.value();
    }
    Result<Channel> saved = m_store->get(savedId);
    if (!saved)
        return saved;
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit channelsChanged();
    return saved;
}

Status ChannelService::remove(qint64 id)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (const auto old = m_store->get(id); !old)
        return old.failure();
    if (Status s = m_store->remove(id, m_clock.now()); !s)
        return s;
    // What was still owed to it can no longer go anywhere; say so instead of leaving it queued forever.
    if (Status s = OutboxStore(m_db).failPending(
            id,
            Bilingual::text("ChannelService",
                            QT_TRANSLATE_NOOP("ChannelService", "Not sent: the channel was removed.")),
            m_clock.now());
        !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit channelsChanged();
    return {};
}

Result<Channel> ChannelService::get(qint64 id) const
{
    return m_store->get(id);
}

Result<Channel> ChannelService::find(const QString& nameOrId) const
{
    const auto byName = m_store->idForName(nameOrId.trimmed());
    if (!byName)
        return byName.failure();
    if (byName.value())
        return m_store->get(byName.value());
    bool numeric = false;
    const qint64 id = nameOrId.toLongLong(&numeric);
    if (numeric)
        return m_store->get(id);
    return fail(tr("There is no channel named \"%1\".").arg(nameOrId));
}

Result<QList<Channel>> ChannelService::list() const
{
    return m_store->list();
}
