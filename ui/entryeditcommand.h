#pragma once

#include "domain/timelineentry.h"

#include <QUndoCommand>

#include <functional>

class Core;

// Undoable edit of one timeline entry (text, kind, time, flags, links). Undo writes the earlier content
// back as a new version, so the entry's history shows both the edit and its undoing.
class EntryEditCommand final : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString&)>;
    EntryEditCommand(Core& core, qint64 entryId, EntryDraft before, EntryDraft after, const QString& text,
                     ErrorSink onError);

    void undo() override;
    void redo() override;

private:
    void apply(const EntryDraft& content);

    Core& m_core;
    qint64 m_entryId;
    EntryDraft m_before;
    EntryDraft m_after;
    int m_revision; // the entry's version this command's next apply expects: what the user saw, then ours
    ErrorSink m_onError;
};
