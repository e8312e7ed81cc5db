#include "documentservice.h"

#include "domain/clock.h"
#include "storage/database.h"
#include "storage/documentstore.h"
#include "storage/incidentstore.h"
#include "storage/transaction.h"

DocumentService::DocumentService(Database& db, Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_store(std::make_unique<DocumentStore>(db)),
      m_incidents(std::make_unique<IncidentStore>(db))
{
}

DocumentService::~DocumentService() = default;

Status DocumentService::validate(DocField field, const QString& value)
{
    if (value.size() > DocFields::maxLength)
        return fail(tr("\"%1\" is too long (%2 characters; at most %3).")
                        .arg(DocFields::label(field))
                        .arg(value.size())
                        .arg(DocFields::maxLength));
    if (field == DocField::NextUpdate && !value.trimmed().isEmpty()
        && !QDateTime::fromString(value.trimmed(), Qt::ISODateWithMs).isValid())
        return fail(tr("\"%1\" is not a time such as 2026-11-29T10:30:00Z.").arg(value));
    return {};
}

Result<IncidentDocument> DocumentService::document(qint64 incidentId) const
{
    const Result<Incident> incident = m_incidents->get(incidentId);
    if (!incident)
        return incident.failure();
    Result<IncidentDocument> doc = m_store->current(incidentId);
    if (!doc)
        return doc;
    // Summary and impact written at declaration (before any edit here) come from the incident itself.
    IncidentDocument d = doc.value();
    if (!d.fields.contains(DocField::Summary))
        d.fields.insert(DocField::Summary, {DocField::Summary, incident->summary, incident->createdAt, {}});
    if (!d.fields.contains(DocField::Impact))
        d.fields.insert(DocField::Impact, {DocField::Impact, incident->impact, incident->createdAt, {}});
    return d;
}

Status DocumentService::setFields(qint64 incidentId, const QHash<DocField, QString>& values, const QString& by)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (Status s = validate(it.key(), it.value()); !s)
            return s;
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const Result<IncidentDocument> current = document(incidentId);
    if (!current)
        return current.failure();
    const QDateTime now = m_clock.now();
    bool changed = false;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        QString value = it.value();
        if (it.key() == DocField::NextUpdate && !value.trimmed().isEmpty())
            value = QDateTime::fromString(value.trimmed(), Qt::ISODateWithMs).toUTC().toString(Qt::ISODate);
        if (current->value(it.key()) == value)
            continue;
        if (Status s = m_store->append(incidentId, {it.key(), value, now, by}); !s)
            return s;
        changed = true;
    }
    if (!changed)
        return {};
    if (values.contains(DocField::Summary) || values.contains(DocField::Impact)) {
        const Result<Incident> i = m_incidents->get(incidentId);
        if (!i)
            return i.failure();
        const QString summary = values.value(DocField::Summary, current->value(DocField::Summary));
        const QString impact = values.value(DocField::Impact, current->value(DocField::Impact));
        if (Status s = m_incidents->updateText(incidentId, i->title, summary, impact, now); !s)
            return s;
    } else if (Status s = m_incidents->touch(incidentId, now); !s) {
        return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit documentChanged(incidentId);
    return {};
}

Status DocumentService::setField(qint64 incidentId, DocField field, const QString& value, const QString& by)
{
    return setFields(incidentId, {{field, value}}, by);
}

Result<QList<DocFieldVersion>> DocumentService::history(qint64 incidentId, DocField field) const
{
    return m_store->history(incidentId, field);
}
