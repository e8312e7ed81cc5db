#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

enum class RotationKind { Weekly, Custom };
enum class OnCallSlot { Primary, Secondary };

namespace RotationKinds {
QString key(RotationKind k); // "weekly", "custom"
std::optional<RotationKind> parse(const QString& key);
} // namespace RotationKinds

namespace OnCallSlots {
QString key(OnCallSlot s); // "primary", "secondary"
QString label(OnCallSlot s);
std::optional<OnCallSlot> parse(const QString& key);
} // namespace OnCallSlots

// An on-call rotation: members take turns in fixed-length shifts from startsAt. The member of shift k is
// primary, the next one in the list is secondary (so the secondary is next week's primary, already warm).
struct Rotation
{
    qint64 id = 0;
    QString name;
    RotationKind kind = RotationKind::Weekly;
    QString roleKey; // the role this rotation suggests people for, usually "commander"
    QDateTime startsAt;
    int shiftHours = 168;    // weekly = 168; custom rotations choose
    QList<qint64> memberIds; // in turn order
};

// Someone covering a slot for a while (holiday swap, sick day). The latest override wins.
struct RotationOverride
{
    qint64 id = 0;
    qint64 rotationId = 0;
    OnCallSlot slot = OnCallSlot::Primary;
    qint64 personId = 0;
    QDateTime startsAt;
    QDateTime endsAt;
    QString reason;
};

struct OnCallShift
{
    qint64 rotationId = 0;
    qint64 primaryId = 0; // 0: nobody (rotation not started or empty)
    qint64 secondaryId = 0;
    QDateTime shiftStart;
    QDateTime shiftEnd;
    bool primaryOverridden = false;
    bool secondaryOverridden = false;
};

namespace OnCall {
constexpr int weeklyHours = 168;
constexpr int maxShiftHours = 24 * 366;
// Who is on call at `at`; overrides must belong to the rotation and are applied newest (highest id) first.
OnCallShift at(const Rotation& rotation, const QList<RotationOverride>& overrides, const QDateTime& at);
} // namespace OnCall
