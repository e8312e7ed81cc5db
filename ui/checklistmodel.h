#pragma once

#include "domain/checklistitem.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QList>

class Core;

// An incident's checklist as a tree: one row per phase (with its progress), the items beneath. Filterable
// by owner role. A thin adapter: it reloads when the checklist service, the incident or another process
// changes something, and refreshTimes() re-evaluates the time boxes against the core's clock.
class ChecklistModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Text, Owner, TimeBox, State, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1, OverdueRole, StateRole, PhaseRole };

    explicit ChecklistModel(Core& core, QObject* parent = nullptr);

    void setIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incidentId; }
    // Empty: every item. Otherwise only the items owned by that role key.
    void setRoleFilter(const QString& roleKey);
    QString roleFilter() const { return m_roleFilter; }
    const ChecklistItem* itemAt(const QModelIndex& index) const;
    QModelIndex indexOfItem(qint64 itemId) const;
    QStringList roleKeysInUse() const; // in the whole checklist, not only the filtered part
    int totalCount() const { return int(m_all.size()); }
    int closedCount() const;
    int overdueCount() const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

public slots:
    void reload();
    void refreshTimes();

signals:
    void reloaded();

private:
    struct Group
    {
        ChecklistPhase phase;
        QList<ChecklistItem> items;
    };
    QList<Group> grouped(const QList<ChecklistItem>& all) const;
    static bool sameShape(const QList<Group>& a, const QList<Group>& b);
    QVariant groupData(const Group& g, int column, int role) const;
    QVariant itemData(const ChecklistItem& item, int column, int role) const;
    bool isOverdue(const ChecklistItem& item) const;

    Core& m_core;
    qint64 m_incidentId = 0;
    QString m_roleFilter;
    QDateTime m_declaredAt;
    QList<ChecklistItem> m_all;
    QList<Group> m_groups;
};
