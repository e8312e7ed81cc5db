#include "timelinemodel.h"

#include "core.h"
#include "plaintooltip.h"
#include "services/incidentservice.h"
#include "services/timelineservice.h"
#include "storage/database.h"
#include "uiformat.h"

#include <QColor>
#include <QFont>
#include <QLocale>
#include <QTimer>

TimelineModel::TimelineModel(Core& core, QObject* parent) : QAbstractTableModel(parent), m_core(core)
{
    connect(&core.timeline(), &TimelineService::entryAdded, this, &TimelineModel::onEntryAdded);
    connect(&core.timeline(), &TimelineService::entryChanged, this, &TimelineModel::onEntryChanged);
    connect(&core.database(), &Database::externalChange, this, &TimelineModel::reload);
}

QString TimelineModel::formatTime(const QDateTime& utc)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = utc.toLocalTime();
    return tr("%1 (%2 UTC)").arg(local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), UiFormat::utcTime(local, utc.toUTC()));
}

QString TimelineModel::formatRowTime(const QDateTime& utc, QDate day)
{
    if (!utc.isValid())
        return QStringLiteral("—");
    const QDateTime local = utc.toLocalTime();
    const QString format = local.date() == day                  ? QStringLiteral("HH:mm:ss")
                           : local.date().year() == day.year() ? QStringLiteral("MM-dd HH:mm:ss")
                                                               : QStringLiteral("yyyy-MM-dd HH:mm:ss");
    const QString text = local.toString(format);
    if (local.offsetFromUtc() == 0)
        return text; // local time is UTC: once is enough
    return tr("%1 (%2 UTC)").arg(text, UiFormat::utcTime(local, utc.toUTC()));
}

QString TimelineModel::widestTimeText() const
{
    // Digits are of one width in the fonts we ship, so any late hour on a two-digit day will do.
    const QString local = m_showsDates ? QStringLiteral("12-28 23:59:59") : QStringLiteral("23:59:59");
    if (!m_showsUtc)
        return local;
    return tr("%1 (%2 UTC)").arg(local, m_showsDates ? QStringLiteral("12-28 23:59") : QStringLiteral("23:59"));
}

void TimelineModel::noteRow(const TimelineEntry& e, bool announce)
{
    if (m_showsDates && m_showsUtc)
        return; // nothing left to learn; spares a time-zone conversion per row while paging
    const QDateTime local = e.occurredAt.toLocalTime();
    const bool dates = m_showsDates || local.date() != m_day;
    const bool utc = m_showsUtc || local.offsetFromUtc() != 0;
    if (dates == m_showsDates && utc == m_showsUtc)
        return;
    m_showsDates = dates;
    m_showsUtc = utc;
    // Inside a reset the views read the headers again anyway; a header signal there would come mid-reset.
    if (announce)
        emit headerDataChanged(Qt::Horizontal, Time, Time);
}

QString TimelineModel::kindText(EntryKind kind, Milestone milestone, bool isPublic)
{
    const QString text = milestone != Milestone::None
                             ? tr("%1: %2").arg(EntryKinds::label(kind), Milestones::label(milestone))
                             : EntryKinds::label(kind);
    // Public entries go into the customer report: say so where the eye passes.
    return isPublic ? tr("%1 · public").arg(text) : text;
}

void TimelineModel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    m_day = {};
    if (incidentId) {
        if (const auto incident = m_core.incidents().get(incidentId); incident)
            m_day = (incident->declaredAt.isValid() ? incident->declaredAt : incident->createdAt).toLocalTime().date();
    }
    reload();
}

void TimelineModel::setNewestFirst(bool newestFirst)
{
    if (m_newestFirst == newestFirst)
        return;
    m_newestFirst = newestFirst;
    reload();
}

void TimelineModel::setFilter(const TimelineFilter& filter)
{
    m_filter = filter;
    reload();
}

void TimelineModel::reload()
{
    ++m_generation;
    m_continuePending = false;
    // The first step is read inside the reset: one reset, no insert right after it.
    beginResetModel();
    m_rows.clear();
    m_showsDates = m_showsUtc = false;
    m_cursor = {};
    m_target = pageSize;
    m_window = firstWindow;
    m_atEnd = m_incidentId == 0;
    if (!m_atEnd)
        step(false);
    endResetModel();
    continueIfShort();
}

void TimelineModel::step(bool announce)
{
    const auto page =
        m_core.timeline().scan(m_incidentId, m_newestFirst, m_cursor, pageSize, m_filter, m_window);
    if (!page) {
        m_atEnd = true;
        emit errorOccurred(page.error());
        return;
    }
    m_cursor = page->next;
    m_atEnd = page->atEnd;
    if (page->rows.size() < pageSize)
        m_window = qMin(m_window * 4, scanWindow);
    if (page->rows.isEmpty())
        return;
    for (const TimelineEntry& e : page->rows)
        noteRow(e, announce);
    if (announce)
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->rows.size() - 1));
    m_rows.append(page->rows);
    if (announce)
        endInsertRows();
}

void TimelineModel::continueIfShort()
{
    if (m_atEnd || m_rows.size() >= m_target || m_continuePending)
        return;
    m_continuePending = true;
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (generation != m_generation)
            return;
        m_continuePending = false;
        step(true);
        continueIfShort();
    });
}

