#include "incidentchange.h"

#include "domain/incident.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/transaction.h"
#include "timelineservice.h"

#include <QCoreApplication>

Status IncidentChange::run(qint64 incidentId, const QString& by, bool important, const Work& work,
                           const std::function<void()>& afterCommit) const
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const Result<Incident> incident = m_incidents.get(incidentId);
    if (!incident)
        return incident.failure();
    if (incident->status == IncidentStatus::Closed)
        return fail(QCoreApplication::translate("RoleService",
                                                "%1 is closed: its roles are history and can no "
                                                "longer change.")
                        .arg(incident->code));
    const Result<LocalizedText> text = work(incident.value());
    if (!text)
        return text.failure();
    qint64 entryId = 0;
    if (!text->isEmpty()) {
        EntryDraft entry;
        entry.kind = EntryKind::RoleChange;
        entry.author = by;
        entry.setGenerated(text.value());
        entry.important = important;
        const Result<qint64> id = m_timeline.appendInTransaction(incidentId, entry);
        if (!id)
            return id.failure();
        entryId = id.value();
    }
    if (Status s = tx.commit(); !s)
        return s;
    // Inside an outer transaction (a declaration making its IC) this waits for that one to commit.
    // IncidentChange is a short-lived helper: the announcement holds the timeline service, not `this`.
    m_db.whenCommitted([&timeline = m_timeline, afterCommit, incidentId, entryId] {
        if (afterCommit)
            afterCommit();
        if (entryId)
            timeline.announceAdded(incidentId, entryId);
    });
    return {};
}
