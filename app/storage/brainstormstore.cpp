#include "brainstormstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"
#include "sqlrows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral("b.id, b.incident_id, b.text, b.author, b.created_at, b.state, b.decided_at, "
                                        "b.decided_by, b.entry_id, b.verdict_entry_id");

BrainstormIdea fromQuery(const QSqlQuery& q)
{
    BrainstormIdea i;
    i.id = q.value(0).toLongLong();
    i.incidentId = q.value(1).toLongLong();
    i.text = q.value(2).toString();
    i.author = q.value(3).toString();
    i.createdAt = Time::fromDbValue(q.value(4));
    i.state = IdeaStates::parse(q.value(5).toString()).value_or(IdeaState::Open);
    i.decidedAt = Time::fromDbValue(q.value(6));
    i.decidedBy = q.value(7).toString();
    i.entryId = q.value(8).toLongLong();
    i.verdictEntryId = q.value(9).toLongLong();
    return i;
}

QVariant idOrNull(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

Result<qint64> BrainstormStore::insert(const BrainstormIdea& i)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO brainstorm_ideas (incident_id, text, author, created_at, "
                                              "state, entry_id) VALUES (?, ?, COALESCE(?, ''), ?, ?, ?)"));
    q.addBindValue(i.incidentId);
    q.addBindValue(i.text);
    q.addBindValue(i.author);
    q.addBindValue(Time::toDbValue(i.createdAt));
    q.addBindValue(IdeaStates::key(i.state));
    q.addBindValue(idOrNull(i.entryId));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.lastInsertId().toLongLong();
}

Result<BrainstormIdea> BrainstormStore::get(qint64 id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM brainstorm_ideas b WHERE b.id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(QCoreApplication::translate("BrainstormStore", "There is no idea %1.").arg(id));
    return fromQuery(q);
}

Result<QList<BrainstormIdea>> BrainstormStore::list(qint64 incidentId) const
{
    // An idea whose timeline entry was deleted (or the adding undone) leaves the board with it.
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM brainstorm_ideas b WHERE b.incident_id = ? AND NOT "
                                              "EXISTS (SELECT 1 FROM timeline_entries t WHERE t.id = b.entry_id "
                                              "AND t.deleted = 1) ORDER BY b.id")
                                   .arg(kColumns));
    q.addBindValue(incidentId);
    return SqlRows::collect(q, fromQuery);
}

Status BrainstormStore::setVerdict(const BrainstormIdea& i)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE brainstorm_ideas SET state = ?, decided_at = ?, "
                                              "decided_by = COALESCE(?, ''), verdict_entry_id = ? WHERE id = ?"));
    q.addBindValue(IdeaStates::key(i.state));
    q.addBindValue(Time::toDbValue(i.decidedAt));
    q.addBindValue(i.decidedBy);
    q.addBindValue(idOrNull(i.verdictEntryId));
    q.addBindValue(i.id);
    return SqlError::exec(q);
}
