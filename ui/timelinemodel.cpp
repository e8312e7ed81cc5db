#include "timelinemodel.h"

#include "core.h"
#include "services/timelineservice.h"
#include "storage/database.h"
#include "uiformat.h"

#include <QFont>

TimelineModel::TimelineModel(Core& core, QObject* parent) : QAbstractTableModel(parent), m_core(core)
{
    connect(&core.timeline(), &TimelineService::entryAdded, this, &TimelineModel::onEntryAdded);
    connect(&core.timeline(), &TimelineService::entryChanged, this, [this](qint64 incidentId, qint64) {
        if (incidentId == m_incidentId)
            reload();
    });
    connect(&core.database(), &Database::externalChange, this, &TimelineModel::reload);
}

void TimelineModel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    reload();
}

void TimelineModel::setNewestFirst(bool newestFirst)
{
    if (m_newestFirst == newestFirst)
        return;
    m_newestFirst = newestFirst;
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_atEnd = m_incidentId == 0;
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
}

void TimelineModel::onEntryAdded(qint64 incidentId, qint64 entryId)
{
    if (incidentId != m_incidentId)
        return;
    // The common case, a new entry at the top of a newest-first view, is an insert, not a reset.
    const auto entry = m_core.timeline().get(entryId);
    if (entry && m_newestFirst
        && (m_rows.isEmpty() || entry->occurredAt >= m_rows.constFirst().occurredAt)) {
        beginInsertRows({}, 0, 0);
        m_rows.prepend(entry.value());
        endInsertRows();
        return;
    }
    reload();
}

const TimelineEntry* TimelineModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TimelineModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const TimelineStore::PageCursor after =
        m_rows.isEmpty() ? TimelineStore::PageCursor{} : TimelineStore::cursorAfter(m_rows.constLast());
    const auto page = m_core.timeline().page(m_incidentId, m_newestFirst, after, pageSize);
    if (!page || page->isEmpty()) {
        m_atEnd = true;
        return;
    }
    m_atEnd = page->size() < pageSize;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(page.value());
    endInsertRows();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const TimelineEntry& e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return UiFormat::dateTime(e.occurredAt);
        case Kind: return EntryKinds::label(e.kind);
        case Author: return e.author;
        case Text: return e.text;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return tr("Recorded %1").arg(UiFormat::dateTime(e.recordedAt));
        break;
    case Qt::FontRole:
        if (e.important) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case IdRole: return e.id;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case Kind: return tr("Kind");
    case Author: return tr("Author");
    case Text: return tr("Entry");
    }
    return {};
}
