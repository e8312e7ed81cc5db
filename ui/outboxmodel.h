#pragma once

#include "domain/outboxmessage.h"

#include <QAbstractTableModel>
#include <QList>

class Core;

// The outbox as a table: channel, state (with "retrying at …" and "failed: why"), attempts, when, what.
// Reloads through an OutboxWatcher, so a burst of deliveries is one refresh.
class OutboxModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ChannelColumn, StateColumn, AttemptsColumn, CreatedColumn, SummaryColumn, ColumnCount };
    enum Role { MessageIdRole = Qt::UserRole, StateRole };

    explicit OutboxModel(Core& core, QObject* parent = nullptr);
    // 0 shows every incident's messages.
    void setIncident(qint64 incidentId);
    void reload();
    OutboxMessage message(int row) const { return m_rows.value(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString describeState(const OutboxMessage& m);

private:
    Core& m_core;
    qint64 m_incidentId = 0;
    QList<OutboxMessage> m_rows;
};
