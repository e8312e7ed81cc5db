#pragma once

#include <QUndoCommand>

#include <functional>

class Core;

// Undoable soft deletion or restoration of a timeline entry. Adding an entry is pushed as this command too
// (already done, "deleted = false"): undoing the add deletes the entry softly, redoing restores it, so
// the entry keeps one id and its history through any number of undo and redo.
class EntryDeleteCommand final : public QUndoCommand
{
public:
    using ErrorSink = std::function<void(const QString&)>;
    EntryDeleteCommand(Core& core, qint64 entryId, bool deleted, bool alreadyDone, const QString& text,
                       ErrorSink onError);

    void undo() override;
    void redo() override;

private:
    void apply(bool deleted);

    Core& m_core;
    qint64 m_entryId;
    bool m_deleted;
    bool m_skipRedo;
    ErrorSink m_onError;
};
