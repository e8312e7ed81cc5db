#pragma once

#include "domain/incident.h"
#include "domain/milestone.h"
#include "result.h"

#include <QList>

class Database;

// SQL for the incidents table. Callers own the transaction.
class IncidentStore final
{
public:
    explicit IncidentStore(Database& db) : m_db(db) {}

    Result<int> nextSequence(bool drill, int year) const;
    Result<qint64> insert(const Incident& incident);
    Result<Incident> get(qint64 id) const;
    Result<bool> exists(qint64 id) const;
    Result<Incident> findByCode(const QString& code) const;
    // Open incidents first (newest update first), then the rest by last update.
    Result<QList<Incident>> list(bool includeDrills = true, int limit = 1000) const;
    Status updateStatus(const Incident& incident, IncidentStatus from, const QString& by);
    Status updateText(qint64 id, const QString& title, const QString& summary, const QString& impact,
                      const QDateTime& at);
    Status updateSeverity(qint64 id, Severity severity, const QDateTime& at);
    Status markDeclared(qint64 id, const DeclarationAnswers& answers, const QDateTime& at);
    Status updateAnswers(qint64 id, const DeclarationAnswers& answers, const QDateTime& at);
    Status touch(qint64 id, const QDateTime& at);
    // Sets detected_at, declared_at, mitigated_at or resolved_at (from a milestone on the timeline).
    Status setMilestoneTime(qint64 id, Milestone milestone, const QDateTime& at);

private:
    static Incident fromQuery(const class QSqlQuery& q);
    Database& m_db;
};
