#include "checklistitem.h"

#include "enumtable.h"

namespace {
const EnumEntry<ChecklistState> kStates[] = {
    {ChecklistState::Open, "open", QT_TRANSLATE_NOOP("ChecklistState", "Open")},
    {ChecklistState::Done, "done", QT_TRANSLATE_NOOP("ChecklistState", "Done")},
    {ChecklistState::Skipped, "skipped", QT_TRANSLATE_NOOP("ChecklistState", "Skipped")},
};
} // namespace

QString ChecklistStates::key(ChecklistState s)
{
    return EnumTable::key(kStates, s);
}

QString ChecklistStates::label(ChecklistState s)
{
    return EnumTable::label("ChecklistState", kStates, s);
}

std::optional<ChecklistState> ChecklistStates::parse(const QString& key)
{
    return EnumTable::parse(kStates, key);
}

QDateTime ChecklistItem::dueAt(const QDateTime& declaredAt) const
{
    const QDateTime from = adHoc ? createdAt : declaredAt;
    if (timeBoxMinutes <= 0 || !from.isValid())
        return {};
    return from.addSecs(qint64(timeBoxMinutes) * 60);
}

bool ChecklistItem::isOverdue(const QDateTime& declaredAt, const QDateTime& now) const
{
    const QDateTime due = dueAt(declaredAt);
    return state == ChecklistState::Open && due.isValid() && now > due;
}
