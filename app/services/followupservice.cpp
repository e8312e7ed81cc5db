#include "followupservice.h"

#include "bilingual.h"
#include "domain/clock.h"
#include "domain/incident.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/transaction.h"
#include "timelineservice.h"

#include <QUrl>

FollowUpService::FollowUpService(Database& db, Clock& clock, TimelineService& timeline, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_timeline(timeline), m_store(std::make_unique<FollowUpStore>(db)),
      m_incidents(std::make_unique<IncidentStore>(db))
{
}

FollowUpService::~FollowUpService() = default;

Status FollowUpService::validate(const FollowUp& f)
{
    if (f.title.trimmed().isEmpty())
        return fail(tr("A follow-up needs a title."));
    if (f.title.size() > FollowUps::maxTitleLength)
        return fail(tr("The follow-up title is too long (%1 characters; at most %2).")
                        .arg(f.title.size())
                        .arg(FollowUps::maxTitleLength));
    if (!f.trackerUrl.trimmed().isEmpty()) {
        const QUrl url(f.trackerUrl.trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || (scheme != QStringLiteral("https") && scheme != QStringLiteral("http"))
            || url.host().isEmpty())
            return fail(tr("The tracker link must be an http or https address, such as "
                           "https://tracker.example.com/issues/42."));
    }
    return {};
}

QDate FollowUpService::today() const
{
    return m_clock.now().toLocalTime().date();
}

Result<FollowUp> FollowUpService::add(const FollowUp& item, const QString& by)
{
    FollowUp f = item;
    f.status = FollowUpStatus::Open;
    f.createdAt = m_clock.now();
    f.createdBy = by;
    return write(f, true, by);
}

Result<FollowUp> FollowUpService::update(const FollowUp& item, const QString& by)
{
    return write(item, false, by);
}

Result<FollowUp> FollowUpService::setStatus(qint64 id, FollowUpStatus status, const QString& by)
{
    Result<FollowUp> current = m_store->get(id);
    if (!current)
        return current;
    FollowUp f = current.value();
    f.status = status;
    return write(f, false, by);
}

Result<FollowUp> FollowUpService::write(FollowUp f, bool isNew, const QString& by)
{
    f.title = f.title.trimmed();
    f.owner = f.owner.trimmed();
    f.trackerUrl = f.trackerUrl.trimmed();
    if (Status s = validate(f); !s)
        return s.failure();
    const QDateTime now = m_clock.now();
    f.updatedAt = now;

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    FollowUp before;
    if (isNew) {
        if (Result<Incident> i = m_incidents->get(f.incidentId); !i)
            return i.failure();
    } else {
        Result<FollowUp> current = m_store->get(f.id);
        if (!current)
            return current;
        before = current.value();
        f.incidentId = before.incidentId; // an item never moves to another incident
    }
    const bool closing = !f.isOpen() && (isNew || before.isOpen());
    if (closing)
        f.completedAt = now;
    else if (f.isOpen())
        f.completedAt = QDateTime();
    else
        f.completedAt = before.completedAt;

    EntryDraft entry;
    entry.kind = EntryKind::Action;
    entry.author = by;
    if (isNew) {
        const Result<qint64> id = m_store->insert(f);
        if (!id)
            return id.failure();
        f.id = id.value();
        entry.setGenerated(Bilingual::text(
            "FollowUpService", QT_TRANSLATE_NOOP("FollowUpService", "Follow-up added: %1 (%2)"),
            {f.title, Bilingual::Arg::label("FollowUp", FollowUps::typeLabelSource(f.type))}));
    } else {
        if (Status s = m_store->update(f); !s)
            return s.failure();
        entry.setGenerated(
            before.status != f.status
                ? Bilingual::text(
                      "FollowUpService", QT_TRANSLATE_NOOP("FollowUpService", "Follow-up %1: %2"),
                      {Bilingual::Arg::label("FollowUp", FollowUps::statusLabelSource(f.status)), f.title})
                : Bilingual::text("FollowUpService",
                                  QT_TRANSLATE_NOOP("FollowUpService", "Follow-up edited: %1"), {f.title}));
    }
    const Result<qint64> entryId = m_timeline.appendInTransaction(f.incidentId, entry);
    if (!entryId)
        return entryId.failure();
    Result<FollowUp> saved = m_store->get(f.id);
    if (!saved)
        return saved;
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit followUpChanged(f.incidentId, f.id);
    m_timeline.announceAdded(f.incidentId, entryId.value());
    return saved;
}

Result<FollowUp> FollowUpService::get(qint64 id) const
{
    return m_store->get(id);
}

Result<QList<FollowUp>> FollowUpService::list(const FollowUpStore::Filter& filter) const
{
    return m_store->list(filter);
}

Result<QList<FollowUp>> FollowUpService::overdue(bool includeDrills) const
{
    FollowUpStore::Filter filter;
    filter.openOnly = true;
    filter.includeDrills = includeDrills;
    Result<QList<FollowUp>> open = m_store->list(filter);
    if (!open)
        return open;
    QList<FollowUp> out;
    const QDate day = today();
    for (const FollowUp& f : open.value())
        if (f.isOverdue(day))
            out << f;
    return out;
}
