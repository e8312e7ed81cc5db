#include "rolehistorymodel.h"

#include "core.h"
#include "plaintooltip.h"
#include "services/roleservice.h"
#include "storage/database.h"
#include "uiformat.h"

#include <QFont>

RoleHistoryModel::RoleHistoryModel(Core& core, QObject* parent) : QAbstractTableModel(parent), m_core(core)
{
    connect(&core.roles(), &RoleService::rolesChanged, this, [this](qint64 id) {
        if (id == m_incidentId)
            reload();
    });
    connect(&core.database(), &Database::externalChange, this, &RoleHistoryModel::reload);
}

void RoleHistoryModel::setIncident(qint64 incidentId, const QString& roleKey)
{
    m_incidentId = incidentId;
    m_roleKey = roleKey;
    reload();
}

void RoleHistoryModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_incidentId)
        if (const auto history = m_core.roles().history(m_incidentId, m_roleKey))
            m_rows = history.value();
    endResetModel();
}

const Assignment* RoleHistoryModel::assignmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int RoleHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoleHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoleHistoryModel::data(const QModelIndex& index, int role) const
{
    const Assignment* a = index.isValid() ? assignmentAt(index.row()) : nullptr;
    if (!a)
        return {};
    if (role == Qt::FontRole && a->isCurrent()) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Role: {
        const auto def = m_core.roles().definition(a->roleKey);
        return def ? def->displayName() : a->roleKey;
    }
    case Person:
        return a->personName;
    case From:
        return UiFormat::dateTime(a->startedAt);
    case Until:
        return a->isCurrent() ? tr("now") : UiFormat::dateTime(a->endedAt);
    case Ended:
        return a->endReason ? AssignmentEnds::label(*a->endReason) : tr("Current");
    default:
        return {};
    }
}

QVariant RoleHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Role:
        return tr("Role");
    case Person:
        return tr("Holder");
    case From:
        return tr("From");
    case Until:
        return tr("Until");
    case Ended:
        return tr("How it ended");
    default:
        return {};
    }
}
