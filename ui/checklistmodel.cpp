#include "checklistmodel.h"

#include "checklistformat.h"
#include "core.h"
#include "domain/checklistrole.h"
#include "domain/clock.h"
#include "plaintooltip.h"
#include "services/checklistservice.h"
#include "services/incidentservice.h"
#include "storage/database.h"
#include "uiformat.h"

#include <QBrush>
#include <QFont>

ChecklistModel::ChecklistModel(Core& core, QObject* parent) : QAbstractItemModel(parent), m_core(core)
{
    auto reloadIfMine = [this](qint64 incidentId) {
        if (incidentId == m_incidentId)
            reload();
    };
    connect(&core.checklists(), &ChecklistService::itemAdded, this, reloadIfMine);
    connect(&core.checklists(), &ChecklistService::itemChanged, this, reloadIfMine);
    connect(&core.incidents(), &IncidentService::incidentChanged, this, reloadIfMine);
    connect(&core.database(), &Database::externalChange, this, &ChecklistModel::reload);
}

void ChecklistModel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    reload();
}

void ChecklistModel::setRoleFilter(const QString& roleKey)
{
    if (roleKey == m_roleFilter)
        return;
    m_roleFilter = roleKey;
    reload();
}

QList<ChecklistModel::Group> ChecklistModel::grouped(const QList<ChecklistItem>& all) const
{
    QList<Group> groups;
    for (ChecklistPhase phase : ChecklistPhases::all()) {
        Group g{phase, {}};
        for (const ChecklistItem& i : all)
            if (i.phase == phase && (m_roleFilter.isEmpty() || i.roleKey == m_roleFilter))
                g.items << i;
        if (!g.items.isEmpty())
            groups << g;
    }
    return groups;
}

bool ChecklistModel::sameShape(const QList<Group>& a, const QList<Group>& b)
{
    if (a.size() != b.size())
        return false;
    for (int g = 0; g < a.size(); ++g) {
        if (a.at(g).phase != b.at(g).phase || a.at(g).items.size() != b.at(g).items.size())
            return false;
        for (int r = 0; r < a.at(g).items.size(); ++r)
            if (a.at(g).items.at(r).id != b.at(g).items.at(r).id)
                return false;
    }
    return true;
}

// Reloads from the core. When only states or texts changed (the common case: an item ticked here or in
// another process) the rows stay and only their data changes, so the view keeps its scroll position and
// selection; a new item, a filter or another incident resets the model.
void ChecklistModel::reload()
{
    QDateTime declaredAt;
    QList<ChecklistItem> all;
    if (m_incidentId) {
        if (const auto incident = m_core.incidents().get(m_incidentId))
            declaredAt = incident->declaredAt;
        if (const auto items = m_core.checklists().items(m_incidentId))
            all = items.value();
    }
    QList<Group> groups = grouped(all);
    const bool keepRows = sameShape(groups, m_groups);
    if (!keepRows)
        beginResetModel();
    m_all = all;
    m_groups = groups;
    m_declaredAt = declaredAt;
    if (keepRows)
        refreshTimes();
    else
        endResetModel();
    emit reloaded();
}

void ChecklistModel::refreshTimes()
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex parent = index(g, 0);
        emit dataChanged(index(g, 0), index(g, ColumnCount - 1));
        if (!m_groups.at(g).items.isEmpty())
            emit dataChanged(index(0, 0, parent),
                             index(int(m_groups.at(g).items.size()) - 1, ColumnCount - 1, parent));
    }
}

bool ChecklistModel::isOverdue(const ChecklistItem& item) const
{
    return item.isOverdue(m_declaredAt, m_core.clock().now());
}

int ChecklistModel::closedCount() const
{
    return int(std::count_if(m_all.cbegin(), m_all.cend(),
                             [](const ChecklistItem& i) { return i.state != ChecklistState::Open; }));
}

int ChecklistModel::overdueCount() const
{
    return int(
        std::count_if(m_all.cbegin(), m_all.cend(), [this](const ChecklistItem& i) { return isOverdue(i); }));
}

QStringList ChecklistModel::roleKeysInUse() const
{
    QStringList keys;
    for (const ChecklistItem& i : m_all)
        if (!i.roleKey.isEmpty() && !keys.contains(i.roleKey))
            keys << i.roleKey;
    return keys;
}

const ChecklistItem* ChecklistModel::itemAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Group& g = m_groups.at(int(index.internalId()) - 1);
    return &g.items.at(index.row());
}

QModelIndex ChecklistModel::indexOfItem(qint64 itemId) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups.at(g).items.size(); ++r)
            if (m_groups.at(g).items.at(r).id == itemId)
                return createIndex(r, 0, quintptr(g + 1));
    return {};
}

// Internal id 0 marks a phase row; an item row carries its group's index + 1.
QModelIndex ChecklistModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId()) - 1, 0, quintptr(0));
}

int ChecklistModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0)
        return int(m_groups.at(parent.row()).items.size());
    return 0;
}

int ChecklistModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | (index.internalId() ? Qt::ItemIsSelectable : Qt::NoItemFlags);
}

QVariant ChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0)
        return groupData(m_groups.at(index.row()), index.column(), role);
    return itemData(*itemAt(index), index.column(), role);
}

QVariant ChecklistModel::groupData(const Group& g, int column, int role) const
{
    if (role == PhaseRole)
        return int(g.phase);
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role != Qt::DisplayRole || column != Text)
        return {};
    const auto closed = std::count_if(g.items.cbegin(), g.items.cend(),
                                      [](const ChecklistItem& i) { return i.state != ChecklistState::Open; });
    return tr("%1 (%2 of %3)").arg(ChecklistPhases::label(g.phase)).arg(closed).arg(g.items.size());
}

QVariant ChecklistModel::itemData(const ChecklistItem& item, int column, int role) const
{
    const bool overdue = isOverdue(item);
    switch (role) {
    case ItemIdRole:
        return item.id;
    case OverdueRole:
        return overdue;
    case StateRole:
        return int(item.state);
    case PhaseRole:
        return int(item.phase);
    case Qt::CheckStateRole:
        if (column == Text)
            return item.state == ChecklistState::Open ? Qt::Unchecked : Qt::Checked;
        return {};
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(0xb7, 0x1c, 0x1c));
        if (item.state != ChecklistState::Open)
            return QBrush(QColor(0x61, 0x61, 0x61));
        return {};
    case Qt::BackgroundRole:
        return overdue ? QBrush(QColor(0xff, 0xeb, 0xee)) : QVariant();
    case Qt::FontRole:
        if (overdue || item.state == ChecklistState::Skipped) {
            QFont f;
            f.setBold(overdue);
            f.setStrikeOut(item.state == ChecklistState::Skipped);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return plainToolTip(ChecklistFormat::toolTip(item, m_declaredAt, overdue));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Text:
        return QStringLiteral("%1. %2").arg(item.number).arg(item.text.current());
    case Owner:
        return item.roleKey.isEmpty() ? QString() : ChecklistRoles::label(item.roleKey);
    case TimeBox:
        return ChecklistFormat::timeBox(item, m_declaredAt, overdue);
    case State:
        return ChecklistFormat::state(item);
    default:
        return {};
    }
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Text:
        return tr("Item");
    case Owner:
        return tr("Owner");
    case TimeBox:
        return tr("Time box");
    case State:
        return tr("Done / skipped");
    default:
        return {};
    }
}
