#include "incidentlistmodel.h"

#include "core.h"
#include "plaintooltip.h"
#include "services/incidentservice.h"
#include "storage/database.h"
#include "uiformat.h"

#include <QFont>

#include <algorithm>

IncidentListModel::IncidentListModel(Core& core, QObject* parent) : QAbstractTableModel(parent), m_core(core)
{
    connect(&core.incidents(), &IncidentService::incidentCreated, this, &IncidentListModel::reload);
    connect(&core.incidents(), &IncidentService::incidentChanged, this, &IncidentListModel::reload);
    connect(&core.database(), &Database::externalChange, this, &IncidentListModel::reload);
    reload();
}

void IncidentListModel::reload()
{
    const auto list = m_core.incidents().list(m_showDrills);
    beginResetModel();
    if (list) {
        m_rows = list.value();
        m_error.clear();
    } else {
        m_error = list.error();
    }
    endResetModel();
}

QString IncidentListModel::drillCode(const QString& code)
{
    return tr("%1 (drill)").arg(code);
}

void IncidentListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void IncidentListModel::setShowDrills(bool show)
{
    if (show == m_showDrills)
        return;
    m_showDrills = show;
    reload();
}

int IncidentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int IncidentListModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows.at(r).id == id)
            return r;
    return -1;
}

const Incident* IncidentListModel::incidentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool IncidentListModel::hasDrills() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Incident& i) { return i.isDrill; });
}

QVariant IncidentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Incident& i = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code: return i.isDrill ? drillCode(i.code) : i.code;
        case Severity: return Severities::code(i.severity);
        case Status: return IncidentStatuses::label(i.status);
        case Title: return i.title;
        case Updated: return UiFormat::dateTimeShort(i.updatedAt);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Severity)
            return Severities::definition(i.severity);
        return plainToolTip(i.title);
    case Qt::ForegroundRole:
        if (index.column() == Severity)
            return UiFormat::severityColor(i.severity);
        if (!i.isOpen())
            return QColor(Qt::gray);
        break;
    case Qt::FontRole:
        if (i.isOpen() && index.column() <= Severity) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case IdRole: return i.id;
    case IsDrillRole: return i.isDrill;
    case IsOpenRole: return i.isOpen();
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Severity: return tr("Severity");
    case Status: return tr("Status");
    case Title: return tr("Title");
    case Updated: return tr("Updated");
    }
    return {};
}
