#include "entryrole.h"

const KeyedTable<EntryRole>& EntryRoles::table()
{
    static const KeyedTable<EntryRole> t(
        "EntryRole",
        {
            {EntryRole::IncidentCommander, "ic", QT_TRANSLATE_NOOP("EntryRole", "Incident Commander")},
            {EntryRole::Operations, "ops", QT_TRANSLATE_NOOP("EntryRole", "Operations lead")},
            {EntryRole::Communications, "comms", QT_TRANSLATE_NOOP("EntryRole", "Communications lead")},
            {EntryRole::Planning, "planning", QT_TRANSLATE_NOOP("EntryRole", "Planning lead")},
            {EntryRole::Scribe, "scribe", QT_TRANSLATE_NOOP("EntryRole", "Scribe")},
            {EntryRole::Deputy, "deputy", QT_TRANSLATE_NOOP("EntryRole", "Deputy / Next IC")},
            {EntryRole::Liaison, "liaison", QT_TRANSLATE_NOOP("EntryRole", "Liaison")},
            {EntryRole::Expert, "sme", QT_TRANSLATE_NOOP("EntryRole", "Subject-matter expert")},
        });
    return t;
}
