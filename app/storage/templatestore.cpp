#include "templatestore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"

#include <QSqlQuery>

namespace {
const QString kColumns = QStringLiteral(
    "id, key, severity, name_en, name_ja, revision, updated_at, updated_by FROM checklist_templates");

ChecklistTemplate fromQuery(const QSqlQuery& q)
{
    ChecklistTemplate t;
    t.key = q.value(1).toString();
    if (!q.value(2).isNull())
        t.severity = Severity(q.value(2).toInt());
    t.name = {q.value(3).toString(), q.value(4).toString()};
    t.revision = q.value(5).toInt();
    t.updatedAt = Time::fromDbValue(q.value(6));
    t.updatedBy = q.value(7).toString();
    return t;
}
} // namespace

Status TemplateStore::loadItems(qint64 templateId, ChecklistTemplate* t) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT phase, role_key, text_en, text_ja, timebox_minutes FROM checklist_template_items "
        "WHERE template_id = ? ORDER BY position"));
    q.addBindValue(templateId);
    if (Status s = SqlError::exec(q); !s)
        return s;
    while (q.next()) {
        TemplateItem i;
        i.phase = ChecklistPhases::parse(q.value(0).toString()).value_or(ChecklistPhase::Declare);
        i.roleKey = q.value(1).toString();
        i.text = {q.value(2).toString(), q.value(3).toString()};
        i.timeBoxMinutes = q.value(4).toInt();
        t->items << i;
    }
    return {};
}

Result<QList<ChecklistTemplate>> TemplateStore::list() const
{
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT %1 ORDER BY severity IS NULL, severity, key").arg(kColumns));
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<std::pair<qint64, ChecklistTemplate>> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), fromQuery(q)});
    QList<ChecklistTemplate> out;
    for (auto& [id, t] : rows) {
        if (Status s = loadItems(id, &t); !s)
            return s.failure();
        out << t;
    }
    return out;
}

Result<std::optional<ChecklistTemplate>> TemplateStore::findWhere(const QString& condition,
                                                                  const QVariant& value) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT %1 WHERE %2 = ?").arg(kColumns, condition));
    q.addBindValue(value);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return std::optional<ChecklistTemplate>();
    const qint64 id = q.value(0).toLongLong();
    ChecklistTemplate t = fromQuery(q);
    if (Status s = loadItems(id, &t); !s)
        return s.failure();
    return std::optional<ChecklistTemplate>(t);
}

Result<std::optional<ChecklistTemplate>> TemplateStore::find(const QString& key) const
{
    return findWhere(QStringLiteral("key"), key);
}

Result<std::optional<ChecklistTemplate>> TemplateStore::forSeverity(Severity severity) const
{
    return findWhere(QStringLiteral("severity"), int(severity));
}

Status TemplateStore::remove(const QString& key)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("DELETE FROM checklist_templates WHERE key = ?"));
    q.addBindValue(key);
    return SqlError::exec(q);
}

Status TemplateStore::save(const ChecklistTemplate& t)
{
    if (Status s = remove(t.key); !s)
        return s;
    if (t.severity) { // one template per severity: the new one takes the severity over
        QSqlQuery clear =
            m_db.prepare(QStringLiteral("UPDATE checklist_templates SET severity = NULL WHERE severity = ?"));
        clear.addBindValue(int(*t.severity));
        if (Status s = SqlError::exec(clear); !s)
            return s;
    }
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO checklist_templates (key, severity, name_en, name_ja, revision, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''))"));
    q.addBindValue(t.key);
    q.addBindValue(t.severity ? QVariant(int(*t.severity)) : QVariant(QMetaType(QMetaType::Int)));
    q.addBindValue(t.name.en);
    q.addBindValue(t.name.ja);
    q.addBindValue(t.revision);
    q.addBindValue(Time::toDbValue(t.updatedAt));
    q.addBindValue(t.updatedBy);
    if (Status s = SqlError::exec(q); !s)
        return s;
    const qint64 id = q.lastInsertId().toLongLong();
    for (int pos = 0; pos < t.items.size(); ++pos) {
        const TemplateItem& i = t.items.at(pos);
        QSqlQuery item = m_db.prepare(QStringLiteral(
            "INSERT INTO checklist_template_items (template_id, position, phase, role_key, text_en, text_ja, "
            "timebox_minutes) VALUES (?, ?, ?, COALESCE(?, ''), ?, ?, ?)"));
        item.addBindValue(id);
        item.addBindValue(pos);
        item.addBindValue(ChecklistPhases::key(i.phase));
        item.addBindValue(i.roleKey);
        item.addBindValue(i.text.en);
        item.addBindValue(i.text.ja);
        item.addBindValue(i.timeBoxMinutes);
        if (Status s = SqlError::exec(item); !s)
            return s;
    }
    return {};
}
