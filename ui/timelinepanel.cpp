#include "timelinepanel.h"

#include "core.h"
#include "domain/clock.h"
#include "entrycomposer.h"
#include "entrydeletecommand.h"
#include "entrydetailpane.h"
#include "entryeditcommand.h"
#include "entryinput.h"
#include "plaintooltip.h"
#include "services/brainstormservice.h"
#include "services/timelineservice.h"
#include "timelinedelegate.h"
#include "timelinefilterbar.h"
#include "timelinemodel.h"
#include "transcriptdialog.h"

#include <QAction>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {
enum ActionIndex {
    Undo,
    Redo,
    Edit,
    Delete,
    Restore,
    Important,
    Public,
    Transcript,
    Input,
    Search,
    History,
    Order,
    Deleted
};
}

TimelinePanel::TimelinePanel(Core& core, QWidget* parent)
    : IncidentPanel(parent), m_core(core), m_model(new TimelineModel(core, this)),
      m_undo(new QUndoStack(this)), m_filters(new TimelineFilterBar(this)), m_view(new QTableView(this)),
      m_detail(new EntryDetailPane(this)), m_split(new QSplitter(this)), m_composer(new EntryComposer(this)),
      m_toolbar(new QToolBar(this))
{
    setObjectName(QStringLiteral("timelinePanel"));
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_toolbar->setObjectName(QStringLiteral("timelineToolbar"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    // Fixed column widths and row heights: nothing is measured across rows, so 100,000 entries cost
    // what one screen costs.
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

    m_split->setObjectName(QStringLiteral("timelineSplit"));
    m_split->addWidget(m_view);
    m_split->addWidget(m_detail);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 1);
    m_split->setChildrenCollapsible(false);
    m_toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_toolbar);
    layout->addWidget(m_filters);
    layout->addWidget(m_split, 1);
    layout->addWidget(m_composer);

    buildActions();
    sizeColumns();
    connect(m_composer, &EntryComposer::submitted, this, &TimelinePanel::submit);
    connect(m_filters, &TimelineFilterBar::filterChanged, this,
            [this] { m_model->setFilter(m_filters->filter()); });
    connect(m_filters, &TimelineFilterBar::orderChanged, m_model, &TimelineModel::setNewestFirst);
    // Queued: the in-place editor closes first, then the edit may reset the model (an entry moved in time).
    connect(
        m_model, &TimelineModel::editRequested, this,
        [this](qint64 id, const EntryDraft& d) { requestEdit(id, d, tr("Edit entry")); },
        Qt::QueuedConnection);
    connect(m_model, &TimelineModel::errorOccurred, this, &TimelinePanel::reportError);
    connect(m_detail, &EntryDetailPane::changeRequested, this, &TimelinePanel::requestEdit);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) {
                const TimelineEntry* e = m_model->entryAt(i.row());
                m_selectedId = e ? e->id : 0;
                refreshDetail();
            });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelinePanel::refreshDetail);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &TimelinePanel::sizeTimeColumn);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        sizeTimeColumn();
        // Keep the selection on the same entry when the rows are fetched again (another process wrote).
        const int row = m_model->rowOf(m_selectedId);
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, TimelineModel::Text));
        refreshDetail();
    });
    connect(&core.timeline(), &TimelineService::entryAdded, this, [this](qint64 incidentId, qint64 entryId) {
        const auto e = m_core.timeline().get(entryId);
        if (incidentId == m_model->incidentId() && e && !m_authors.contains(e->author))
            refreshAuthors();
    });
    retranslateUi();
}

TimelinePanel::~TimelinePanel()
{
    // The undo stack is a child: QWidget's destructor deletes it after ours has run, and its clear() must
    // not call back into this half-destroyed panel.
    disconnect(m_undo, nullptr, this, nullptr);
}

QAction* TimelinePanel::addShortcut(const QString& name, const QList<QKeySequence>& keys,
                                    void (TimelinePanel::*slot)())
{
    auto* a = new QAction(this);
    a->setObjectName(name);
    a->setShortcuts(keys);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(a, &QAction::triggered, this, slot);
    addAction(a);
    m_actions << a;
    return a;
}

