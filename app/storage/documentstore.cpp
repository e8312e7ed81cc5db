#include "documentstore.h"

#include "database.h"
#include "domain/clock.h"
#include "sqlerror.h"
#include "sqlrows.h"

#include <QSqlQuery>

namespace {
DocFieldVersion fromQuery(const QSqlQuery& q)
{
    DocFieldVersion v;
    v.field = DocFields::parse(q.value(0).toString()).value_or(DocField::Summary);
    v.value = q.value(1).toString();
    v.editedAt = Time::fromDbValue(q.value(2));
    v.editedBy = q.value(3).toString();
    return v;
}
} // namespace

Status DocumentStore::append(qint64 incidentId, const DocFieldVersion& v)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT INTO document_fields (incident_id, field, value, edited_at, "
                                              "edited_by) VALUES (?, ?, COALESCE(?, ''), ?, COALESCE(?, ''))"));
    q.addBindValue(incidentId);
    q.addBindValue(DocFields::key(v.field));
    q.addBindValue(v.value);
    q.addBindValue(Time::toDbValue(v.editedAt));
    q.addBindValue(v.editedBy);
    return SqlError::exec(q);
}

Result<IncidentDocument> DocumentStore::current(qint64 incidentId) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "SELECT field, value, edited_at, edited_by FROM document_fields d WHERE incident_id = ? AND id = "
        "(SELECT max(id) FROM document_fields n WHERE n.incident_id = d.incident_id AND n.field = d.field)"));
    q.addBindValue(incidentId);
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    IncidentDocument doc;
    doc.incidentId = incidentId;
    while (q.next()) {
        const DocFieldVersion v = fromQuery(q);
        doc.fields.insert(v.field, v);
    }
    return doc;
}

Result<QList<DocFieldVersion>> DocumentStore::history(qint64 incidentId, DocField field) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT field, value, edited_at, edited_by FROM document_fields "
                                              "WHERE incident_id = ? AND field = ? ORDER BY id"));
    q.addBindValue(incidentId);
    q.addBindValue(DocFields::key(field));
    return SqlRows::collect(q, fromQuery);
}
