#include "entryeditcommand.h"

#include "core.h"
#include "services/timelineservice.h"

EntryEditCommand::EntryEditCommand(Core& core, qint64 entryId, EntryDraft before, EntryDraft after,
                                   const QString& text, ErrorSink onError)
    : QUndoCommand(text), m_core(core), m_entryId(entryId), m_before(std::move(before)),
      m_after(std::move(after)), m_revision(m_after.basedOnRevision), m_onError(std::move(onError))
{
}

void EntryEditCommand::undo()
{
    apply(m_before);
}

void EntryEditCommand::redo()
{
    apply(m_after);
}

void EntryEditCommand::apply(const EntryDraft& content)
{
    // Undo and redo expect the version the previous step left: an edit made elsewhere in between is kept,
    // and the step reports it instead.
    EntryDraft d = content;
    d.basedOnRevision = m_revision;
    const auto saved = m_core.timeline().edit(m_entryId, d, m_core.userName());
    if (saved)
        m_revision = saved->revision;
    else if (m_onError)
        m_onError(saved.error());
}
