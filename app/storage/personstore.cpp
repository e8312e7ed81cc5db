#include "personstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlrows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral("id, name, handle, phone, email, team, languages, skills");
const QString kListSeparator = QStringLiteral("; ");

void bindFields(QSqlQuery& q, const Person& p)
{
    q.addBindValue(p.name);
    q.addBindValue(p.handle);
    q.addBindValue(p.phone);
    q.addBindValue(p.email);
    q.addBindValue(p.team);
    q.addBindValue(p.languages.join(kListSeparator));
    q.addBindValue(p.skills.join(kListSeparator));
}
} // namespace

Person PersonStore::fromQuery(const QSqlQuery& q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.handle = q.value(2).toString();
    p.phone = q.value(3).toString();
    p.email = q.value(4).toString();
    p.team = q.value(5).toString();
    p.languages = People::splitList(q.value(6).toString());
    p.skills = People::splitList(q.value(7).toString());
    return p;
}

Result<qint64> PersonStore::insert(const Person& p, const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO people (name, handle, phone, email, team, languages, skills, created_at, updated_at) "
        "VALUES (?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), "
        "COALESCE(?, ''), ?, ?)"));
    bindFields(q, p);
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(Time::toDbValue(at));
    return SqlRows::insert(q);
}

Status PersonStore::update(const Person& p, const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE people SET name = ?, handle = COALESCE(?, ''), phone = COALESCE(?, ''), email = COALESCE(?, "
        "''), "
        "team = COALESCE(?, ''), languages = COALESCE(?, ''), skills = COALESCE(?, ''), updated_at = ? "
        "WHERE id = ?"));
    bindFields(q, p);
    q.addBindValue(Time::toDbValue(at));
    q.addBindValue(p.id);
    return SqlError::exec(q);
}

Result<Person> PersonStore::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM people WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    const auto found = SqlRows::optional<Person>(q, fromQuery);
    if (!found)
        return found.failure();
    if (!found.value())
        return fail(
            QCoreApplication::translate("PersonStore", "There is no person %1 on the roster.").arg(id));
    return *found.value();
}

Result<std::optional<Person>> PersonStore::findByHandle(const QString& handle) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 FROM people WHERE handle <> '' AND lower(handle) = lower(?)")
                         .arg(kColumns));
    q.addBindValue(People::normalizeHandle(handle));
    return SqlRows::optional<Person>(q, fromQuery);
}

Result<QList<Person>> PersonStore::findByName(const QString& name) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM people WHERE lower(name) = lower(?) ORDER BY id").arg(kColumns));
    q.addBindValue(name.trimmed());
    return SqlRows::collect(q, fromQuery);
}

Result<QList<Person>> PersonStore::list() const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM people ORDER BY name, id").arg(kColumns));
    return SqlRows::collect(q, fromQuery);
}
