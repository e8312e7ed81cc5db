#include "oncallservice.h"

#include "domain/clock.h"
#include "domain/role.h"
#include "roleservice.h"
#include "storage/database.h"
#include "storage/personstore.h"
#include "storage/rotationstore.h"
#include "storage/transaction.h"

OnCallService::OnCallService(Database& db, Clock& clock, RoleService& roles, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_roles(roles), m_store(std::make_unique<RotationStore>(db)),
      m_people(std::make_unique<PersonStore>(db))
{
}

OnCallService::~OnCallService() = default;

Result<Rotation> OnCallService::createRotation(const Rotation& rotation)
{
    Rotation r = rotation;
    r.name = r.name.trimmed();
    if (r.name.isEmpty())
        return fail(tr("A rotation needs a name."));
    if (r.kind == RotationKind::Weekly)
        r.shiftHours = OnCall::weeklyHours;
    if (r.shiftHours < 1 || r.shiftHours > OnCall::maxShiftHours)
        return fail(tr("A shift lasts from 1 to %1 hours.").arg(OnCall::maxShiftHours));
    if (r.memberIds.isEmpty())
        return fail(tr("A rotation needs at least one member."));
    if (!r.startsAt.isValid())
        r.startsAt = m_clock.now();
    r.roleKey = r.roleKey.isEmpty() ? Roles::commander : Roles::normalizeKey(r.roleKey);
    if (const auto role = m_roles.definition(r.roleKey); !role)
        return role.failure();

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    for (qint64 id : std::as_const(r.memberIds))
        if (const auto p = m_people->get(id); !p)
            return p.failure();
    const auto existing = m_store->findByName(r.name);
    if (!existing)
        return existing.failure();
    if (existing.value())
        return fail(tr("A rotation called \"%1\" already exists.").arg(r.name));
    const Result<qint64> id = m_store->insert(r, m_clock.now());
    if (!id)
        return id.failure();
    r.id = id.value();
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit rotationsChanged();
    return r;
}

Result<RotationOverride> OnCallService::addOverride(const QString& rotationName,
                                                    const RotationOverride& override)
{
    RotationOverride o = override;
    if (!o.startsAt.isValid() || !o.endsAt.isValid() || o.endsAt <= o.startsAt)
        return fail(tr("An override needs a start and an end after it."));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const auto rotation = m_store->findByName(rotationName);
    if (!rotation)
        return rotation.failure();
    if (!rotation.value())
        return fail(tr("There is no rotation called \"%1\".").arg(rotationName));
    if (const auto p = m_people->get(o.personId); !p)
        return p.failure();
    o.rotationId = rotation.value()->id;
    const Result<qint64> id = m_store->insertOverride(o, m_clock.now());
    if (!id)
        return id.failure();
    o.id = id.value();
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit rotationsChanged();
    return o;
}

Result<QList<Rotation>> OnCallService::rotations() const
{
    return m_store->list();
}

Result<QList<OnCallService::OnCallNow>> OnCallService::onCall(const QDateTime& at) const
{
    const QDateTime when = at.isValid() ? at.toUTC() : m_clock.now();
    const auto rotations = m_store->list();
    if (!rotations)
        return rotations.failure();
    QList<OnCallNow> out;
    for (const Rotation& r : rotations.value()) {
        const auto overrides = m_store->overrides(r.id);
        if (!overrides)
            return overrides.failure();
        OnCallNow now;
        now.rotation = r;
        now.shift = OnCall::at(r, overrides.value(), when);
        if (now.shift.primaryId)
            if (const auto p = m_people->get(now.shift.primaryId))
                now.primary = p.value();
        if (now.shift.secondaryId)
            if (const auto p = m_people->get(now.shift.secondaryId))
                now.secondary = p.value();
        out << now;
    }
    return out;
}

Result<std::optional<Person>> OnCallService::suggestion(const QString& roleKey) const
{
    const auto all = onCall();
    if (!all)
        return all.failure();
    const QString key = Roles::normalizeKey(roleKey);
    for (const QString& wanted : {key, Roles::commander})
        for (const OnCallNow& n : all.value())
            if (n.rotation.roleKey == wanted && n.primary)
                return n.primary;
    return std::optional<Person>();
}
