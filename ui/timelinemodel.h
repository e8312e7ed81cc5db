#pragma once

#include "domain/timelineentry.h"
#include "storage/timelinestore.h"

#include <QAbstractTableModel>
#include <QList>

class Core;

// An incident's timeline, fetched a page at a time (keyset pagination), so that an incident with
// 100,000 entries opens as fast as one with ten.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Kind, Author, Text, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, EntryRole };
    static constexpr int pageSize = 200;

    explicit TimelineModel(Core& core, QObject* parent = nullptr);

    void setIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incidentId; }
    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }
    const TimelineEntry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

public slots:
    void reload();

private:
    void onEntryAdded(qint64 incidentId, qint64 entryId);

    Core& m_core;
    qint64 m_incidentId = 0;
    bool m_newestFirst = true;
    bool m_atEnd = true;
    QList<TimelineEntry> m_rows;
};
