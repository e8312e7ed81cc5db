#include "entryrole.h"

const KeyedTable<EntryRole>& EntryRoles::table()
{
    static const KeyedTable<EntryRole> t("EntryRole", {
        {EntryRole::IncidentCommander, "ic", QT_TRANSLATE_NOOP("EntryRole", "Incident Commander")},
        {EntryRole::Operations, "ops", QT_TRANSLATE_NOOP("EntryRole", "Operations")},
        {EntryRole::Communications, "comms", QT_TRANSLATE_NOOP("EntryRole", "Communications")},
        {EntryRole::Planning, "planning", QT_TRANSLATE_NOOP("EntryRole", "Planning")},
        {EntryRole::Scribe, "scribe", QT_TRANSLATE_NOOP("EntryRole", "Scribe")},
        {EntryRole::Deputy, "deputy", QT_TRANSLATE_NOOP("EntryRole", "Deputy IC")},
        {EntryRole::Liaison, "liaison", QT_TRANSLATE_NOOP("EntryRole", "Liaison")},
        {EntryRole::Expert, "sme", QT_TRANSLATE_NOOP("EntryRole", "Subject-matter expert")},
    });
    return t;
}
