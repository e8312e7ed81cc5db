#pragma once

#include "domain/person.h"
#include "result.h"

#include <QList>
#include <QObject>

#include <memory>

class Clock;
class Database;
class PersonStore;

// The roster: people who can hold roles, how to reach them, and their CSV import and export.
class PersonService final : public QObject
{
    Q_OBJECT
public:
    struct ImportSummary
    {
        int added = 0;
        int updated = 0;
    };

    PersonService(Database& db, Clock& clock, QObject* parent = nullptr);
    ~PersonService() override;

    Result<Person> add(const Person& person);
    Status update(const Person& person);
    Result<Person> get(qint64 id) const;
    Result<QList<Person>> list() const;
    // A person named on a command line or in a picker: numeric id, @handle or handle, or an exact name
    // (refused when two people share it).
    Result<Person> resolve(const QString& reference) const;
    // A user or trainee named by handle or name: found on the roster, or added (the name doubles as the
    // handle unless it has spaces) so that the role board can name them.
    Result<Person> resolveOrAdd(const QString& userName);

    // All or nothing: rows with a known handle update that person, the others are added. On any bad row
    // nothing is written and the failure lists every bad row, one per line.
    Result<ImportSummary> importCsv(const QString& text);
    Result<QString> exportCsv() const;

    static Status validate(const Person& person);

signals:
    void peopleChanged();

private:
    // mergeByHandle: a new row whose handle is known updates that person (import) instead of failing.
    Result<qint64> upsertInTransaction(Person person, bool mergeByHandle, bool* added);

    Database& m_db;
    Clock& m_clock;
    std::unique_ptr<PersonStore> m_store;
};
