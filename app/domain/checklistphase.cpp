#include "checklistphase.h"

#include <QCoreApplication>

namespace {
struct PhaseInfo
{
    ChecklistPhase phase;
    const char* key;
    const char* label;
};

const PhaseInfo kPhases[] = {
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
    return QString::fromLatin1(kPhases[int(p)].key);
}

QString ChecklistPhases::label(ChecklistPhase p)
{
    return QCoreApplication::translate("ChecklistPhase", kPhases[int(p)].label);
}

std::optional<ChecklistPhase> ChecklistPhases::parse(const QString& key)
{
    for (const PhaseInfo& info : kPhases)
        if (key == QLatin1String(info.key))
            return info.phase;
    return std::nullopt;
}

QList<ChecklistPhase> ChecklistPhases::all()
{
    QList<ChecklistPhase> out;
    for (const PhaseInfo& info : kPhases)
        out << info.phase;
    return out;
}
