#include "incidentlistpanel.h"

#include "incidentlistmodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

IncidentListPanel::IncidentListPanel(Core& core, QWidget* parent)
    : QWidget(parent), m_model(new IncidentListModel(core, this)), m_view(new QTableView(this)),
      m_showDrills(new QCheckBox(this)), m_declare(new QPushButton(this)), m_heading(new QLabel(this))
{
    m_view->setObjectName(QStringLiteral("incidentList"));
    m_showDrills->setObjectName(QStringLiteral("showDrills"));
    m_declare->setObjectName(QStringLiteral("declareButton"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(IncidentListModel::Title, QHeaderView::Stretch);
    m_view->setColumnHidden(IncidentListModel::Updated, true);
    m_view->setWordWrap(false);
    m_showDrills->setChecked(true);
    QFont f = m_heading->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_heading->setFont(f);
    m_declare->setStyleSheet(QStringLiteral("QPushButton { font-weight: bold; padding: 6px 12px; }"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_declare);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_showDrills);

    connect(m_declare, &QPushButton::clicked, this, &IncidentListPanel::declareRequested);
    connect(m_showDrills, &QCheckBox::toggled, m_model, &IncidentListModel::setShowDrills);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentListPanel::emitSelection);
    // A reload resets the model: keep the user's selection.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_selected)
            select(m_selected);
    });
    retranslateUi();
}

void IncidentListPanel::emitSelection()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? current.data(IncidentListModel::IdRole).toLongLong() : 0;
    if (id == m_selected || (!id && m_model->rowOf(m_selected) >= 0))
        return;
    m_selected = id;
    emit incidentSelected(id);
}

void IncidentListPanel::select(qint64 incidentId)
{
    const int row = m_model->rowOf(incidentId);
    if (row < 0)
        return;
    m_selected = incidentId;
    m_view->selectRow(row);
    m_view->setCurrentIndex(m_model->index(row, 0));
}

qint64 IncidentListPanel::selectedId() const
{
    return m_selected;
}

void IncidentListPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IncidentListPanel::retranslateUi()
{
    m_heading->setText(tr("Incidents"));
    m_declare->setText(tr("Declare incident…"));
    m_declare->setToolTip(tr("Declare early: when a second team is needed, customers are affected, or an hour "
                             "of concentrated analysis has not solved it."));
    m_showDrills->setText(tr("Show drills"));
    // Model strings (headers, statuses) are made on demand; a reset makes the view ask again.
    m_model->reload();
}
