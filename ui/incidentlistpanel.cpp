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
    m_showDrills->setChecked(m_model->showDrills());
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
    // A reload resets the model: keep the user's selection, and make room for drill codes once one is listed.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_selected)
            select(m_selected);
        if (int(m_model->hasDrills()) != m_codeSizedForDrills)
            sizeCodeColumn();
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

namespace {
// Wide enough for the column's header and its widest sample, in the bold that open incidents are shown in.
int fittingWidth(const QTableView* view, int column, const QStringList& samples)
{
    QFont bold = view->font();
    bold.setBold(true);
    const QFontMetrics fm(bold);
    int w = fm.horizontalAdvance(view->model()->headerData(column, Qt::Horizontal).toString());
    for (const QString& s : samples)
        w = qMax(w, fm.horizontalAdvance(s));
    return w + 2 * fm.averageCharWidth() + 8;
}
} // namespace

void IncidentListPanel::sizeColumns()
{
    sizeCodeColumn();
    m_view->setColumnWidth(IncidentListModel::Severity,
                           fittingWidth(m_view, IncidentListModel::Severity, {QStringLiteral("SEV1")}));
    QStringList statuses;
    for (IncidentStatus st : IncidentStatuses::all())
        statuses << IncidentStatuses::label(st);
    m_view->setColumnWidth(IncidentListModel::Status,
                           fittingWidth(m_view, IncidentListModel::Status, statuses));
}

// Sized for "DRILL-2026-0000 (drill)" only while a drill is listed: otherwise the title gets that room. Sized
// again only when that changes, so a reload does not undo a width the user dragged.
void IncidentListPanel::sizeCodeColumn()
{
    const bool drills = m_model->hasDrills();
    m_codeSizedForDrills = int(drills);
    const QString sample = drills ? IncidentListModel::drillCode(QStringLiteral("DRILL-2026-0000"))
                                  : QStringLiteral("INC-2026-0000");
    m_view->setColumnWidth(IncidentListModel::Code, fittingWidth(m_view, IncidentListModel::Code, {sample}));
}
