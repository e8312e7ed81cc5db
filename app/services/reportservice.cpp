#include "reportservice.h"

#include "domain/clock.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/reporttextstore.h"
#include "storage/transaction.h"

ReportService::ReportService(Database& db, Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_store(std::make_unique<ReportTextStore>(db))
{
}

ReportService::~ReportService() = default;

Result<QMap<QString, QString>> ReportService::wording(qint64 incidentId) const
{
    return m_store->load(incidentId);
}

Result<QList<ReportTextVersion>> ReportService::wordingHistory(qint64 incidentId,
                                                               const QString& section) const
{
    return m_store->history(incidentId, section);
}

Status ReportService::saveWording(qint64 incidentId, const QMap<QString, QString>& sections, const QString& by)
{
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        if (it.value().size() > maxSectionLength)
            return fail(tr("The report text is too long (at most %1 characters).").arg(maxSectionLength));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Result<Incident> i = IncidentStore(m_db).get(incidentId); !i)
        return i.failure();
    const QDateTime now = m_clock.now();
    for (auto it = sections.cbegin(); it != sections.cend(); ++it)
        if (Status s = m_store->save(incidentId, it.key(), it.value(), now, by); !s)
            return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit wordingChanged(incidentId);
    return {};
}
