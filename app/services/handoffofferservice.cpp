#include "handoffofferservice.h"

#include "bilingual.h"
#include "domain/clock.h"
#include "domain/incident.h"
#include "incidentchange.h"
#include "roleservice.h"
#include "storage/assignmentstore.h"
#include "storage/database.h"
#include "storage/handoffofferstore.h"
#include "storage/incidentstore.h"
#include "storage/personstore.h"
#include "timelineservice.h"

HandoffOfferService::HandoffOfferService(Database& db, Clock& clock, TimelineService& timeline,
                                         RoleService& roles, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_timeline(timeline), m_roles(roles),
      m_store(std::make_unique<HandoffOfferStore>(db)), m_incidents(std::make_unique<IncidentStore>(db)),
      m_people(std::make_unique<PersonStore>(db))
{
}

HandoffOfferService::~HandoffOfferService() = default;

Result<HandoffOffer> HandoffOfferService::offer(qint64 incidentId, const QString& roleKey, qint64 toPersonId,
                                                const Briefing& briefing, const QString& by)
{
    const Result<RoleDefinition> role = m_roles.definition(roleKey);
    if (!role)
        return role.failure();
    if (briefing.situation.trimmed().isEmpty())
        return fail(tr("The briefing needs at least the situation: what is happening now."));
    HandoffOffer o;
    const IncidentChange change(m_db, m_timeline, *m_incidents);
    const Status s = change.run(
        incidentId, by, true,
        [&](const Incident& i) -> Result<LocalizedText> {
            const Result<Person> to = m_people->get(toPersonId);
            if (!to)
                return to.failure();
            const Result<Assignment> holder = m_roles.handoffSource(i.id, role.value(), to.value());
            if (!holder)
                return holder.failure();
            const QDateTime now = m_clock.now();
            const auto previous = m_store->open(i.id, role->key);
            if (!previous)
                return previous.failure();
            if (previous.value())
                if (Status c =
                        m_store->close(previous.value()->id, now, by, HandoffOfferStore::Outcome::Superseded);
                    !c)
                    return c.failure();
            static_cast<HandoffParties&>(o) = handoffParties(holder.value(), to.value(), briefing);
            o.offeredAt = now;
            o.offeredBy = by;
            const Result<qint64> id = m_store->insert(o);
            if (!id)
                return id.failure();
            o.id = id.value();
            return Bilingual::text(
                "HandoffOfferService",
                QT_TRANSLATE_NOOP("HandoffOfferService",
                                  "%1 offers %2 to %3; command changes when %3 acknowledges the "
                                  "briefing."),
                {o.fromName, Bilingual::Arg::roleName(role.value()), to->label()});
        },
        [this, incidentId] { emit offersChanged(incidentId); });
    if (!s)
        return s.failure();
    return o;
}

Result<Handoff> HandoffOfferService::acknowledge(qint64 incidentId, const QString& roleKey,
                                                 const QString& userName)
{
    const Result<RoleDefinition> role = m_roles.definition(roleKey);
    if (!role)
        return role.failure();
    const auto open = m_store->open(incidentId, role->key);
    if (!open)
        return open.failure();
    if (!open.value())
        return fail(tr("No handoff of %1 is waiting for acknowledgement.").arg(role->displayName()));
    const HandoffOffer o = *open.value();
    const Result<Person> incoming = m_people->get(o.toPersonId);
    if (!incoming)
        return incoming.failure();
    if (!incoming->isUser(userName))
        return fail(tr("Only %1 can acknowledge this handoff: the briefing was given to them.")
                        .arg(incoming->label()));
    // Performed by RoleService in one transaction that also closes this offer, so a handoff recorded twice
    // or on top of a changed command is impossible.
    const Result<Handoff> h = m_roles.handOff(
        incidentId, role->key, o.toPersonId, o.briefing, userName, [&](const Assignment& outgoing) -> Status {
            if (outgoing.personId != o.fromPersonId)
                return fail(tr("%1 has changed hands since the offer; ask for a new handoff.")
                                .arg(role->displayName()));
            return m_store->close(o.id, m_clock.now(), userName, HandoffOfferStore::Outcome::Acknowledged);
        });
    if (h)
        emit offersChanged(incidentId);
    return h;
}

Status HandoffOfferService::withdraw(qint64 incidentId, const QString& roleKey, const QString& by)
{
    const Result<RoleDefinition> role = m_roles.definition(roleKey);
    if (!role)
        return role.failure();
    const IncidentChange change(m_db, m_timeline, *m_incidents);
    return change.run(
        incidentId, by, false,
        [&](const Incident& i) -> Result<LocalizedText> {
            const auto open = m_store->open(i.id, role->key);
            if (!open)
                return open.failure();
            if (!open.value())
                return fail(tr("No handoff of %1 is waiting for acknowledgement.").arg(role->displayName()));
            if (Status c = m_store->close(open.value()->id, m_clock.now(), by,
                                          HandoffOfferStore::Outcome::Cancelled);
                !c)
                return c.failure();
            return Bilingual::text(
                "HandoffOfferService",
                QT_TRANSLATE_NOOP("HandoffOfferService", "The handoff of %1 to %2 was withdrawn."),
                {Bilingual::Arg::roleName(role.value()), open.value()->toName});
        },
        [this, incidentId] { emit offersChanged(incidentId); });
}

Result<QList<HandoffOffer>> HandoffOfferService::openOffers(qint64 incidentId) const
{
    return m_store->openAll(incidentId);
}

Result<QList<HandoffOffer>> HandoffOfferService::allOffers(qint64 incidentId) const
{
    return m_store->everyOffer(incidentId);
}
