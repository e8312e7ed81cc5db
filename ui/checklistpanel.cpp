#include "checklistpanel.h"

#include "adhocitemdialog.h"
#include "checklistmodel.h"
#include "core.h"
#include "declarationhelper.h"
#include "domain/checklistrole.h"
#include "icloopwidget.h"
#include "services/checklistservice.h"
#include "services/incidentservice.h"
#include "storage/database.h"
#include "templateeditordialog.h"
#include "wrappingitemdelegate.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

ChecklistPanel::ChecklistPanel(Core& core, QWidget* parent) : IncidentPanel(parent), m_core(core)
{
    setObjectName(QStringLiteral("checklistPanel"));
}

// The contents are made when an incident is first shown, not with the window: the workspace creates every
// tab at start-up, and the window must come up fast.
void ChecklistPanel::ensureBuilt()
{
    if (m_model)
        return;
    m_model = new ChecklistModel(m_core, this);
    m_helper = new DeclarationHelper(m_core);
    m_loop = new IcLoopWidget(m_core);
    m_extendNote = new QLabel;
    m_extend = new QPushButton;
    m_roleLabel = new QLabel;
    m_roleFilter = new QComboBox;
    m_summary = new QLabel;
    m_done = new QPushButton;
    m_reopen = new QPushButton;
    m_skip = new QPushButton;
    m_add = new QPushButton;
    m_templates = new QPushButton;
    m_view = new QTreeView;
    m_error = new QLabel;
    m_timer = new QTimer(this);

    m_roleFilter->setObjectName(QStringLiteral("checklistRoleFilter"));
    m_extendNote->setObjectName(QStringLiteral("checklistExtendNote"));
    m_extend->setObjectName(QStringLiteral("checklistExtend"));
    m_extendNote->setWordWrap(true);
    // Messages and names quote user text: shown as typed, never as rich text.
    m_extendNote->setTextFormat(Qt::PlainText);
    m_extendNote->setStyleSheet(QStringLiteral("color: #e65100; font-weight: bold;"));
    m_extendNote->hide();
    m_extend->hide();
    m_summary->setObjectName(QStringLiteral("checklistSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_done->setObjectName(QStringLiteral("checklistDone"));
    m_reopen->setObjectName(QStringLiteral("checklistReopen"));
    m_skip->setObjectName(QStringLiteral("checklistSkip"));
    m_add->setObjectName(QStringLiteral("checklistAdd"));
    m_templates->setObjectName(QStringLiteral("checklistTemplates"));
    m_view->setObjectName(QStringLiteral("checklistView"));
    m_error->setObjectName(QStringLiteral("checklistError"));
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    m_roleFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_view->setModel(m_model);
    m_view->setUniformRowHeights(false); // wrapped item texts: a step is read whole, never cut off
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(true);
    auto* wrapping = new WrappingItemDelegate(m_view);
    m_view->setItemDelegateForColumn(ChecklistModel::Text, wrapping);
    m_view->setItemDelegateForColumn(ChecklistModel::State, wrapping);
    // The item text gets the room; the rest fit their contents (the full text is in the tooltip too).
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ChecklistModel::Text, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ChecklistModel::Owner, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChecklistModel::TimeBox, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(ChecklistModel::State, QHeaderView::Interactive);
    m_view->header()->resizeSection(ChecklistModel::State, 200);

    auto* filter = new QHBoxLayout;
    filter->addWidget(m_roleLabel);
    filter->addWidget(m_roleFilter);
    filter->addWidget(m_summary, 1);
    filter->addWidget(m_templates);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_done);
    actions->addWidget(m_reopen);
    actions->addWidget(m_skip);
    actions->addStretch(1);
    actions->addWidget(m_add);
    auto* content = new QWidget; // filled off screen, then shown at once even when the panel is visible
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_helper);
    layout->addWidget(m_loop);
    auto* extend = new QHBoxLayout;
    extend->addWidget(m_extendNote, 1);
    extend->addWidget(m_extend);
    layout->addLayout(extend);
    layout->addLayout(filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);
    layout->addLayout(actions);
    auto* outer = new QVBoxLayout(this);
    outer->addWidget(content);
    content->show();

    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelection = selectedItemId(); });
    connect(m_model, &ChecklistModel::reloaded, this, &ChecklistPanel::onModelReloaded);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChecklistPanel::updateButtons);
    connect(m_view, &QTreeView::doubleClicked, this, &ChecklistPanel::markDoneIfOpen);
    auto* doneKey = new QAction(m_view); // Space marks the selected item done, as a double-click does
    doneKey->setShortcut(Qt::Key_Space);
    doneKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(doneKey);
    connect(doneKey, &QAction::triggered, this, &ChecklistPanel::markDoneIfOpen);
    connect(m_roleFilter, &QComboBox::activated, this,
            [this] { m_model->setRoleFilter(m_roleFilter->currentData().toString()); });
    connect(m_done, &QPushButton::clicked, this, &ChecklistPanel::markDone);
    connect(m_reopen, &QPushButton::clicked, this, &ChecklistPanel::reopen);
    connect(m_skip, &QPushButton::clicked, this, &ChecklistPanel::skip);
    connect(m_add, &QPushButton::clicked, this, &ChecklistPanel::addItem);
    connect(m_extend, &QPushButton::clicked, this, &ChecklistPanel::extendChecklist);
    connect(m_templates, &QPushButton::clicked, this, &ChecklistPanel::editTemplates);
    connect(m_helper, &DeclarationHelper::errorOccurred, this, &ChecklistPanel::showError);
    connect(m_loop, &IcLoopWidget::errorOccurred, this, &ChecklistPanel::showError);
    connect(&m_core.incidents(), &IncidentService::incidentChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            refreshIncident();
    });
    connect(&m_core.database(), &Database::externalChange, this, &ChecklistPanel::refreshIncident);
    connect(m_timer, &QTimer::timeout, this, &ChecklistPanel::refreshClock);
    m_timer->start(20000);
    retranslateUi();
}

