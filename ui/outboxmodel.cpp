#include "outboxmodel.h"

#include "core.h"
#include "notify/dispatcher.h"
#include "outboxwatcher.h"
#include "plaintooltip.h"
#include "services/outboxservice.h"
#include "uiformat.h"

#include <QBrush>
#include <QColor>

OutboxModel::OutboxModel(Core& core, QObject* parent) : QAbstractTableModel(parent), m_core(core)
{
    connect(new OutboxWatcher(core, 200, this), &OutboxWatcher::changed, this, &OutboxModel::reload);
}

void OutboxModel::setIncident(qint64 incidentId)
{
    m_incidentId = incidentId;
    reload();
}

void OutboxModel::reload()
{
    (void)m_core.dispatcher().flush(); // show the latest attempt results, not the last written batch
    const auto rows = m_core.outbox().list(m_incidentId, 500);
    beginResetModel();
    m_rows = rows ? rows.value() : QList<OutboxMessage>{};
    endResetModel();
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::describeState(const OutboxMessage& m)
{
    switch (m.state) {
    case OutboxState::Retrying:
        return tr("Retrying at %1").arg(UiFormat::dateTimeShort(m.nextAttemptAt));
    case OutboxState::Failed:
        return tr("Failed: %1").arg(m.lastError);
    default:
        return OutboxStates::label(m.state);
    }
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const OutboxMessage& m = m_rows.at(index.row());
    if (role == MessageIdRole)
        return m.id;
    if (role == StateRole)
        return int(m.state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn) {
        switch (m.state) {
        case OutboxState::Delivered:
            return QBrush(QColor(0x2e, 0x7d, 0x32));
        case OutboxState::Failed:
            return QBrush(QColor(0xc6, 0x28, 0x28));
        case OutboxState::Retrying:
            return QBrush(QColor(0xef, 0x6c, 0x00));
        case OutboxState::Suppressed:
            return QBrush(QColor(0x6a, 0x1b, 0x9a));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StateColumn)
        return m.lastError.isEmpty() ? QVariant() : QVariant(plainToolTip(m.lastError));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ChannelColumn:
        return m.channelName;
    case StateColumn:
        return describeState(m);
    case AttemptsColumn:
        return m.attempts;
    case CreatedColumn:
        return UiFormat::dateTimeShort(m.createdAt);
    case SummaryColumn:
        return m.summary.section(QLatin1Char('\n'), 1, 1);
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ChannelColumn:
        return tr("Channel");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case CreatedColumn:
        return tr("Queued");
    case SummaryColumn:
        return tr("Message");
    default:
        return {};
    }
}
