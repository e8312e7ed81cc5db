#pragma once

#include "domain/documentfield.h"
#include "result.h"

#include <QHash>
#include <QObject>

#include <memory>

class Clock;
class Database;
class DocumentStore;
class IncidentStore;

// The header of the living incident document: summary, status (what we know, what we are doing, when the
// next update comes), impact, command post, exit criteria and TODOs. Edits append versions; nothing is
// overwritten. Summary and impact are mirrored into the incident, which the list and the reports show.
class DocumentService final : public QObject
{
    Q_OBJECT
public:
    DocumentService(Database& db, Clock& clock, QObject* parent = nullptr);
    ~DocumentService() override;

    Result<IncidentDocument> document(qint64 incidentId) const;
    // Saves the fields whose value differs from the current one, in one transaction. NextUpdate takes an
    // ISO 8601 time (or an empty string to clear it).
    Status setFields(qint64 incidentId, const QHash<DocField, QString>& values, const QString& by);
    Status setField(qint64 incidentId, DocField field, const QString& value, const QString& by);
    // Every version of a field, oldest first.
    Result<QList<DocFieldVersion>> history(qint64 incidentId, DocField field) const;

    static Status validate(DocField field, const QString& value);

signals:
    void documentChanged(qint64 incidentId);

private:
    Database& m_db;
    Clock& m_clock;
    std::unique_ptr<DocumentStore> m_store;
    std::unique_ptr<IncidentStore> m_incidents;
};