QString ChecklistPanel::name()
{
    return tr("Checklist");
}

QString ChecklistPanel::title() const
{
    return name();
}

void ChecklistPanel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    if (!incidentId && !m_model)
        return;
    ensureBuilt();
    m_error->hide();
    m_model->setIncident(incidentId);
    refreshIncident();
}

void ChecklistPanel::refreshIncident()
{
    const auto incident = m_incidentId ? m_core.incidents().get(m_incidentId) : Result<Incident>(Incident{});
    const Incident i = incident ? incident.value() : Incident{};
    m_helper->setIncident(i);
    m_loop->setIncident(i.id, i.declaredAt, i.isOpen());
    // After a severity change the checklist may lack the new severity's steps (a SEV1 has more).
    const auto pending = i.id && i.isOpen() ? m_core.checklists().pendingTemplate(i.id)
                                            : Result<std::optional<QString>>(std::optional<QString>());
    const bool offer = pending && pending.value().has_value();
    m_extendNote->setVisible(offer);
    m_extend->setVisible(offer);
    if (offer)
        m_extendNote->setText(tr("The incident is now %1, but its checklist was made for another severity.")
                                  .arg(Severities::code(i.severity)));
}

void ChecklistPanel::extendChecklist()
{
    const auto added = m_core.checklists().extendFromSeverityTemplate(m_incidentId, m_core.userName());
    showError(added ? QString() : added.error());
    refreshIncident();
}

void ChecklistPanel::refreshClock()
{
    if (!m_model)
        return;
    m_model->refreshTimes();
    m_helper->refreshClock();
    m_loop->refreshClock();
    onModelReloaded();
}

void ChecklistPanel::onModelReloaded()
{
    const qint64 selected = m_keepSelection ? m_keepSelection : selectedItemId();
    m_keepSelection = 0;
    m_view->expandAll();
    fillRoleFilter();
    const int overdue = m_model->overdueCount();
    QString summary =
        tr("%1 of %2 items done or skipped").arg(m_model->closedCount()).arg(m_model->totalCount());
    if (overdue)
        summary += QStringLiteral(" · ") + tr("%n overdue", "", overdue);
    m_summary->setText(summary);
    m_summary->setStyleSheet(overdue ? QStringLiteral("color: #b71c1c; font-weight: bold;") : QString());
    m_add->setEnabled(m_incidentId != 0);
    if (selected)
        selectItem(selected);
    updateButtons();
}

