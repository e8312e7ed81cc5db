#include "followupmodel.h"
#include "plaintooltip.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

FollowUpModel::FollowUpModel(bool showIncident, QObject* parent)
    : QAbstractTableModel(parent), m_showIncident(showIncident)
{
}

void FollowUpModel::setItems(const QList<FollowUp>& items, const QDate& today)
{
    beginResetModel();
    m_items = items;
    m_today = today;
    endResetModel();
}

const FollowUp* FollowUpModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int FollowUpModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int FollowUpModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : (m_showIncident ? ColumnCount : ColumnCount - 1);
}

QString FollowUpModel::text(const FollowUp& f, int c) const
{
    switch (c) {
    case Incident: return f.incidentCode;
    case Title: return f.title;
    case Type: return FollowUps::typeLabel(f.type);
    case Priority: return FollowUps::priorityLabel(f.priority);
    case Owner: return f.owner;
    case Due:
        if (!f.dueDate.isValid())
            return QStringLiteral("—");
        return f.isOverdue(m_today) ? tr("%1 (overdue)").arg(QLocale().toString(f.dueDate, QLocale::ShortFormat))
                                    : QLocale().toString(f.dueDate, QLocale::ShortFormat);
    case Status: return FollowUps::statusLabel(f.status);
    case Tracker: return f.trackerUrl;
    }
    return {};
}

QVariant FollowUpModel::data(const QModelIndex& index, int role) const
{
    const FollowUp* f = itemAt(index.row());
    if (!f)
        return {};
    const int c = column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(*f, c);
    case Qt::ToolTipRole:
        return plainToolTip(c == Incident ? f->incidentTitle : text(*f, c));
    case Qt::ForegroundRole:
        if (f->isOverdue(m_today))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (!f->isOpen())
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    case IdRole:
        return f->id;
    }
    return {};
}

QVariant FollowUpModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (column(section)) {
    case Incident: return tr("Incident");
    case Title: return tr("Action");
    case Type: return tr("Type");
    case Priority: return tr("Priority");
    case Owner: return tr("Owner");
    case Due: return tr("Due");
    case Status: return tr("Status");
    case Tracker: return tr("Tracker");
    }
    return {};
}

void FollowUpModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}