void TimelinePanel::buildActions()
{
    // Our own undo and redo actions (not QUndoStack::createUndoAction) so that their text follows a
    // language switch; the tooltip names the command.
    QAction* undo = addShortcut(QStringLiteral("timelineUndo"), {QKeySequence::Undo}, &TimelinePanel::undo);
    QAction* redo =
        addShortcut(QStringLiteral("timelineRedo"),
                    {QKeySequence(QStringLiteral("Ctrl+Shift+Z")), QKeySequence(QStringLiteral("Ctrl+Y"))},
                    &TimelinePanel::redo);
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(m_undo, &QUndoStack::indexChanged, this, &TimelinePanel::retranslateUi);
    addShortcut(QStringLiteral("timelineEdit"), {QKeySequence(Qt::Key_F2)}, &TimelinePanel::editSelectedText);
    addShortcut(QStringLiteral("timelineDelete"), {QKeySequence::Delete}, &TimelinePanel::deleteSelected);
    addShortcut(QStringLiteral("timelineRestore"), {QKeySequence(QStringLiteral("Ctrl+Shift+R"))},
                &TimelinePanel::restoreSelected);
    addShortcut(QStringLiteral("timelineImportant"), {QKeySequence(QStringLiteral("Ctrl+I"))},
                &TimelinePanel::toggleImportant);
    addShortcut(QStringLiteral("timelinePublic"), {QKeySequence(QStringLiteral("Ctrl+Shift+P"))},
                &TimelinePanel::togglePublic);
    addShortcut(QStringLiteral("timelineTranscript"), {QKeySequence(QStringLiteral("Ctrl+Shift+V"))},
                &TimelinePanel::openTranscript);
    addShortcut(QStringLiteral("timelineFocusInput"), {QKeySequence(QStringLiteral("Ctrl+L"))},
                &TimelinePanel::focusInput);
    addShortcut(QStringLiteral("timelineFocusSearch"), {QKeySequence::Find}, &TimelinePanel::focusSearch);
    addShortcut(QStringLiteral("timelineHistory"), {QKeySequence(QStringLiteral("Ctrl+H"))},
                &TimelinePanel::focusHistory);
    addShortcut(QStringLiteral("timelineOrderToggle"), {QKeySequence(QStringLiteral("Ctrl+Shift+O"))},
                &TimelinePanel::toggleOrder);
    addShortcut(QStringLiteral("timelineDeletedToggle"), {QKeySequence(QStringLiteral("Ctrl+Shift+X"))},
                &TimelinePanel::toggleDeleted);
    for (int i : {Undo, Redo, Edit, Delete, Restore, Important, Transcript})
        m_toolbar->addAction(m_actions.at(i));
}

void TimelinePanel::setIncident(qint64 incidentId)
{
    m_undo->clear(); // commands belong to one incident's entries
    m_selectedId = 0;
    m_model->setIncident(incidentId);
    m_composer->setEnabled(incidentId != 0);
    refreshAuthors();
    refreshDetail();
}

QString TimelinePanel::name()
{
    return tr("Timeline");
}

void TimelinePanel::reportError(const QString& message)
{
    m_composer->showError(message);
    emit errorOccurred(message);
}

void TimelinePanel::refreshAuthors()
{
    const auto authors = m_model->incidentId() ? m_core.timeline().authors(m_model->incidentId())
                                               : Result<QStringList>(QStringList());
    m_authors = authors ? authors.value() : QStringList();
    m_filters->setAuthors(m_authors);
}

const TimelineEntry* TimelinePanel::selectedEntry() const
{
    return m_model->entryAt(m_view->currentIndex().row());
}

void TimelinePanel::refreshDetail()
{
    const int row = m_model->rowOf(m_selectedId);
    const TimelineEntry* e = m_model->entryAt(row);
    if (!e) {
        m_detail->setEntry(std::nullopt, {});
        return;
    }
    const auto revisions = m_core.timeline().revisions(e->id);
    m_detail->setEntry(*e, revisions ? revisions.value() : QList<TimelineEntry>());
}

