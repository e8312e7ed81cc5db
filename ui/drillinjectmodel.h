#pragma once

#include "drill/drillrun.h"

#include <QAbstractTableModel>

// The injects of one drill for the game master: when each is due on the scenario clock, its kind, sender,
// text and state (upcoming, fired, skipped, not triggered), in play order.
class DrillInjectModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Due, Kind, From, Text, State, ColumnCount };
    static constexpr int InjectIdRole = Qt::UserRole + 1;

    using QAbstractTableModel::QAbstractTableModel;

    void setRun(const DrillRun& run);
    const DrillRun& run() const { return m_run; }
    QString injectIdAt(int row) const;
    int rowOf(const QString& injectId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DrillRun m_run;
    QList<int> m_order; // rows → index into m_run.injects, by due time
};
