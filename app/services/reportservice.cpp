#include "reportservice.h"

#include "domain/clock.h"
#include "report/reportwording.h"
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

Result<ReportTextVersion> ReportService::restoreWording(qint64 incidentId, qint64 versionId,
                                                        const QString& by)
{
    // A version never changes once written, so reading it before saveWording's transaction is safe.
    const Result<ReportTextVersion> v = m_store->version(incidentId, versionId);
    if (!v)
        return v;
    if (Status s = saveWording(incidentId, {{v->section, v->text}}, by); !s)
        return s.failure();
    return v;
}

// The customer report's period of impact, as it will stand after the save: each end an ISO 8601 time, and the
// end not before the start. A bad value used to be dropped silently when the report was written.
Status ReportService::checkImpactPeriod(const QMap<QString, QString>& sections,
                                        const QMap<QString, QString>& saved)
{
    const QString startKey = QString::fromLatin1(ReportWording::impactStartKey);
    const QString endKey = QString::fromLatin1(ReportWording::impactEndKey);
    QDateTime ends[2];
    int i = 0;
    for (const QString& key : {startKey, endKey}) {
        const QString text = (sections.contains(key) ? sections.value(key) : saved.value(key)).trimmed();
        ends[i] = Time::parseIso(text);
        if (!text.isEmpty() && !ends[i].isValid())
            return fail(
                tr("\"%1\" is not a date and time. Write it as ISO 8601, such as 2026-11-29T08:30:00Z.")
                    .arg(text.left(80)));
        ++i;
    }
    if (ends[0].isValid() && ends[1].isValid() && ends[1] < ends[0])
        return fail(tr("The impact cannot end (%1) before it began (%2).")
                        .arg(ends[1].toUTC().toString(Qt::ISODate), ends[0].toUTC().toString(Qt::ISODate)));
    return {};
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
    const Result<QMap<QString, QString>> saved = m_store->load(incidentId);
    if (!saved)
        return saved.failure();
    if (Status s = checkImpactPeriod(sections, saved.value()); !s)
        return s;
    const QDateTime now = m_clock.now();
    // The window saves every section each time: only a changed one becomes a new version.
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        const QString text = it.value().trimmed().isEmpty() ? QString() : it.value();
        if (text == saved->value(it.key()))
            continue;
        if (Status s = m_store->save(incidentId, it.key(), it.value(), now, by); !s)
            return s;
    }
    if (Status s = tx.commit(); !s)
        return s;
    emit wordingChanged(incidentId);
    return {};
}
