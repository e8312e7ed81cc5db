#include "handoffofferstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlrows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString kSelect = QStringLiteral(
    "SELECT o.id, o.incident_id, o.role_key, o.from_person_id, o.to_person_id, f.name, t.name, o.situation, "
    "o.objectives, o.current_actions, o.organisation, o.offered_at, o.offered_by FROM handoff_offers o "
    "JOIN people f ON f.id = o.from_person_id JOIN people t ON t.id = o.to_person_id "
    "WHERE o.incident_id = ? ");
const QString kOpenOnly = QStringLiteral("AND o.closed_at IS NULL ");

QString outcomeKey(HandoffOfferStore::Outcome o)
{
    switch (o) {
    case HandoffOfferStore::Outcome::Acknowledged:
        return QStringLiteral("acknowledged");
    case HandoffOfferStore::Outcome::Cancelled:
        return QStringLiteral("cancelled");
    case HandoffOfferStore::Outcome::Superseded:
        return QStringLiteral("superseded");
    }
    return {};
}
} // namespace

HandoffOffer HandoffOfferStore::fromQuery(const QSqlQuery& q)
{
    HandoffOffer o;
    o.id = q.value(0).toLongLong();
    o.incidentId = q.value(1).toLongLong();
    o.roleKey = q.value(2).toString();
    o.fromPersonId = q.value(3).toLongLong();
    o.toPersonId = q.value(4).toLongLong();
    o.fromName = q.value(5).toString();
    o.toName = q.value(6).toString();
    o.briefing = {q.value(7).toString(), q.value(8).toString(), q.value(9).toString(),
                  q.value(10).toString()};
    o.offeredAt = Time::fromDbValue(q.value(11));
    o.offeredBy = q.value(12).toString();
    return o;
}

Result<qint64> HandoffOfferStore::insert(const HandoffOffer& o)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO handoff_offers (incident_id, role_key, from_person_id, to_person_id, situation, "
        "objectives, "
        "current_actions, organisation, offered_at, offered_by) VALUES (?, ?, ?, ?, COALESCE(?, ''), "
        "COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''))"));
    q.addBindValue(o.incidentId);
    q.addBindValue(o.roleKey);
    q.addBindValue(o.fromPersonId);
    q.addBindValue(o.toPersonId);
    q.addBindValue(o.briefing.situation);
    q.addBindValue(o.briefing.objectives);
    q.addBindValue(o.briefing.currentActions);
    q.addBindValue(o.briefing.organisation);
    q.addBindValue(Time::toDbValue(o.offeredAt));
    q.addBindValue(o.offeredBy);
    return SqlRows::insert(q);
}

Status HandoffOfferStore::close(qint64 offerId, const QDateTime& at, const QString& by, Outcome outcome)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE handoff_offers SET closed_at = ?, closed_by = COALESCE(?, ''), "
                                    "outcome = ? WHERE id = ? AND closed_at IS NULL"));
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(by);
    q.addBindValue(outcomeKey(outcome));
    q.addBindValue(offerId);
    if (Status s = SqlError::exec(q); !s)
        return s;
    // Read before the caller's transaction, the offer may have been withdrawn or answered since (in the
    // window or icctl): the handoff must not go ahead on a briefing that no longer stands.
    if (q.numRowsAffected() != 1)
        return fail(QCoreApplication::translate("HandoffOfferStore",
                                                "This handoff offer was withdrawn or answered meanwhile; ask for a "
                                                "new handoff."));
    return {};
}

Result<std::optional<HandoffOffer>> HandoffOfferStore::open(qint64 incidentId, const QString& roleKey) const
{
    QSqlQuery q = m_db.prepare(kSelect + kOpenOnly + QStringLiteral("AND o.role_key = ?"));
    q.addBindValue(incidentId);
    q.addBindValue(roleKey);
    return SqlRows::optional<HandoffOffer>(q, fromQuery);
}

Result<QList<HandoffOffer>> HandoffOfferStore::openAll(qint64 incidentId) const
{
    return list(incidentId, true);
}

Result<QList<HandoffOffer>> HandoffOfferStore::list(qint64 incidentId, bool openOnly) const
{
    QSqlQuery q =
        m_db.prepare(kSelect + (openOnly ? kOpenOnly : QString()) + QStringLiteral("ORDER BY o.offered_at"));
    q.addBindValue(incidentId);
    return SqlRows::collect(q, fromQuery);
}
