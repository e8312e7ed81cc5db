#pragma once

#include "domain/timelineentry.h"
#include "domain/timelinefilter.h"
#include "storage/timelinestore.h"

#include <QAbstractTableModel>
#include <QList>

class Core;

// An incident's timeline, fetched a page at a time (keyset pagination), so that an incident with
// 100,000 entries opens as fast as one with ten. Searching and filtering happen in SQLite (FTS5), so the
// model only ever holds the rows the view has scrolled to. A filter that finds few rows fills the page in
// bounded steps, continued from the event loop, so typing never waits for a whole-timeline scan.
//
// Edits made in the view (occurred-at, kind, text) are not written here: setData() emits editRequested()
// and the panel turns it into an undoable command; the model follows the service's signals.
class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Kind, Author, Text, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, DeletedRole, ImportantRole };
    static constexpr int pageSize = 60; // a screen and a half
    // At most this many entries are read for one step of a filter that has to read rows (short words,
    // kind, author, role): a rare match costs several quick steps in the event loop, not one long stall.
    // Steps start small (most searches fill a screen within the newest entries) and grow.
    static constexpr int firstWindow = 1000;
    static constexpr int scanWindow = 16000;

    explicit TimelineModel(Core& core, QObject* parent = nullptr);

    void setIncident(qint64 incidentId);
    qint64 incidentId() const { return m_incidentId; }
    void setNewestFirst(bool newestFirst);
    bool newestFirst() const { return m_newestFirst; }
    void setFilter(const TimelineFilter& filter);
    const TimelineFilter& filter() const { return m_filter; }
    const TimelineEntry* entryAt(int row) const;
    int rowOf(qint64 entryId) const; // -1 when not loaded

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // "2026-11-29 18:05:12 (09:05 UTC)": local date and time, with the UTC time (and its date when it is
    // another day) beside it, so multi-day and cross-time-zone incidents read unambiguously.
    static QString formatTime(const QDateTime& utc);
    // The time column, short: "14:08:54", with the date only when it is not `day` (the day the incident
    // was declared, local) and the UTC time only when the local zone is not UTC at that moment. The
    // whole form is in the cell's tooltip.
    static QString formatRowTime(const QDateTime& utc, QDate day);
    // The longest time text the rows loaded so far can show; the panel sizes the column for it.
    QString widestTimeText() const;
    // The kind column's text: kind, milestone, and whether the entry is public.
    static QString kindText(EntryKind kind, Milestone milestone, bool isPublic);

signals:
    void editRequested(qint64 entryId, const EntryDraft& changes);
    void errorOccurred(const QString& message);

public slots:
    void reload();

private:
    void onEntryAdded(qint64 incidentId, qint64 entryId);
    void onEntryChanged(qint64 incidentId, qint64 entryId);
    bool shows(const TimelineEntry& e) const;
    void noteRow(const TimelineEntry& e, bool announce);
    void step(bool announce);
    void continueIfShort();

    Core& m_core;
    qint64 m_incidentId = 0;
    bool m_newestFirst = true;
    bool m_atEnd = true;
    TimelineStore::PageCursor m_cursor;
    int m_target = pageSize;
    int m_window = firstWindow; // rows wanted so far (grows by a page with every fetchMore)
    int m_generation = 0;       // bumped on reload; a pending continuation of an older one does nothing
    bool m_continuePending = false;
    TimelineFilter m_filter;
    QList<TimelineEntry> m_rows;
    QDate m_day;               // the incident's day of declaration, local
    bool m_showsDates = false; // some loaded row is on another day
    bool m_showsUtc = false;   // some loaded row is at a moment when local time is not UTC
};
