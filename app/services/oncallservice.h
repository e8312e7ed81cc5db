#pragma once

#include "domain/person.h"
#include "domain/rotation.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class Clock;
class Database;
class PersonStore;
class RoleService;
class RotationStore;

// On-call rotations (weekly or custom shift length, primary and secondary, overrides) and who is on call
// now, so that the role board can suggest a person for a role.
class OnCallService final : public QObject
{
    Q_OBJECT
public:
    struct OnCallNow
    {
        Rotation rotation;
        OnCallShift shift;
        std::optional<Person> primary;
        std::optional<Person> secondary;
    };

    OnCallService(Database& db, Clock& clock, RoleService& roles, QObject* parent = nullptr);
    ~OnCallService() override;

    Result<Rotation> createRotation(const Rotation& rotation);
    Result<RotationOverride> addOverride(const QString& rotationName, const RotationOverride& override);
    Result<QList<Rotation>> rotations() const;
    // Everyone on call at `at` (now when null), one row per rotation.
    Result<QList<OnCallNow>> onCall(const QDateTime& at = {}) const;
    // The primary on call for `roleKey` now; falls back to the commander rotation.
    Result<std::optional<Person>> suggestion(const QString& roleKey) const;

signals:
    void rotationsChanged();

private:
    Database& m_db;
    Clock& m_clock;
    RoleService& m_roles;
    std::unique_ptr<RotationStore> m_store;
    std::unique_ptr<PersonStore> m_people;
};
