#include "checklistphase.h"

#include "enumtable.h"

namespace {
const EnumEntry<ChecklistPhase> kPhases[] = {
    {ChecklistPhase::Declare, "declare", QT_TRANSLATE_NOOP("ChecklistPhase", "Declare")},
    {ChecklistPhase::Stabilise, "stabilise", QT_TRANSLATE_NOOP("ChecklistPhase", "Stabilise")},
    {ChecklistPhase::Communicate, "communicate", QT_TRANSLATE_NOOP("ChecklistPhase", "Communicate")},
    {ChecklistPhase::HandOff, "hand_off", QT_TRANSLATE_NOOP("ChecklistPhase", "Hand off")},
    {ChecklistPhase::Resolve, "resolve", QT_TRANSLATE_NOOP("ChecklistPhase", "Resolve")},
    {ChecklistPhase::After, "after", QT_TRANSLATE_NOOP("ChecklistPhase", "After the incident")},
};
} // namespace

QString ChecklistPhases::key(ChecklistPhase p)
{
    return EnumTable::key(kPhases, p);
}

QString ChecklistPhases::label(ChecklistPhase p)
{
    return EnumTable::label("ChecklistPhase", kPhases, p);
}

std::optional<ChecklistPhase> ChecklistPhases::parse(const QString& key)
{
    return EnumTable::parse(kPhases, key);
}

QList<ChecklistPhase> ChecklistPhases::all()
{
    QList<ChecklistPhase> out;
    for (const auto& e : kPhases)
        out << e.value;
    return out;
}
