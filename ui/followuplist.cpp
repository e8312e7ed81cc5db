#include "followuplist.h"

#include "core.h"
#include "followupdialog.h"
#include "followupmodel.h"
#include "services/followupservice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

FollowUpList::FollowUpList(Core& core, bool showIncident, QWidget* parent)
    : QWidget(parent), m_core(core), m_model(new FollowUpModel(showIncident, this)), m_view(new QTableView),
      m_buttons(new QHBoxLayout), m_edit(new QPushButton), m_done(new QPushButton)
{
    m_view->setObjectName(QStringLiteral("followUpTable"));
    m_edit->setObjectName(QStringLiteral("editFollowUp"));
    m_done->setObjectName(QStringLiteral("markFollowUpDone"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The action gets the room left; the other columns fit their contents, up to a cap (a long tracker URL
    // pushed the table sideways in the default window).
    m_view->horizontalHeader()->setSectionResizeMode(m_model->sectionOf(FollowUpModel::Title),
                                                     QHeaderView::Stretch);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_edit);
    m_buttons->addWidget(m_done);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_buttons);
    layout->addWidget(m_view, 1);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FollowUpList::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &FollowUpList::updateButtons);
    connect(m_view, &QTableView::doubleClicked, this, [this] {
        if (const FollowUp* f = selected())
            editInDialog(*f);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const FollowUp* f = selected())
            editInDialog(*f);
    });
    connect(m_done, &QPushButton::clicked, this, &FollowUpList::markSelectedDone);
    retranslateUi();
    updateButtons();
}

void FollowUpList::setItems(const QList<FollowUp>& items)
{
    const qint64 keep = selected() ? selected()->id : 0;
    m_model->setItems(items, m_core.followUps().today());
    m_view->resizeColumnsToContents();
    // In digits: a CJK font's "average character" is a full em.
    const int cap = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 20;
    for (int c = 0; c < m_model->columnCount(); ++c)
        if (c != m_model->sectionOf(FollowUpModel::Title) && m_view->columnWidth(c) > cap)
            m_view->setColumnWidth(c, cap);
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->itemAt(row)->id == keep)
            m_view->selectRow(row);
}

const FollowUp* FollowUpList::selected() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->itemAt(rows.first().row());
}

qint64 FollowUpList::editInDialog(const FollowUp& item)
{
    FollowUpDialog dialog(item, m_core.followUps().today(), this);
    while (dialog.exec() == QDialog::Accepted) {
        const Result<FollowUp> saved = item.id ? m_core.followUps().update(dialog.item(), m_core.userName())
                                               : m_core.followUps().add(dialog.item(), m_core.userName());
        if (saved)
            return saved->id;
        dialog.setError(saved.error());
    }
    return 0;
}

bool FollowUpList::markSelectedDone()
{
    const FollowUp* f = selected();
    if (!f)
        return false;
    const Result<FollowUp> saved = m_core.followUps().setStatus(f->id, FollowUpStatus::Done, m_core.userName());
    if (!saved)
        emit errorOccurred(saved.error());
    return saved.ok();
}

void FollowUpList::updateButtons()
{
    const FollowUp* f = selected();
    m_edit->setEnabled(f != nullptr);
    m_done->setEnabled(f && f->isOpen());
}

void FollowUpList::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FollowUpList::retranslateUi()
{
    m_edit->setText(tr("Edit…"));
    m_done->setText(tr("Mark done"));
    m_model->retranslate();
}
