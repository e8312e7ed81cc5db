#pragma once

#include "domain/documentfield.h"
#include "result.h"

#include <QList>

class Database;

// SQL for the incident document's header: an append-only log of field versions. Callers own the transaction.
class DocumentStore final
{
public:
    explicit DocumentStore(Database& db) : m_db(db) {}

    Status append(qint64 incidentId, const DocFieldVersion& version);
    // The newest version of each field that has one.
    Result<IncidentDocument> current(qint64 incidentId) const;
    // Every version of one field, oldest first.
    Result<QList<DocFieldVersion>> history(qint64 incidentId, DocField field) const;

private:
    Database& m_db;
};
