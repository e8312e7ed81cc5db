#include "rotationstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlrows.h"

#include <QSqlQuery>

namespace {
const QString kSelect =
    QStringLiteral("SELECT id, name, kind, role_key, starts_at, shift_hours FROM rotations ");
}

Rotation RotationStore::fromQuery(const QSqlQuery& q)
{
    Rotation r;
    r.id = q.value(0).toLongLong();
    r.name = q.value(1).toString();
    r.kind = RotationKinds::parse(q.value(2).toString()).value_or(RotationKind::Custom);
    r.roleKey = q.value(3).toString();
    r.startsAt = Time::fromDbValue(q.value(4));
    r.shiftHours = q.value(5).toInt();
    return r;
}

Status RotationStore::loadMembers(Rotation& r) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT person_id FROM rotation_members WHERE rotation_id = ? ORDER BY position"));
    q.addBindValue(r.id);
    const auto ids = SqlRows::collect(q, [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
    if (!ids)
        return ids.failure();
    r.memberIds = ids.value();
    return {};
}

Result<qint64> RotationStore::insert(const Rotation& r, const QDateTime& at)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO rotations (name, kind, role_key, starts_at, shift_hours, "
                                    "created_at) VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(r.name);
    q.addBindValue(RotationKinds::key(r.kind));
    q.addBindValue(r.roleKey);
    q.addBindValue(Time::toDbValue(r.startsAt));
    q.addBindValue(r.shiftHours);
    q.addBindValue(Time::toDbValue(at));
    const Result<qint64> id = SqlRows::insert(q);
    if (!id)
        return id;
    for (int i = 0; i < r.memberIds.size(); ++i) {
        QSqlQuery m = m_db.prepare(QStringLiteral(
            "INSERT INTO rotation_members (rotation_id, position, person_id) VALUES (?, ?, ?)"));
        m.addBindValue(id.value());
        m.addBindValue(i);
        m.addBindValue(r.memberIds.at(i));
        if (Status s = SqlError::exec(m); !s)
            return s.failure();
    }
    return id;
}

Result<QList<Rotation>> RotationStore::list() const
{
    QSqlQuery q = m_db.prepare(kSelect + QStringLiteral("ORDER BY name"));
    auto rotations = SqlRows::collect(q, fromQuery);
    if (!rotations)
        return rotations;
    for (Rotation& r : rotations.value())
        if (Status s = loadMembers(r); !s)
            return s.failure();
    return rotations;
}

Result<std::optional<Rotation>> RotationStore::findByName(const QString& name) const
{
    QSqlQuery q = m_db.prepare(kSelect + QStringLiteral("WHERE name = ?"));
    q.addBindValue(name.trimmed());
    auto found = SqlRows::optional<Rotation>(q, fromQuery);
    if (!found || !found.value())
        return found;
    if (Status s = loadMembers(*found.value()); !s)
        return s.failure();
    return found;
}

Result<qint64> RotationStore::insertOverride(const RotationOverride& o, const QDateTime& at)
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("INSERT INTO rotation_overrides (rotation_id, slot, person_id, "
                                    "starts_at, ends_at, reason, created_at) VALUES (?, ?, ?, ?, ?, "
                                    "COALESCE(?, ''), ?)"));
    q.addBindValue(o.rotationId);
    q.addBindValue(OnCallSlots::key(o.slot));
    q.addBindValue(o.personId);
    q.addBindValue(Time::toDbValue(o.startsAt));
    q.addBindValue(Time::toDbValue(o.endsAt));
    q.addBindValue(o.reason);
    q.addBindValue(Time::toDbValue(at));
    return SqlRows::insert(q);
}

Result<QList<RotationOverride>> RotationStore::overrides(qint64 rotationId) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT id, rotation_id, slot, person_id, starts_at, ends_at, reason "
                                    "FROM rotation_overrides WHERE rotation_id = ? ORDER BY id"));
    q.addBindValue(rotationId);
    return SqlRows::collect(q, [](const QSqlQuery& row) {
        RotationOverride o;
        o.id = row.value(0).toLongLong();
        o.rotationId = row.value(1).toLongLong();
        o.slot = OnCallSlots::parse(row.value(2).toString()).value_or(OnCallSlot::Primary);
        o.personId = row.value(3).toLongLong();
        o.startsAt = Time::fromDbValue(row.value(4));
        o.endsAt = Time::fromDbValue(row.value(5));
        o.reason = row.value(6).toString();
        return o;
    });
}