void TimelinePanel::submit()
{
    const qint64 incidentId = m_model->incidentId();
    EntryDraft d = m_composer->draft();
    if (incidentId == 0 || d.text.trimmed().isEmpty())
        return;
    d.author = m_core.userName();
    qint64 entryId = 0;
    if (d.kind == EntryKind::Hypothesis) { // hypotheses also go on the brainstorm board
        const auto idea = m_core.brainstorm().add(incidentId, d.text, d.author);
        if (!idea)
            return m_composer->showError(idea.error()); // keep the text so nothing typed is lost
        entryId = idea->entryId;
    } else {
        const auto saved = m_core.timeline().add(incidentId, d);
        if (!saved)
            return m_composer->showError(saved.error());
        entryId = saved->id;
    }
    m_undo->push(new EntryDeleteCommand(m_core, entryId, false, true, tr("Add entry"),
                                        [this](const QString& e) { reportError(e); }));
    m_composer->clear();
}

void TimelinePanel::requestEdit(qint64 entryId, const EntryDraft& changes, const QString& what)
{
    const auto current = m_core.timeline().get(entryId);
    if (!current)
        return reportError(current.error());
    EntryDraft before = EntryDraft::from(current.value());
    if (Status s = TimelineService::validate(changes); !s)
        return reportError(s.error());
    m_undo->push(new EntryEditCommand(m_core, entryId, before, changes, what,
                                      [this](const QString& e) { reportError(e); }));
}

void TimelinePanel::undo()
{
    m_undo->undo();
}

void TimelinePanel::redo()
{
    m_undo->redo();
}

void TimelinePanel::editSelectedText()
{
    const QModelIndex i = m_view->currentIndex();
    if (i.isValid())
        m_view->edit(m_model->index(i.row(), TimelineModel::Text));
}

void TimelinePanel::setDeleted(bool deleted)
{
    const TimelineEntry* e = selectedEntry();
    if (!e || e->deleted == deleted)
        return;
    m_undo->push(new EntryDeleteCommand(m_core, e->id, deleted, false,
                                        deleted ? tr("Delete entry") : tr("Restore entry"),
                                        [this](const QString& err) { reportError(err); }));
}

void TimelinePanel::deleteSelected()
{
    setDeleted(true);
}

void TimelinePanel::restoreSelected()
{
    setDeleted(false);
}

void TimelinePanel::toggleImportant()
{
    const TimelineEntry* e = selectedEntry();
    if (!e || e->deleted)
        return;
    EntryDraft d = EntryDraft::from(*e);
    d.important = !e->important;
    requestEdit(e->id, d, d.important ? tr("Mark important") : tr("Unmark important"));
}

void TimelinePanel::togglePublic()
{
    const TimelineEntry* e = selectedEntry();
    if (!e || e->deleted)
        return;
    EntryDraft d = EntryDraft::from(*e);
    d.isPublic = !e->isPublic;
    requestEdit(e->id, d, d.isPublic ? tr("Make public") : tr("Make internal"));
}

void TimelinePanel::openTranscript()
{
    pasteTranscript();
}

void TimelinePanel::pasteTranscript(const QString& paste)
{
    const qint64 incidentId = m_model->incidentId();
    if (!incidentId)
        return;
    TranscriptDialog dialog(m_core.clock().now().toLocalTime().date(), this);
    if (!paste.isEmpty())
        dialog.setText(paste);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QList<EntryDraft> drafts = dialog.drafts();
    if (drafts.isEmpty())
        return;
    for (EntryDraft& d : drafts)
        if (d.author.isEmpty())
            d.author = m_core.userName();
    // All or nothing: a bad line leaves the timeline as it was.
    const auto saved = m_core.timeline().addMany(incidentId, drafts);
    if (!saved) {
        reportError(saved.error());
        return;
    }
    // One undo step for the whole paste.
    m_undo->beginMacro(tr("Add %n entries from a transcript", "", int(saved->size())));
    for (const TimelineEntry& entry : saved.value())
        m_undo->push(new EntryDeleteCommand(m_core, entry.id, false, true, tr("Add entry"),
                                            [this](const QString& e) { reportError(e); }));
    m_undo->endMacro();
}

void TimelinePanel::focusInput()
{
    m_composer->input()->setFocus(Qt::ShortcutFocusReason);
}

void TimelinePanel::focusSearch()
{
    m_filters->search()->setFocus(Qt::ShortcutFocusReason);
    m_filters->search()->selectAll();
}

