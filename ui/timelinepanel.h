#pragma once

#include "domain/timelineentry.h"
#include "incidentpanel.h"

class Core;
class EntryComposer;
class EntryDetailPane;
class QAction;
class QFont;
class QSplitter;
class QTableView;
class QToolBar;
class QUndoStack;
class TimelineFilterBar;
class TimelineModel;

// The timeline tab: search and filters, the entries (lazily fetched, edited in place), the selected entry
// in full with its history, and one input always at hand. Every change is one undoable command, and every
// action has a shortcut.
class TimelinePanel final : public IncidentPanel
{
    Q_OBJECT
public:
    explicit TimelinePanel(Core& core, QWidget* parent = nullptr);
    ~TimelinePanel() override;
    void setIncident(qint64 incidentId) override;
    QString title() const override { return name(); }
    static QString name(); // the tab's title in the current language

    TimelineModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QUndoStack* undoStack() const { return m_undo; }
    // Opens the transcript dialog (pre-filled with `paste`, if any) and adds the chosen messages.
    void pasteTranscript(const QString& paste = {});

    // Narrower than this, the selected entry goes under the entries instead of beside them: beside, in the
    // default 1280-pixel window, the entries' text had no room left after the time, kind and author.
    static constexpr int sideBySideWidth = 1100;

signals:
    void errorOccurred(const QString& message);

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void buildActions();
    QAction* addShortcut(const QString& name, const QList<QKeySequence>& keys, void (TimelinePanel::*slot)());
    void retranslateUi();
    void retranslateAll();
    void sizeColumns();
    void sizeTimeColumn();
    QFont boldFont() const;
    void arrangeForWidth();
    void submit();
    void undo();
    void redo();
    void editSelectedText();
    void deleteSelected();
    void restoreSelected();
    void toggleImportant();
    void togglePublic();
    void openTranscript();
    void focusInput();
    void focusSearch();
    void focusHistory();
    void toggleOrder();
    void toggleDeleted();
    void requestEdit(qint64 entryId, const EntryDraft& changes, const QString& what);
    void setDeleted(bool deleted);
    void refreshDetail();
    void refreshAuthors();
    const TimelineEntry* selectedEntry() const;
    void reportError(const QString& message);

    Core& m_core;
    TimelineModel* m_model;
    QUndoStack* m_undo;
    TimelineFilterBar* m_filters;
    QTableView* m_view;
    EntryDetailPane* m_detail;
    QSplitter* m_split;
    EntryComposer* m_composer;
    QToolBar* m_toolbar;
    QStringList m_authors;
    qint64 m_selectedId = 0;
    QString m_timeSizedFor; // the text the time column was last sized for
    static constexpr int columnPadding = 16;
    QList<QAction*> m_actions;
};
