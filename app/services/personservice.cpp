#include "personservice.h"

#include "domain/clock.h"
#include "domain/peoplecsv.h"
#include "storage/database.h"
#include "storage/personstore.h"
#include "storage/transaction.h"

namespace {
constexpr int maxHandleLength = 64;
}

PersonService::PersonService(Database& db, Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_store(std::make_unique<PersonStore>(db))
{
}

PersonService::~PersonService() = default;

Status PersonService::validate(const Person& p)
{
    if (p.name.trimmed().isEmpty())
        return fail(tr("A person needs a name."));
    if (p.name.size() > People::maxNameLength)
        return fail(tr("The name is too long (at most %1 characters).").arg(People::maxNameLength));
    for (const QString& field : {p.phone, p.email, p.team, p.languages.join(QLatin1Char(' ')),
                                 p.skills.join(QLatin1Char(' '))})
        if (field.size() > People::maxFieldLength)
            return fail(tr("\"%1…\" is too long (at most %2 characters).")
                            .arg(field.left(20))
                            .arg(People::maxFieldLength));
    const QString handle = People::normalizeHandle(p.handle);
    if (handle.contains(QLatin1Char(' ')) || handle.size() > maxHandleLength)
        return fail(tr("The handle \"%1\" is not valid: no spaces, at most %2 characters.")
                        .arg(p.handle)
                        .arg(maxHandleLength));
    return {};
}

Result<qint64> PersonService::upsertInTransaction(Person p, bool mergeByHandle, bool* added)
{
    p.name = p.name.trimmed();
    p.handle = People::normalizeHandle(p.handle);
    const QDateTime now = m_clock.now();
    if (!p.handle.isEmpty()) {
        const auto existing = m_store->findByHandle(p.handle);
        if (!existing)
            return existing.failure();
        if (existing.value() && existing.value()->id != p.id) {
            if (!mergeByHandle)
                return fail(
                    tr("The handle @%1 already belongs to %2.").arg(p.handle, existing.value()->name));
            p.id = existing.value()->id; // import: the same handle is the same person
        }
    } else if (mergeByHandle && p.id == 0) {
        // Import without a handle (a roster exported with people who have none): the same name, if only
        // one person has it, is the same person, so that exporting and importing again adds nobody.
        const auto named = m_store->findByName(p.name);
        if (!named)
            return named.failure();
        if (named->size() == 1)
            p.id = named->constFirst().id;
    }
    *added = p.id == 0;
    if (*added)
        return m_store->insert(p, now);
    if (Status s = m_store->update(p, now); !s)
        return s.failure();
    return p.id;
}

Result<Person> PersonService::add(const Person& person)
{
    if (Status s = validate(person); !s)
        return s.failure();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    Person p = person;
    p.id = 0;
    bool added = false;
    const Result<qint64> id = upsertInTransaction(p, false, &added);
    if (!id)
        return id.failure();
    Result<Person> saved = m_store->get(id.value());
    if (!saved)
        return saved;
    if (Status s = tx.commit(); !s)
        return s.failure();
    m_db.whenCommitted([this] { emit peopleChanged(); });
    return saved;
}

Status PersonService::update(const Person& person)
{
    if (Status s = validate(person); !s)
        return s;
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (const auto existing = m_store->get(person.id); !existing)
        return existing.failure();
    bool added = false;
    if (const Result<qint64> id = upsertInTransaction(person, false, &added); !id)
        return id.failure();
    if (Status s = tx.commit(); !s)
        return s;
    m_db.whenCommitted([this] { emit peopleChanged(); });
    return {};
}

Result<Person> PersonService::get(qint64 id) const
{
    return m_store->get(id);
}

Result<QList<Person>> PersonService::list() const
{
    return m_store->list();
}

Result<Person> PersonService::resolve(const QString& reference) const
{
    const QString ref = reference.trimmed();
    if (ref.isEmpty())
        return fail(tr("Name a person: their id, @handle or name."));
    bool numeric = false;
    const qint64 id = ref.toLongLong(&numeric);
    if (numeric)
        return m_store->get(id);
    const auto byHandle = m_store->findByHandle(ref);
    if (!byHandle)
        return byHandle.failure();
    if (byHandle.value())
        return *byHandle.value();
    const auto byName = m_store->findByName(ref);
    if (!byName)
        return byName.failure();
    if (byName->size() == 1)
        return byName->constFirst();
    if (byName->size() > 1)
        return fail(
            tr("%n people are called \"%1\"; use their @handle or id instead.", "", int(byName->size()))
                .arg(ref));
    return fail(tr("Nobody called \"%1\" is on the roster. Add them first (icctl person add).").arg(ref));
}

Result<Person> PersonService::resolveOrAdd(const QString& userName)
{
    if (Result<Person> found = resolve(userName))
        return found;
    Person p;
    p.name = userName.trimmed();
    p.handle = People::normalizeHandle(userName).contains(QLatin1Char(' ')) ? QString() : userName.trimmed();
    return add(p);
}

Result<PersonService::ImportSummary> PersonService::importCsv(const QString& text)
{
    const PeopleCsv::Parsed parsed = PeopleCsv::parse(text);
    if (!parsed.ok())
        return fail(parsed.errors.join(QLatin1Char('\n')));
    QStringList errors;
    for (const PeopleCsv::Imported& row : parsed.people)
        if (Status s = validate(row.person); !s)
            errors << tr("Line %1: %2").arg(row.line).arg(s.error());
    if (!errors.isEmpty())
        return fail(errors.join(QLatin1Char('\n')));

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    ImportSummary summary;
    for (const PeopleCsv::Imported& row : parsed.people) {
        bool added = false;
        if (const Result<qint64> id = upsertInTransaction(row.person, true, &added); !id)
            return fail(tr("Line %1: %2").arg(row.line).arg(id.error()));
        (added ? summary.added : summary.updated)++;
    }
    if (Status s = tx.commit(); !s)
        return s.failure();
    m_db.whenCommitted([this] { emit peopleChanged(); });
    return summary;
}

Result<QString> PersonService::exportCsv() const
{
    const auto people = m_store->list();
    if (!people)
        return people.failure();
    return PeopleCsv::format(people.value());
}