void TimelinePanel::focusHistory()
{
    m_detail->history()->setFocus(Qt::ShortcutFocusReason);
}

void TimelinePanel::toggleOrder()
{
    m_filters->toggleOrder();
}

void TimelinePanel::toggleDeleted()
{
    m_filters->toggleDeleted();
}

void TimelinePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateAll();
    IncidentPanel::changeEvent(event);
}

void TimelinePanel::retranslateUi()
{
    const QList<QPair<int, QString>> texts = {
        {Undo, tr("Undo")},
        {Redo, tr("Redo")},
        {Edit, tr("Edit")},
        {Delete, tr("Delete")},
        {Restore, tr("Restore")},
        {Important, tr("Important")},
        {Public, tr("Public")},
        {Transcript, tr("Paste chat…")},
        {Input, tr("New entry")},
        {Search, tr("Search")},
        {History, tr("History")},
        {Order, tr("Newest or oldest first")},
        {Deleted, tr("Show deleted entries")},
    };
    for (const auto& [index, text] : texts) {
        QAction* a = m_actions.at(index);
        a->setText(text);
        QString detail = index == Undo ? m_undo->undoText() : index == Redo ? m_undo->redoText() : QString();
        // The undo text may quote an entry: user text.
        a->setToolTip(plainToolTip(
            detail.isEmpty()
                ? QStringLiteral("%1 (%2)").arg(text, a->shortcut().toString(QKeySequence::NativeText))
                : QStringLiteral("%1: %2 (%3)")
                      .arg(text, detail, a->shortcut().toString(QKeySequence::NativeText))));
    }
}

void TimelinePanel::sizeColumns()
{
    // Widths from the longest texts in the current language, measured once in bold (important rows), so
    // nothing is measured per row. The kind column fits every plain kind; "· public" and a milestone's
    // longer label ("Milestone: Customer impact began") are elided in the middle (see TimelineDelegate),
    // with the whole in the tooltip, so that the entries' own text keeps room in the default window.
    const QFontMetrics fm(boldFont());
    int kind = 0;
    for (EntryKind k : EntryKinds::all())
        kind = qMax(kind, fm.horizontalAdvance(TimelineModel::kindText(k, Milestone::None, false)));
    QHeaderView* header = m_view->horizontalHeader();
    header->resizeSection(TimelineModel::Kind, kind + columnPadding);
    header->resizeSection(TimelineModel::Author,
                          fm.horizontalAdvance(QLatin1Char('0')) * 18); // elided beyond
    m_timeSizedFor.clear();
    sizeTimeColumn();
}

void TimelinePanel::sizeTimeColumn()
{
    // The time column shows a date and the UTC time only when some row needs them; it widens when the
    // rows loaded so far first do, and otherwise keeps the width the user may have dragged.
    const QString widest = m_model->widestTimeText();
    if (widest == m_timeSizedFor)
        return;
    m_timeSizedFor = widest;
    const QFontMetrics fm(boldFont());
    const QString title = m_model->headerData(TimelineModel::Time, Qt::Horizontal).toString();
    m_view->horizontalHeader()->resizeSection(
        TimelineModel::Time, qMax(fm.horizontalAdvance(widest), fm.horizontalAdvance(title)) + columnPadding);
}

QFont TimelinePanel::boldFont() const
{
    QFont bold = m_view->font();
    bold.setBold(true);
    return bold;
}

void TimelinePanel::resizeEvent(QResizeEvent* event)
{
    IncidentPanel::resizeEvent(event);
    arrangeForWidth();
}

void TimelinePanel::arrangeForWidth()
{
    const Qt::Orientation wanted = width() < sideBySideWidth ? Qt::Vertical : Qt::Horizontal;
    if (m_split->orientation() == wanted)
        return; // keep what the user dragged
    m_split->setOrientation(wanted);
    m_detail->setUnderTimeline(wanted == Qt::Vertical);
    m_filters->setStacked(wanted == Qt::Vertical);
    // Proportions: setSizes scales them to the room there is.
    m_split->setSizes(wanted == Qt::Vertical ? QList<int>{650, 350} : QList<int>{750, 250});
}

void TimelinePanel::retranslateAll()
{
    retranslateUi();
    sizeColumns();
    m_model->reload(); // headers and kind labels in the new language
}
