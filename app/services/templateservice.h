#pragma once

#include "domain/checklisttemplate.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <memory>

class Clock;
class Database;
class TemplateStore;

// The team's checklist playbooks. Shipped defaults (one per severity, embedded from
// resources/templates/checklists/) apply until the team saves its own version of a template; saving,
// importing and resetting each happen in one transaction and validate first, so a bad template never
// replaces a good one.
class TemplateService final : public QObject
{
    Q_OBJECT
public:
    TemplateService(Database& db, Clock& clock, QObject* parent = nullptr);
    ~TemplateService() override;

    // Saved templates and the shipped defaults not overridden, by severity then key.
    Result<QList<ChecklistTemplate>> list() const;
    Result<ChecklistTemplate> get(const QString& key) const;
    // The template an incident of this severity starts with. Reads only; callers may be in a transaction.
    Result<ChecklistTemplate> forSeverity(Severity severity) const;

    Result<ChecklistTemplate> save(ChecklistTemplate t, const QString& by);
    Result<ChecklistTemplate> importJson(const QByteArray& json, const QString& by);
    Result<QByteArray> exportJson(const QString& key) const;
    // Drops the team's version of a shipped template (the default applies again), or deletes a team's own.
    Status reset(const QString& key);

    static QList<ChecklistTemplate> shippedDefaults();
    static std::optional<ChecklistTemplate> shippedDefault(const QString& key);

signals:
    void templatesChanged();

private:
    Database& m_db;
    Clock& m_clock;
    std::unique_ptr<TemplateStore> m_store;
};
