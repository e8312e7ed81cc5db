#pragma once

#include "domain/checklisttemplate.h"
#include "result.h"

#include <QList>

class Database;

// SQL for the team's saved checklist templates. Callers own the transaction.
class TemplateStore final
{
public:
    explicit TemplateStore(Database& db) : m_db(db) {}

    Result<QList<ChecklistTemplate>> list() const; // with their items, ordered by severity then key
    Result<std::optional<ChecklistTemplate>> find(const QString& key) const;
    Result<std::optional<ChecklistTemplate>> forSeverity(Severity severity) const;
    // Inserts or replaces the template `t.key` with its items; stores t.revision as given.
    Status save(const ChecklistTemplate& t);
    Status remove(const QString& key);

private:
    Result<std::optional<ChecklistTemplate>> findWhere(const QString& condition, const QVariant& value) const;
    Status loadItems(qint64 templateId, ChecklistTemplate* t) const;
    Database& m_db;
};
