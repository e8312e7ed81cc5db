#include "milestone.h"

const KeyedTable<Milestone>& Milestones::table()
{
    static const KeyedTable<Milestone> t("Milestone", {
        {Milestone::Detected, "detected", QT_TRANSLATE_NOOP("Milestone", "Detected")},
        {Milestone::Declared, "declared", QT_TRANSLATE_NOOP("Milestone", "Declared")},
        {Milestone::Mitigated, "mitigated", QT_TRANSLATE_NOOP("Milestone", "Mitigated")},
        {Milestone::Resolved, "resolved", QT_TRANSLATE_NOOP("Milestone", "Resolved")},
    });
    return t;
}
