#include "checkliststore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral("id, incident_id, number, phase, role_key, text_en, text_ja, "
                                        "timebox_minutes, state, state_reason, state_by, "
                                        "state_at, ad_hoc, created_at, created_by");

struct ChecklistStoreText
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)
};
} // namespace

ChecklistItem ChecklistStore::fromQuery(const QSqlQuery& q)
{
    ChecklistItem i;
    i.id = q.value(0).toLongLong();
    i.incidentId = q.value(1).toLongLong();
    i.number = q.value(2).toInt();
    i.phase = ChecklistPhases::parse(q.value(3).toString()).value_or(ChecklistPhase::Declare);
    i.roleKey = q.value(4).toString();
    i.text = {q.value(5).toString(), q.value(6).toString()};
    i.timeBoxMinutes = q.value(7).toInt();
    i.state = ChecklistStates::parse(q.value(8).toString()).value_or(ChecklistState::Open);
    i.stateReason = q.value(9).toString();
    i.stateBy = q.value(10).toString();
    i.stateAt = Time::fromDbValue(q.value(11));
    i.adHoc = q.value(12).toBool();
    i.createdAt = Time::fromDbValue(q.value(13));
    i.createdBy = q.value(14).toString();
    return i;
}

Status ChecklistStore::insertChecklist(qint64 incidentId, const QString& templateKey, int templateRevision,
                                       const QDateTime& at)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO incident_checklists (incident_id, template_key, "
                                              "template_revision, created_at) VALUES (?, ?, ?, ?)"));
    q.addBindValue(incidentId);
    q.addBindValue(templateKey);
    q.addBindValue(templateRevision);
    q.addBindValue(Time::toDbValue(at));
    return SqlError::exec(q);
}

bool ChecklistStore::hasChecklist(qint64 incidentId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT 1 FROM incident_checklists WHERE incident_id = ?"));
    q.addBindValue(incidentId);
    return SqlError::exec(q).ok() && q.next();
}

Result<std::pair<QString, int>> ChecklistStore::origin(qint64 incidentId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT template_key, template_revision FROM incident_checklists WHERE incident_id = ?"));
    q.addBindValue(incidentId);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(ChecklistStoreText::tr("Incident %1 has no checklist.").arg(incidentId));
    return std::make_pair(q.value(0).toString(), q.value(1).toInt());
}

Status ChecklistStore::updateOrigin(qint64 incidentId, const QString& templateKey, int templateRevision)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "UPDATE incident_checklists SET template_key = ?, template_revision = ? WHERE incident_id = ?"));
    q.addBindValue(templateKey);
    q.addBindValue(templateRevision);
    q.addBindValue(incidentId);
    return SqlError::exec(q);
}

Result<int> ChecklistStore::nextNumber(qint64 incidentId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM checklist_items WHERE incident_id = ?"));
    q.addBindValue(incidentId);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    q.next();
    return q.value(0).toInt();
}

Result<qint64> ChecklistStore::insertItem(const ChecklistItem& i)
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO checklist_items (incident_id, number, phase, role_key, text_en, text_ja, "
        "timebox_minutes, "
        "state, ad_hoc, created_at, created_by) "
        "VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, COALESCE(?, ''))"));
    q.addBindValue(i.incidentId);
    q.addBindValue(i.number);
    q.addBindValue(ChecklistPhases::key(i.phase));
    q.addBindValue(i.roleKey);
    q.addBindValue(i.text.en);
    q.addBindValue(i.text.ja);
    q.addBindValue(i.timeBoxMinutes);
    q.addBindValue(ChecklistStates::key(i.state));
    q.addBindValue(i.adHoc);
    q.addBindValue(Time::toDbValue(i.createdAt));
    q.addBindValue(i.createdBy);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.lastInsertId().toLongLong();
}

Result<ChecklistItem> ChecklistStore::get(qint64 itemId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 FROM checklist_items WHERE id = ?").arg(kColumns));
    q.addBindValue(itemId);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(ChecklistStoreText::tr("There is no checklist item %1.").arg(itemId));
    return fromQuery(q);
}

Result<ChecklistItem> ChecklistStore::getByNumber(qint64 incidentId, int number) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM checklist_items WHERE incident_id = ? AND number = ?").arg(kColumns));
    q.addBindValue(incidentId);
    q.addBindValue(number);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return fail(ChecklistStoreText::tr("The checklist has no item %1.").arg(number));
    return fromQuery(q);
}

Result<QList<ChecklistItem>> ChecklistStore::items(qint64 incidentId) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT %1 FROM checklist_items WHERE incident_id = ? ORDER BY number").arg(kColumns));
    q.addBindValue(incidentId);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<ChecklistItem> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

Status ChecklistStore::updateState(const ChecklistItem& i, ChecklistState from)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE checklist_items SET state = ?, state_reason = "
                                              "COALESCE(?, ''), state_by = COALESCE(?, ''), state_at = ? "
                                              "WHERE id = ?"));
    q.addBindValue(ChecklistStates::key(i.state));
    q.addBindValue(i.stateReason);
    q.addBindValue(i.stateBy);
    q.addBindValue(Time::toDbValue(i.stateAt));
    q.addBindValue(i.id);
    if (Status s = SqlError::exec(q); !s)
        return s;
    QSqlQuery h = m_db.prepare(QStringLiteral(
        "INSERT INTO checklist_item_history (item_id, from_state, to_state, reason, changed_by, changed_at) "
        "VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?)"));
    h.addBindValue(i.id);
    h.addBindValue(ChecklistStates::key(from));
    h.addBindValue(ChecklistStates::key(i.state));
    h.addBindValue(i.stateReason);
    h.addBindValue(i.stateBy);
    h.addBindValue(Time::toDbValue(i.stateAt));
    return SqlError::exec(h);
}

Result<QList<ChecklistStateChange>> ChecklistStore::history(qint64 itemId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT item_id, from_state, to_state, reason, changed_by, changed_at FROM checklist_item_history "
        "WHERE item_id = ? ORDER BY changed_at, id"));
    q.addBindValue(itemId);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<ChecklistStateChange> out;
    while (q.next()) {
        ChecklistStateChange c;
        c.itemId = q.value(0).toLongLong();
        c.from = ChecklistStates::parse(q.value(1).toString()).value_or(ChecklistState::Open);
        c.to = ChecklistStates::parse(q.value(2).toString()).value_or(ChecklistState::Open);
        c.reason = q.value(3).toString();
        c.by = q.value(4).toString();
        c.at = Time::fromDbValue(q.value(5));
        out << c;
    }
    return out;
}
