#pragma once

#include "domain/timelineentry.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QGridLayout;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;

// The selected entry in full: multi-line text, times, author and role, links, milestone and flags (each
// editable, each an undoable edit), and every earlier version of the entry.
class EntryDetailPane final : public QWidget
{
    Q_OBJECT
public:
    explicit EntryDetailPane(QWidget* parent = nullptr);

    // Shows `entry` and its earlier versions (oldest first); nullopt clears the pane.
    void setEntry(const std::optional<TimelineEntry>& entry, const QList<TimelineEntry>& revisions);
    QListWidget* history() const { return m_history; }
    // Under the timeline the pane is wide and short: the text on the left, the rest beside it. Beside the
    // timeline it is tall and narrow: everything in one column.
    void setUnderTimeline(bool under);
    bool isUnderTimeline() const { return m_under; }

signals:
    // The user changed links, milestone, important or public of the shown entry.
    void changeRequested(qint64 entryId, const EntryDraft& changes, const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void refresh();
    void request(const QString& what, const std::function<void(EntryDraft&)>& change);

    std::optional<TimelineEntry> m_entry;
    QList<TimelineEntry> m_revisions;
    QLabel* m_meta;
    QTextBrowser* m_text;
    QLabel* m_linksLabel;
    QLineEdit* m_links;
    QLabel* m_milestoneLabel;
    QComboBox* m_milestone;
    QCheckBox* m_important;
    QCheckBox* m_public;
    QLabel* m_historyLabel;
    QListWidget* m_history;
    QWidget* m_side;
    QGridLayout* m_grid;
    bool m_under = true;
};
