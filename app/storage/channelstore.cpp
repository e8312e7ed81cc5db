#include "channelstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral("id, name, kind, url, secret, enabled, audience, use_in_drills, "
                                        "disabled_reason, created_at, updated_at, disabled_reason_en, "
                                        "disabled_reason_ja");
} // namespace

Channel ChannelStore::fromQuery(const QSqlQuery& q, Secret secret)
{
    Channel c;
    c.id = q.value(0).toLongLong();
    c.name = q.value(1).toString();
    c.kind = ChannelKinds::parse(q.value(2).toString()).value_or(ChannelKind::Generic);
    c.url = QUrl(q.value(3).toString());
    const QString stored = q.value(4).toString();
    c.hasSecret = !stored.isEmpty();
    if (secret == Secret::Include)
        c.secret = stored;
    c.enabled = q.value(5).toBool();
    c.audience = Audiences::parse(q.value(6).toString()).value_or(Audience::Responders);
    c.useInDrills = q.value(7).toBool();
    c.disabledReason = q.value(8).toString();
    c.disabledReasonIn = {q.value(11).toString(), q.value(12).toString()};
    if (!c.disabledReasonIn.isEmpty())
        c.disabledReason = c.disabledReasonIn.current();
    c.createdAt = Time::fromDbValue(q.value(9));
    c.updatedAt = Time::fromDbValue(q.value(10));
    return c;
}

Result<qint64> ChannelStore::insert(const ChannelDraft& d, const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO notify_channels (name, kind, url, secret, enabled, audience, use_in_drills, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(d.name);
    q.addBindValue(ChannelKinds::key(d.kind));
    q.addBindValue(d.url);
    q.addBindValue(d.secret.isNull() ? QString(QLatin1String("")) : d.secret);
    q.addBindValue(d.enabled);
    q.addBindValue(Audiences::key(d.audience));
    q.addBindValue(d.useInDrills);
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(Time::toDbValue(at));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.lastInsertId().toLongLong();
}

Status ChannelStore::update(qint64 id, const ChannelDraft& d, const QDateTime& at)
{
    // Enabling a channel again clears the reason it was switched off.
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE notify_channels SET name = ?, kind = ?, url = ?, secret = CASE "
                                    "WHEN ? THEN secret ELSE ? END, "
                                    "enabled = ?, audience = ?, use_in_drills = ?, updated_at = ?, "
                                    "disabled_reason = CASE WHEN ? THEN '' ELSE disabled_reason END, "
                                    "disabled_reason_en = CASE WHEN ? THEN NULL ELSE disabled_reason_en END, "
                                    "disabled_reason_ja = CASE WHEN ? THEN NULL ELSE disabled_reason_ja END "
                                    "WHERE id = ? AND removed_at IS NULL"));
    q.addBindValue(d.name);
    q.addBindValue(ChannelKinds::key(d.kind));
    q.addBindValue(d.url);
    q.addBindValue(d.keepSecret);
    q.addBindValue(d.secret.isNull() ? QString(QLatin1String("")) : d.secret);
    q.addBindValue(d.enabled);
    q.addBindValue(Audiences::key(d.audience));
    q.addBindValue(d.useInDrills);
    q.addBindValue(Time::toDbValue(at));
    for (int i = 0; i < 3; ++i) // the reason, in each of its forms
        q.addBindValue(d.enabled);
    q.addBindValue(id);
    return SqlError::exec(q);
}

Result<Channel> ChannelStore::get(qint64 id, Secret secret) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM notify_channels WHERE id = ? AND removed_at IS NULL").arg(kColumns));
    q.addBindValue(id);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(QCoreApplication::translate("ChannelStore", "There is no channel %1.").arg(id));
    return fromQuery(q, secret);
}

Result<qint64> ChannelStore::idForName(const QString& name) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id FROM notify_channels WHERE name = ? AND removed_at IS NULL"));
    q.addBindValue(name);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<QList<Channel>> ChannelStore::list(Secret secret) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 FROM notify_channels WHERE removed_at IS NULL ORDER BY name")
                         .arg(kColumns));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<Channel> out;
    while (q.next())
        out << fromQuery(q, secret);
    return out;
}

Status ChannelStore::remove(qint64 id, const QDateTime& at)
{
    // The secret goes with the channel; the row stays for the outbox history.
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE notify_channels SET removed_at = ?, secret = '', "
                                              "enabled = 0 WHERE id = ? AND removed_at IS NULL"));
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(id);
    return SqlError::exec(q);
}

Status ChannelStore::disable(qint64 id, const LocalizedText& reason, const QDateTime& at)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE notify_channels SET enabled = 0, disabled_reason = ?, "
                                    "disabled_reason_en = ?, disabled_reason_ja = ?, updated_at = ? "
                                    "WHERE id = ?"));
    q.addBindValue(reason.current());
    q.addBindValue(reason.en);
    q.addBindValue(reason.ja);
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(id);
    return SqlError::exec(q);
}
