#include "ideastate.h"

const KeyedTable<IdeaState>& IdeaStates::table()
{
    static const KeyedTable<IdeaState> t("IdeaState", {
        {IdeaState::Open, "open", QT_TRANSLATE_NOOP("IdeaState", "Open")},
        {IdeaState::Confirmed, "confirmed", QT_TRANSLATE_NOOP("IdeaState", "Confirmed")},
        {IdeaState::RuledOut, "ruled_out", QT_TRANSLATE_NOOP("IdeaState", "Ruled out")},
    });
    return t;
}
