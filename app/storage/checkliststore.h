#pragma once

#include "domain/checklistitem.h"
#include "result.h"

#include <QList>

class Database;
class QSqlQuery;

// SQL for incident checklists: the items, their state history and which template each came from.
// Callers own the transaction.
class ChecklistStore final
{
public:
    explicit ChecklistStore(Database& db) : m_db(db) {}

    Status insertChecklist(qint64 incidentId, const QString& templateKey, int templateRevision,
                           const QDateTime& at);
    bool hasChecklist(qint64 incidentId) const;
    // Which template (key, revision) the checklist was made or last extended from.
    Result<std::pair<QString, int>> origin(qint64 incidentId) const;
    Status updateOrigin(qint64 incidentId, const QString& templateKey, int templateRevision);
    Result<qint64> insertItem(const ChecklistItem& item);
    Result<int> nextNumber(qint64 incidentId) const;
    Result<ChecklistItem> get(qint64 itemId) const;
    Result<ChecklistItem> getByNumber(qint64 incidentId, int number) const;
    Result<QList<ChecklistItem>> items(qint64 incidentId) const; // ordered by number
    // Writes the item's state fields and a history row for the change from `from`.
    Status updateState(const ChecklistItem& item, ChecklistState from);
    Result<QList<ChecklistStateChange>> history(qint64 itemId) const;

private:
    static ChecklistItem fromQuery(const QSqlQuery& q);
    Database& m_db;
};