void ChecklistPanel::fillRoleFilter()
{
    const QString current = m_model->roleFilter();
    const QSignalBlocker block(m_roleFilter);
    m_roleFilter->clear();
    m_roleFilter->addItem(tr("All roles"), QString());
    QStringList keys = ChecklistRoles::builtinKeys();
    for (const QString& k : m_model->roleKeysInUse())
        if (!keys.contains(k))
            keys << k;
    for (const QString& k : std::as_const(keys))
        m_roleFilter->addItem(ChecklistRoles::label(k), k);
    m_roleFilter->setCurrentIndex(qMax(0, m_roleFilter->findData(current)));
}

void ChecklistPanel::selectItem(qint64 itemId)
{
    const QModelIndex index = m_model->indexOfItem(itemId);
    if (index.isValid())
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
}

qint64 ChecklistPanel::selectedItemId() const
{
    const ChecklistItem* item = m_model->itemAt(m_view->selectionModel()->currentIndex());
    return item ? item->id : 0;
}

void ChecklistPanel::updateButtons()
{
    const ChecklistItem* item = m_model->itemAt(m_view->selectionModel()->currentIndex());
    const bool open = item && item->state == ChecklistState::Open;
    m_done->setEnabled(open);
    m_skip->setEnabled(open);
    m_reopen->setEnabled(item && !open);
}

void ChecklistPanel::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString ChecklistPanel::askReason(const QString& title, const QString& label)
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("reasonDialog"));
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.resize(qMax(dialog.sizeHint().width(), 460), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.textValue().trimmed();
}

void ChecklistPanel::markDone()
{
    if (const qint64 id = selectedItemId()) {
        const Status s = m_core.checklists().check(id, m_core.userName());
        showError(s ? QString() : s.error());
    }
}

void ChecklistPanel::markDoneIfOpen()
{
    const ChecklistItem* item = m_model->itemAt(m_view->currentIndex());
    if (item && item->state == ChecklistState::Open)
        markDone();
}

void ChecklistPanel::reopen()
{
    changeWithReason(false);
}

void ChecklistPanel::skip()
{
    changeWithReason(true);
}

// Reopening and skipping both ask why; the reason goes into the item's history and the timeline.
void ChecklistPanel::changeWithReason(bool skip)
{
    const qint64 id = selectedItemId();
    if (!id)
        return;
    const QString reason =
        skip ? askReason(tr("Skip item"), tr("Why is this item skipped? (kept in the timeline)"))
             : askReason(tr("Reopen item"), tr("Why is this item reopened? (kept in the timeline)"));
    if (reason.isEmpty())
        return;
    ChecklistService& service = m_core.checklists();
    const Status s =
        skip ? service.skip(id, reason, m_core.userName()) : service.uncheck(id, reason, m_core.userName());
    showError(s ? QString() : s.error());
}

void ChecklistPanel::addItem()
{
    if (!m_incidentId)
        return;
    AdHocItemDialog dialog(this);
    const ChecklistItem* selected = m_model->itemAt(m_view->selectionModel()->currentIndex());
    TemplateItem suggestion; // the selected item's phase and the role being filtered on
    suggestion.phase = selected ? selected->phase : ChecklistPhase::Stabilise;
    suggestion.roleKey = m_model->roleFilter();
    dialog.setItem(suggestion);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const TemplateItem i = dialog.item();
    const auto added = m_core.checklists().addAdHocItem(m_incidentId, i.phase, i.roleKey, i.text.en,
                                                        i.text.ja, m_core.userName(), i.timeBoxMinutes);
    showError(added ? QString() : added.error());
    if (added)
        selectItem(added->id);
}

void ChecklistPanel::editTemplates()
{
    TemplateEditorDialog dialog(m_core, this);
    dialog.exec();
}

void ChecklistPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange && m_model)
        retranslateUi();
    IncidentPanel::changeEvent(event);
}

void ChecklistPanel::retranslateUi()
{
    m_roleLabel->setText(tr("Role:"));
    m_done->setText(tr("Mark done"));
    m_reopen->setText(tr("Reopen…"));
    m_skip->setText(tr("Skip…"));
    m_add->setText(tr("Add item…"));
    m_templates->setText(tr("Edit templates…"));
    m_extend->setText(tr("Add the missing steps"));
    m_view->setToolTip(tr("Double-click an open item, or press Space, to mark it done."));
    m_model->reload(); // item texts follow the UI language
    refreshIncident();
}
