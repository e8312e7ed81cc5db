#pragma once

#include "domain/person.h"
#include "result.h"

#include <QList>

#include <optional>

class Database;
class QSqlQuery;

// SQL for the roster. Callers own the transaction.
class PersonStore final
{
public:
    explicit PersonStore(Database& db) : m_db(db) {}

    Result<qint64> insert(const Person& person, const QDateTime& at);
    Status update(const Person& person, const QDateTime& at);
    Result<Person> get(qint64 id) const;
    Result<std::optional<Person>> findByHandle(const QString& handle) const; // case-insensitive
    Result<QList<Person>> findByName(const QString& name) const;             // exact, case-insensitive
    Result<QList<Person>> list() const;                                      // by name

private:
    static Person fromQuery(const QSqlQuery& q);
    Database& m_db;
};
