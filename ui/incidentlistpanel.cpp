#include "incidentlistpanel.h"

#include "domain/incidentstatus.h"
#include "incidentlistmodel.h"

#include <QCheckBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

IncidentListPanel::IncidentListPanel(IncidentListModel* model, QWidget* parent)
    : QWidget(parent), m_model(model), m_view(new QTableView(this)), m_showDrills(new QCheckBox(this)),
      m_declare(new QPushButton(this)), m_heading(new QLabel(this))
{
    m_model->setParent(this);
    m_view->setObjectName(QStringLiteral("incidentList"));
    m_showDrills->setObjectName(QStringLiteral("showDrills"));
    m_declare->setObjectName(QStringLiteral("declareButton"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    // Columns are sized from sample texts (see sizeColumns), not by measuring every row: that made start-up
    // slow.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
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
    m_declare->setToolTip(
        tr("Declare early: when a second team is needed, customers are affected, or an hour "
           "of concentrated analysis has not solved it."));
    m_showDrills->setText(tr("Show drills"));
    m_model->retranslate();
    sizeColumns();
}

void IncidentListPanel::sizeColumns()
{
    QFont bold = m_view->font();
    bold.setBold(true); // open incidents are shown in bold
    const QFontMetrics fm(bold);
    const int pad = 2 * fm.averageCharWidth() + 8;
    auto widest = [&](const QStringList& samples) {
        int w = 0;
        for (const QString& s : samples)
            w = qMax(w, fm.horizontalAdvance(s));
        return w + pad;
    };
    auto header = [&](int column) { return m_model->headerData(column, Qt::Horizontal).toString(); };
    m_view->setColumnWidth(IncidentListModel::Code,
                           widest({header(IncidentListModel::Code),
                                   IncidentListModel::drillCode(QStringLiteral("DRILL-2026-0000"))}));
    m_view->setColumnWidth(IncidentListModel::Severity,
                           widest({header(IncidentListModel::Severity), QStringLiteral("SEV1")}));
    QStringList statuses{header(IncidentListModel::Status)};
    for (IncidentStatus st : IncidentStatuses::all())
        statuses << IncidentStatuses::label(st);
    m_view->setColumnWidth(IncidentListModel::Status, widest(statuses));
}
