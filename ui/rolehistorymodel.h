#pragma once

#include "domain/assignment.h"

#include <QAbstractTableModel>
#include <QList>

class Core;

// Every assignment of an incident's roles (optionally one role), oldest first: who, from, until, how it
// ended.
class RoleHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Role, Person, From, Until, Ended, ColumnCount };

    explicit RoleHistoryModel(Core& core, QObject* parent = nullptr);

    void setIncident(qint64 incidentId, const QString& roleKey = {});
    const Assignment* assignmentAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

public slots:
    void reload();

private:
    Core& m_core;
    qint64 m_incidentId = 0;
    QString m_roleKey;
    QList<Assignment> m_rows;
};
