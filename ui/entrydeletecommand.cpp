#include "entrydeletecommand.h"

#include "core.h"
#include "services/timelineservice.h"

EntryDeleteCommand::EntryDeleteCommand(Core& core, qint64 entryId, bool deleted, bool alreadyDone,
                                       const QString& text, ErrorSink onError)
    : QUndoCommand(text), m_core(core), m_entryId(entryId), m_deleted(deleted), m_skipRedo(alreadyDone),
      m_onError(std::move(onError))
{
}

void EntryDeleteCommand::undo()
{
    apply(!m_deleted);
}

void EntryDeleteCommand::redo()
{
    if (m_skipRedo) { // QUndoStack::push() calls redo(); the add itself already happened
        m_skipRedo = false;
        return;
    }
    apply(m_deleted);
}

void EntryDeleteCommand::apply(bool deleted)
{
    TimelineService& t = m_core.timeline();
    const Status s = deleted ? t.remove(m_entryId, m_core.userName()) : t.restore(m_entryId, m_core.userName());
    if (!s && m_onError)
        m_onError(s.error());
}
