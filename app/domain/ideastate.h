#pragma once

#include "keyedenum.h"

#include <QDateTime>

// A brainstorm idea is collected without judgment (open) and later confirmed or ruled out.
enum class IdeaState { Open, Confirmed, RuledOut };

namespace IdeaStates {
const KeyedTable<IdeaState>& table(); // key "open", "confirmed", "ruled_out"
inline QString key(IdeaState s) { return table().key(s); }
inline QString label(IdeaState s) { return table().label(s); }
inline std::optional<IdeaState> parse(const QString& k) { return table().parse(k); }
} // namespace IdeaStates

struct BrainstormIdea
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString text;
    QString author;
    QDateTime createdAt;
    IdeaState state = IdeaState::Open;
    QDateTime decidedAt;
    QString decidedBy;
    qint64 entryId = 0;        // the timeline entry that recorded the idea
    qint64 verdictEntryId = 0; // the timeline entry that recorded the verdict
};