bool TimelineModel::shows(const TimelineEntry& e) const
{
    if (e.deleted && !m_filter.includeDeleted)
        return false;
    return m_filter.kinds.isEmpty() || m_filter.kinds.contains(e.kind);
}

void TimelineModel::onEntryAdded(qint64 incidentId, qint64 entryId)
{
    if (incidentId != m_incidentId)
        return;
    // The common case, a new entry at the top of an unfiltered newest-first view, is an insert, not a reset.
    const auto entry = m_core.timeline().get(entryId);
    const bool plain = m_filter.text.trimmed().isEmpty() && m_filter.author.isEmpty() &&
                       m_filter.role.isEmpty() && !m_filter.importantOnly;
    if (entry && plain && m_newestFirst &&
        (m_rows.isEmpty() || entry->occurredAt >= m_rows.constFirst().occurredAt)) {
        if (!shows(entry.value()))
            return;
        noteRow(entry.value(), true);
        beginInsertRows({}, 0, 0);
        m_rows.prepend(entry.value());
        endInsertRows();
        return;
    }
    if (entry && plain && !m_newestFirst && m_atEnd &&
        (m_rows.isEmpty() || entry->occurredAt >= m_rows.constLast().occurredAt)) {
        if (!shows(entry.value()))
            return;
        noteRow(entry.value(), true);
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
        m_rows.append(entry.value());
        endInsertRows();
        return;
    }
    reload();
}

void TimelineModel::onEntryChanged(qint64 incidentId, qint64 entryId)
{
    if (incidentId != m_incidentId)
        return;
    const int row = rowOf(entryId);
    const auto entry = m_core.timeline().get(entryId);
    if (row < 0 || !entry || entry->occurredAt != m_rows.at(row).occurredAt) {
        reload(); // a restored entry, or one that moved in time
        return;
    }
    if (!shows(entry.value())) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    m_rows[row] = entry.value();
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const TimelineEntry* TimelineModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int TimelineModel::rowOf(qint64 entryId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == entryId)
            return i;
    return -1;
}

bool TimelineModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TimelineModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    m_target = qMax(m_target, int(m_rows.size()) + pageSize);
    if (!m_continuePending)
        step(true);
    continueIfShort();
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
        case Time:
            return formatRowTime(e.occurredAt, m_day);
        case Kind:
            return kindText(e.kind, e.milestone, e.isPublic);
        case Author:
            return e.role.isEmpty()
                       ? e.author
                       : tr("%1 (%2)").arg(e.author, EntryRoles::label(EntryRoles::parse(e.role).value_or(
                                                         EntryRole::None)));
        case Text: {
            QString first = e.text.section(QLatin1Char('\n'), 0, 0);
            if (e.text.contains(QLatin1Char('\n')))
                first += QStringLiteral(" …");
            if (!e.links.isEmpty())
                first += QLatin1Char(' ') + tr("[%n link(s)]", "", int(e.links.size()));
            return e.important ? QStringLiteral("★ ") + first : first;
        }
        }
        break;
    case Qt::EditRole:
        switch (index.column()) {
        case Time:
            return e.occurredAt.toLocalTime();
        case Kind:
            return int(e.kind);
        case Text:
            return e.text;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return tr("Occurred %1\nRecorded %2").arg(formatTime(e.occurredAt), formatTime(e.recordedAt));
        if (index.column() == Text)
            return plainToolTip(e.text);
        // Kind and author may be elided in a narrow window (see TimelinePanel::sizeColumns).
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    case Qt::FontRole:
        if (e.important || e.deleted) {
            QFont f;
            f.setBold(e.important);
            f.setStrikeOut(e.deleted);
            return f;
        }
        break;
    case Qt::ForegroundRole:
        if (e.deleted)
            return QColor(Qt::gray);
        break;
    case IdRole:
        return e.id;
    case DeletedRole:
        return e.deleted;
    case ImportantRole:
        return e.important;
    }
    return {};
}

Qt::ItemFlags TimelineModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const TimelineEntry* e = entryAt(index.row());
    if (e && !e->deleted && index.column() != Author)
        f |= Qt::ItemIsEditable;
    return f;
}

bool TimelineModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const TimelineEntry* e = entryAt(index.row());
    if (!e || role != Qt::EditRole)
        return false;
    EntryDraft d = EntryDraft::from(*e);
    switch (index.column()) {
    case Time:
        d.occurredAt = value.toDateTime().toUTC();
        break;
    case Kind:
        d.kind = EntryKind(value.toInt());
        if (d.kind != EntryKind::Milestone)
            d.milestone = Milestone::None;
        break;
    case Text:
        d.text = value.toString();
        break;
    default:
        return false;
    }
    emit editRequested(e->id, d);
    return true;
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == Time && m_day.isValid())
        return tr("Local time. The date is shown for entries that are not on the day the incident was "
                  "declared (%1).")
            .arg(m_day.toString(Qt::ISODate));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return m_showsUtc ? tr("Occurred (local, UTC)") : tr("Occurred");
    case Kind:
        return tr("Kind");
    case Author:
        return tr("Author");
    case Text:
        return tr("Entry");
    }
    return {};
}
