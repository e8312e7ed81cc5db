#include "followup.h"

#include "labelledenum.h"

namespace {
const KeyedEnumEntry<FollowUpType> kTypes[] = {
    {FollowUpType::Detective, "detective", QT_TRANSLATE_NOOP("FollowUp", "Detective")},
    {FollowUpType::Preventative, "preventative", QT_TRANSLATE_NOOP("FollowUp", "Preventative")},
    {FollowUpType::Corrective, "corrective", QT_TRANSLATE_NOOP("FollowUp", "Corrective")},
    {FollowUpType::Process, "process", QT_TRANSLATE_NOOP("FollowUp", "Process")},
};
const KeyedEnumEntry<FollowUpPriority> kPriorities[] = {
    {FollowUpPriority::High, "high", QT_TRANSLATE_NOOP("FollowUp", "High")},
    {FollowUpPriority::Medium, "medium", QT_TRANSLATE_NOOP("FollowUp", "Medium")},
    {FollowUpPriority::Low, "low", QT_TRANSLATE_NOOP("FollowUp", "Low")},
};
const KeyedEnumEntry<FollowUpStatus> kStatuses[] = {
    {FollowUpStatus::Open, "open", QT_TRANSLATE_NOOP("FollowUp", "Open")},
    {FollowUpStatus::InProgress, "in_progress", QT_TRANSLATE_NOOP("FollowUp", "In progress")},
    {FollowUpStatus::Done, "done", QT_TRANSLATE_NOOP("FollowUp", "Done")},
    {FollowUpStatus::WontDo, "wont_do", QT_TRANSLATE_NOOP("FollowUp", "Won't do")},
};

QString translated(const char* source)
{
    return QCoreApplication::translate(FollowUps::trContext, source);
}
} // namespace

QString FollowUps::typeKey(FollowUpType t) { return KeyedEnum::key(kTypes, t); }
QString FollowUps::typeLabel(FollowUpType t) { return translated(typeLabelSource(t)); }
const char* FollowUps::typeLabelSource(FollowUpType t) { return KeyedEnum::labelSource(kTypes, t); }
std::optional<FollowUpType> FollowUps::parseType(const QString& key) { return KeyedEnum::parse(kTypes, key); }
QList<FollowUpType> FollowUps::types() { return KeyedEnum::values(kTypes); }

QString FollowUps::priorityKey(FollowUpPriority p) { return KeyedEnum::key(kPriorities, p); }
QString FollowUps::priorityLabel(FollowUpPriority p) { return translated(priorityLabelSource(p)); }
const char* FollowUps::priorityLabelSource(FollowUpPriority p) { return KeyedEnum::labelSource(kPriorities, p); }
std::optional<FollowUpPriority> FollowUps::parsePriority(const QString& key)
{
    return KeyedEnum::parse(kPriorities, key);
}
QList<FollowUpPriority> FollowUps::priorities() { return KeyedEnum::values(kPriorities); }

QString FollowUps::statusKey(FollowUpStatus s) { return KeyedEnum::key(kStatuses, s); }
QString FollowUps::statusLabel(FollowUpStatus s) { return translated(statusLabelSource(s)); }
const char* FollowUps::statusLabelSource(FollowUpStatus s) { return KeyedEnum::labelSource(kStatuses, s); }
std::optional<FollowUpStatus> FollowUps::parseStatus(const QString& key) { return KeyedEnum::parse(kStatuses, key); }
QList<FollowUpStatus> FollowUps::statuses() { return KeyedEnum::values(kStatuses); }
