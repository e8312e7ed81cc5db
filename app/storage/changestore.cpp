#include "changestore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"
#include "sqlrows.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString kColumns =
    QStringLiteral("id, incident_id, what, made_by, made_at, revert_how, reverted_at, reverted_by, "
                   "recorded_at, recorded_by, revision");

ProductionChange fromQuery(const QSqlQuery& q)
{
    ProductionChange c;
    c.id = q.value(0).toLongLong();
    c.incidentId = q.value(1).toLongLong();
    c.what = q.value(2).toString();
    c.madeBy = q.value(3).toString();
    c.madeAt = Time::fromDbValue(q.value(4));
    c.revertHow = q.value(5).toString();
    c.revertedAt = Time::fromDbValue(q.value(6));
    c.revertedBy = q.value(7).toString();
    c.recordedAt = Time::fromDbValue(q.value(8));
    c.recordedBy = q.value(9).toString();
    c.revision = q.value(10).toInt();
    return c;
}

void bindContent(QSqlQuery& q, const ProductionChange& c)
{
    q.addBindValue(c.what);
    q.addBindValue(c.madeBy);
    q.addBindValue(Time::toDbValue(c.madeAt));
    q.addBindValue(c.revertHow);
    q.addBindValue(Time::toDbValue(c.revertedAt));
    q.addBindValue(c.revertedBy);
}
} // namespace

Result<qint64> ChangeStore::insert(const ProductionChange& c)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO production_changes (what, made_by, made_at, revert_how, reverted_at, reverted_by, "
        "incident_id, "
        "recorded_at, recorded_by) VALUES (?, COALESCE(?, ''), ?, COALESCE(?, ''), ?, COALESCE(?, ''), ?, ?, "
        "COALESCE(?, ''))"));
    bindContent(q, c);
    q.addBindValue(c.incidentId);
    q.addBindValue(Time::toDbValue(c.recordedAt));
    q.addBindValue(c.recordedBy);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.lastInsertId().toLongLong();
}

Result<ProductionChange> ChangeStore::get(qint64 id) const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 FROM production_changes WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(QCoreApplication::translate("ChangeStore", "There is no production change %1.").arg(id));
    return fromQuery(q);
}

Result<QList<ProductionChange>> ChangeStore::list(qint64 incidentId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM production_changes WHERE incident_id = ? ORDER BY made_at, id")
            .arg(kColumns));
    q.addBindValue(incidentId);
    return SqlRows::collect(q, fromQuery);
}

Status ChangeStore::update(const ProductionChange& prev, const ProductionChange& c, const QDateTime& at,
                           const QString& by)
{
    QSqlQuery r = m_db.prepare(QStringLiteral(
        "INSERT INTO production_change_revisions (what, made_by, made_at, revert_how, reverted_at, "
        "reverted_by, "
        "change_id, revision, replaced_at, replaced_by) VALUES (?, COALESCE(?, ''), ?, COALESCE(?, ''), ?, "
        "COALESCE(?, ''), ?, ?, ?, COALESCE(?, ''))"));
    bindContent(r, prev);
    r.addBindValue(prev.id);
    r.addBindValue(prev.revision);
    r.addBindValue(Time::toDbValue(at));
    r.addBindValue(by);
    if (Status s = SqlError::exec(r); !s)
        return s;
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE production_changes SET what = ?, made_by = COALESCE(?, ''), made_at = ?, revert_how = "
        "COALESCE(?, ''), "
        "reverted_at = ?, reverted_by = COALESCE(?, ''), revision = ? WHERE id = ? AND revision = ?"));
    bindContent(q, c);
    return SqlError::execRevisionUpdate(
        q, prev.id, prev.revision,
        QCoreApplication::translate("ChangeStore", "The change was edited elsewhere in the meantime. Reload and try again."));
}

Result<QList<ProductionChange>> ChangeStore::revisions(qint64 changeId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT r.change_id, c.incident_id, r.what, r.made_by, r.made_at, r.revert_how, r.reverted_at, "
        "r.reverted_by, "
        "r.replaced_at, r.replaced_by, r.revision FROM production_change_revisions r "
        "JOIN production_changes c ON c.id = r.change_id WHERE r.change_id = ? ORDER BY r.revision"));
    q.addBindValue(changeId);
    return SqlRows::collect(q, fromQuery);
}
