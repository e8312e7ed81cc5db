#include "rotation.h"

#include <QCoreApplication>

#include <algorithm>

QString RotationKinds::key(RotationKind k)
{
    return k == RotationKind::Weekly ? QStringLiteral("weekly") : QStringLiteral("custom");
}

std::optional<RotationKind> RotationKinds::parse(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QStringLiteral("weekly"))
        return RotationKind::Weekly;
    if (k == QStringLiteral("custom"))
        return RotationKind::Custom;
    return std::nullopt;
}

QString OnCallSlots::key(OnCallSlot s)
{
    return s == OnCallSlot::Primary ? QStringLiteral("primary") : QStringLiteral("secondary");
}

QString OnCallSlots::label(OnCallSlot s)
{
    return s == OnCallSlot::Primary ? QCoreApplication::translate("OnCallSlot", "Primary")
                                    : QCoreApplication::translate("OnCallSlot", "Secondary");
}

std::optional<OnCallSlot> OnCallSlots::parse(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QStringLiteral("primary"))
        return OnCallSlot::Primary;
    if (k == QStringLiteral("secondary"))
        return OnCallSlot::Secondary;
    return std::nullopt;
}

OnCallShift OnCall::at(const Rotation& r, const QList<RotationOverride>& overrides, const QDateTime& at)
{
    OnCallShift shift;
    shift.rotationId = r.id;
    const qint64 shiftMs = qint64(qMax(1, r.shiftHours)) * 3600 * 1000;
    const qint64 sinceStart = at.toMSecsSinceEpoch() - r.startsAt.toMSecsSinceEpoch();
    if (sinceStart >= 0 && !r.memberIds.isEmpty()) {
        const qint64 index = sinceStart / shiftMs;
        const int n = int(r.memberIds.size());
        shift.primaryId = r.memberIds.at(int(index % n));
        if (n > 1)
            shift.secondaryId = r.memberIds.at(int((index + 1) % n));
        shift.shiftStart = r.startsAt.addMSecs(index * shiftMs);
        shift.shiftEnd = shift.shiftStart.addMSecs(shiftMs);
    }
    QList<RotationOverride> sorted = overrides;
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.id > b.id; });
    bool primaryDone = false;
    bool secondaryDone = false;
    for (const RotationOverride& o : std::as_const(sorted)) {
        if (o.rotationId != r.id || at < o.startsAt || at >= o.endsAt)
            continue;
        if (o.slot == OnCallSlot::Primary && !primaryDone) {
            shift.primaryId = o.personId;
            shift.primaryOverridden = primaryDone = true;
        } else if (o.slot == OnCallSlot::Secondary && !secondaryDone) {
            shift.secondaryId = o.personId;
            shift.secondaryOverridden = secondaryDone = true;
        }
    }
    return shift;
}
