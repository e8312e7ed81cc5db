#pragma once

#include "domain/followup.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

// Follow-ups as a table; overdue items are shown in red. With showIncident the incident's code leads.
class FollowUpModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Incident, Title, Type, Priority, Owner, Due, Status, Tracker, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit FollowUpModel(bool showIncident, QObject* parent = nullptr);

    void setItems(const QList<FollowUp>& items, const QDate& today);
    const FollowUp* itemAt(int row) const;
    const QList<FollowUp>& items() const { return m_items; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The view's section that shows `column` (the incident column exists only when it is shown).
    int sectionOf(Column column) const
    {
        Q_ASSERT(m_showIncident || column != Incident);
        return m_showIncident ? int(column) : int(column) - 1;
    }

    // Re-emits headers and texts after a language switch.
    void retranslate();

private:
    int column(int section) const { return m_showIncident ? section : section + 1; }
    QString text(const FollowUp& f, int column) const;

    bool m_showIncident;
    QList<FollowUp> m_items;
    QDate m_today;
};
