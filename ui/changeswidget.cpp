#include "changeswidget.h"

#include "changedialog.h"
#include "core.h"
#include "domain/clock.h"
#include "historydialog.h"
#include "plainmessagebox.h"
#include "services/changeservice.h"
#include "storage/database.h"
#include "timelinemodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { When, Who, What, Revert, State, ColumnCount };
}

ChangesWidget::ChangesWidget(Core& core, QWidget* parent)
    : QWidget(parent), m_core(core), m_title(new QLabel(this)), m_table(new QTableWidget(this)),
      m_add(new QPushButton(this)), m_edit(new QPushButton(this)), m_revert(new QPushButton(this)),
      m_history(new QPushButton(this))
{
    m_table->setObjectName(QStringLiteral("changesTable"));
    m_add->setObjectName(QStringLiteral("changeAdd"));
    m_edit->setObjectName(QStringLiteral("changeEdit"));
    m_revert->setObjectName(QStringLiteral("changeRevert"));
    m_history->setObjectName(QStringLiteral("changeHistory"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_table->setColumnCount(ColumnCount);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A handful of rows: measuring them is cheap, and the two texts share the width.
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(What, QHeaderView::Stretch);
    header->setSectionResizeMode(Revert, QHeaderView::Stretch);
    m_table->setWordWrap(true);
    // Rows follow the columns: measured once, they kept the height of a change recorded while the tab was
    // hidden and its columns narrow (one line of text in a row as tall as the table).
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_add->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+A")));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_title, 1);
    for (QPushButton* b : {m_add, m_edit, m_revert, m_history})
        buttons->addWidget(b);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_add, &QPushButton::clicked, this, &ChangesWidget::addChange);
    connect(m_edit, &QPushButton::clicked, this, &ChangesWidget::editChange);
    connect(m_revert, &QPushButton::clicked, this, &ChangesWidget::revertChange);
    connect(m_history, &QPushButton::clicked, this, &ChangesWidget::showHistory);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &ChangesWidget::editChange);
    connect(&core.changes(), &ChangeService::changesChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            refresh();
    });
    connect(&core.database(), &Database::externalChange, this, &ChangesWidget::refresh);
    retranslateUi();
}

void ChangesWidget::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    setEnabled(incidentId != 0);
    refresh();
}

void ChangesWidget::refresh()
{
    const auto changes = m_incidentId ? m_core.changes().list(m_incidentId)
                                      : Result<QList<ProductionChange>>(QList<ProductionChange>());
    const qint64 selected = selectedId();
    m_table->setRowCount(0);
    if (!changes)
        return emit errorOccurred(changes.error());
    m_table->setRowCount(int(changes->size()));
    for (int r = 0; r < changes->size(); ++r) {
        const ProductionChange& c = changes->at(r);
        const QString state =
            c.isReverted()
                ? tr("Reverted %1 by %2").arg(TimelineModel::formatTime(c.revertedAt), c.revertedBy)
                : tr("Still in place");
        const QStringList cells = {TimelineModel::formatTime(c.madeAt), c.madeBy, c.what, c.revertHow, state};
        for (int col = 0; col < ColumnCount; ++col) {
            auto* item = new QTableWidgetItem(cells.at(col));
            item->setData(Qt::UserRole, c.id);
            if (!c.isReverted() && col == State)
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            m_table->setItem(r, col, item);
        }
        if (c.id == selected)
            m_table->selectRow(r);
    }
}

qint64 ChangesWidget::selectedId() const
{
    const QTableWidgetItem* item = m_table->currentItem();
    return item && m_table->selectionModel()->hasSelection() ? item->data(Qt::UserRole).toLongLong() : 0;
}

void ChangesWidget::addChange()
{
    ChangeDialog dialog(ChangeDraft{{}, m_core.userName(), m_core.clock().now(), {}}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto saved = m_core.changes().record(m_incidentId, dialog.draft(), m_core.userName()); !saved)
        emit errorOccurred(saved.error());
}

void ChangesWidget::editChange()
{
    const auto current = m_core.changes().get(selectedId());
    if (!current)
        return;
    ChangeDialog dialog(ChangeDraft{current->what, current->madeBy, current->madeAt, current->revertHow},
                        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto saved = m_core.changes().edit(current->id, dialog.draft(), m_core.userName()); !saved)
        emit errorOccurred(saved.error());
}

void ChangesWidget::revertChange()
{
    const auto current = m_core.changes().get(selectedId());
    if (!current)
        return;
    if (PlainMessageBox::question(
            this, tr("Mark as reverted"),
            tr("Has this change been put back?\n\n%1\n\nHow: %2").arg(current->what, current->revertHow)) !=
        QMessageBox::Yes)
        return;
    if (const auto saved = m_core.changes().markReverted(current->id, {}, m_core.userName()); !saved)
        emit errorOccurred(saved.error());
}

void ChangesWidget::showHistory()
{
    const auto current = m_core.changes().get(selectedId());
    const auto earlier = m_core.changes().revisions(selectedId());
    if (!current || !earlier)
        return;
    QStringList lines;
    for (const ProductionChange& c : earlier.value() + QList<ProductionChange>{current.value()}) {
        lines << tr("Version %1 (%2): %3 — by %4 at %5 — revert: %6 — %7")
                     .arg(c.revision)
                     .arg(c.id == current->id && c.revision == current->revision
                              ? tr("current")
                              : tr("replaced %1 by %2")
                                    .arg(TimelineModel::formatTime(c.recordedAt), c.recordedBy),
                          c.what, c.madeBy, TimelineModel::formatTime(c.madeAt), c.revertHow,
                          c.isReverted() ? tr("reverted") : tr("in place"));
    }
    HistoryDialog(tr("History of the change"), lines, this).exec();
}

void ChangesWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChangesWidget::retranslateUi()
{
    m_title->setText(tr("Changes made to production"));
    m_add->setText(tr("Record change…"));
    m_add->setToolTip(tr("Record a change made to production (Ctrl+Shift+A)"));
    m_edit->setText(tr("Correct…"));
    m_revert->setText(tr("Mark reverted"));
    m_history->setText(tr("History…"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("How to revert"), tr("Reverted?")});
    refresh();
}
