#include "checklistitem.h"

#include <QCoreApplication>

namespace {
struct StateInfo
{
    ChecklistState state;
    const char* key;
    const char* label;
};

const StateInfo kStates[] = {
    {ChecklistState::Open, "open", QT_TRANSLATE_NOOP("ChecklistState", "Open")},
    {ChecklistState::Done, "done", QT_TRANSLATE_NOOP("ChecklistState", "Done")},
    {ChecklistState::Skipped, "skipped", QT_TRANSLATE_NOOP("ChecklistState", "Skipped")},
};
} // namespace

QString ChecklistStates::key(ChecklistState s)
{
    return QString::fromLatin1(kStates[int(s)].key);
}

QString ChecklistStates::label(ChecklistState s)
{
    return QCoreApplication::translate("ChecklistState", kStates[int(s)].label);
}

std::optional<ChecklistState> ChecklistStates::parse(const QString& key)
{
    for (const StateInfo& info : kStates)
        if (key == QLatin1String(info.key))
            return info.state;
    return std::nullopt;
}

QDateTime ChecklistItem::dueAt(const QDateTime& declaredAt) const
{
    if (timeBoxMinutes <= 0 || !declaredAt.isValid())
        return {};
    return declaredAt.addSecs(qint64(timeBoxMinutes) * 60);
}

bool ChecklistItem::isOverdue(const QDateTime& declaredAt, const QDateTime& now) const
{
    const QDateTime due = dueAt(declaredAt);
    return state == ChecklistState::Open && due.isValid() && now > due;
}
