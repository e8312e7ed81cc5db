#include "timelineservice.h"

#include "domain/clock.h"
#include "domain/incident.h"
#include "domain/reportescape.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/transaction.h"

#include <QUrl>

namespace {
constexpr int kMaxLinks = 50;
constexpr int kMaxLinkLength = 2000;

bool sameContent(const TimelineEntry& a, const TimelineEntry& b)
{
    return a.occurredAt == b.occurredAt && a.author == b.author && a.kind == b.kind && a.text == b.text &&
           a.generated == b.generated && a.important == b.important && a.isPublic == b.isPublic &&
           a.links == b.links && a.milestone == b.milestone && a.role == b.role && a.deleted == b.deleted;
}

QStringList cleanLinks(const QStringList& links)
{
    QStringList out;
    for (const QString& l : links)
        if (!l.trimmed().isEmpty())
            out << l.trimmed();
    return out;
}
} // namespace

TimelineService::TimelineService(Database& db, Clock& clock, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_store(std::make_unique<TimelineStore>(db)),
      m_incidents(std::make_unique<IncidentStore>(db))
{
}

TimelineService::~TimelineService() = default;

Status TimelineService::validateText(const QString& text)
{
    if (text.trimmed().isEmpty())
        return fail(tr("A timeline entry needs some text."));
    if (text.size() > Incidents::maxTextLength)
        return fail(tr("The entry is too long (%1 characters; at most %2).")
                        .arg(text.size())
                        .arg(Incidents::maxTextLength));
    return {};
}

Status TimelineService::validate(const EntryDraft& draft)
{
    if (Status s = validateText(draft.text); !s)
        return s;
    const QStringList links = cleanLinks(draft.links);
    if (links.size() > kMaxLinks)
        return fail(tr("An entry can hold at most %1 links.").arg(kMaxLinks));
    for (const QString& l : links) {
        const QUrl url(l, QUrl::StrictMode);
        if (l.size() > kMaxLinkLength || !url.isValid() || url.scheme().isEmpty())
            return fail(
                tr("\"%1\" is not a link. Write it with its scheme, such as https://…").arg(l.left(80)));
        // Links are opened with a click in the window and put into reports: javascript:, file: and the
        // like must never get there.
        if (!ReportEscape::safeUrl(l).isValid())
            return fail(
                tr("\"%1\" cannot be kept as a link: only http, https and mailto addresses are allowed.")
                    .arg(l.left(80)));
    }
    if (draft.milestone != Milestone::None && draft.kind != EntryKind::Milestone)
        return fail(tr("Only a milestone entry can mark a milestone."));
    return {};
}

Result<qint64> TimelineService::appendInTransaction(qint64 incidentId, const EntryDraft& draft,
                                                    TimelineEntry* written)
{
    if (Status s = validate(draft); !s)
        return s.failure();
    const QDateTime now = m_clock.now();
    TimelineEntry e;
    e.incidentId = incidentId;
    e.occurredAt = draft.occurredAt.isValid() ? draft.occurredAt.toUTC() : now;
    e.recordedAt = now;
    e.author = draft.author;
    e.kind = draft.kind;
    e.text = draft.text;
    e.generated = draft.generated;
    e.important = draft.important;
    e.isPublic = draft.isPublic;
    e.links = cleanLinks(draft.links);
    e.milestone = draft.milestone;
    e.role = draft.role;
    const Result<qint64> id = m_store->insert(e);
    if (!id)
        return id;
    if (Status s = m_incidents->touch(incidentId, now); !s)
        return s.failure();
    if (Status s = syncMilestones(incidentId, {e.milestone}); !s)
        return s.failure();
    if (written) {
        e.id = id.value();
        *written = e;
    }
    return id;
}

Status TimelineService::syncMilestones(qint64 incidentId, const QList<Milestone>& milestones)
{
    for (Milestone m : milestones) {
        if (m == Milestone::None)
            continue;
        const Result<QDateTime> at = m_store->milestoneTime(incidentId, m);
        if (!at)
            return at.failure();
        // Without a live milestone entry the incident keeps the time it had (set by its lifecycle).
        if (at->isValid())
            if (Status s = m_incidents->setMilestoneTime(incidentId, m, at.value()); !s)
                return s;
    }
    return {};
}

Status TimelineService::requireIncident(qint64 incidentId) const
{
    const Result<bool> known = m_incidents->exists(incidentId);
    if (!known)
        return known.failure();
    if (!known.value())
        return fail(tr("There is no incident %1.").arg(incidentId));
    return {};
}

Result<QList<TimelineEntry>> TimelineService::addMany(qint64 incidentId, const QList<EntryDraft>& drafts)
{
    if (drafts.isEmpty())
        return fail(tr("There is nothing to add."));
    for (qsizetype n = 0; n < drafts.size(); ++n)
        if (Status s = validate(drafts.at(n)); !s)
            return fail(tr("Entry %1 of %2: %3").arg(n + 1).arg(drafts.size()).arg(s.error()));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    if (Status s = requireIncident(incidentId); !s)
        return s.failure();
    QList<TimelineEntry> written;
    written.reserve(drafts.size());
    for (const EntryDraft& d : drafts) {
        TimelineEntry entry;
        if (const Result<qint64> id = appendInTransaction(incidentId, d, &entry); !id)
            return id.failure();
        written << entry;
    }
    if (Status s = tx.commit(); !s)
        return s.failure();
    QList<qint64> ids;
    bool milestones = false;
    for (const TimelineEntry& e : std::as_const(written)) {
        ids << e.id;
        milestones = milestones || e.milestone != Milestone::None;
    }
    m_db.whenCommitted([this, incidentId, ids, milestones] {
        for (qint64 id : ids)
            emit entryAdded(incidentId, id);
        if (milestones)
            emit milestonesChanged(incidentId);
    });
    return written;
}

void TimelineService::announceAdded(qint64 incidentId, qint64 entryId)
{
    emit entryAdded(incidentId, entryId);
}

Result<TimelineEntry> TimelineService::add(qint64 incidentId, const EntryDraft& draft)
{
    if (Status s = validate(draft); !s)
        return s.failure();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    if (Status s = requireIncident(incidentId); !s)
        return s.failure();
    TimelineEntry entry;
    const Result<qint64> id = appendInTransaction(incidentId, draft, &entry);
    if (!id)
        return id.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit entryAdded(incidentId, id.value());
    if (draft.milestone != Milestone::None)
        emit milestonesChanged(incidentId);
    return entry;
}

Result<TimelineEntry> TimelineService::get(qint64 entryId) const
{
    return m_store->get(entryId);
}

Result<QList<TimelineEntry>> TimelineService::page(qint64 incidentId, bool newestFirst,
                                                   const TimelineStore::PageCursor& after, int limit,
                                                   const TimelineFilter& filter) const
{
    return m_store->page(incidentId, newestFirst, after, limit, filter);
}

Result<TimelineStore::Page> TimelineService::scan(qint64 incidentId, bool newestFirst,
                                                  const TimelineStore::PageCursor& after, int limit,
                                                  const TimelineFilter& filter, int window) const
{
    return m_store->scan(incidentId, newestFirst, after, limit, filter, window);
}

Result<int> TimelineService::count(qint64 incidentId, const TimelineFilter& filter) const
{
    return m_store->count(incidentId, filter);
}

Result<QStringList> TimelineService::authors(qint64 incidentId) const
{
    return m_store->authors(incidentId);
}

Status TimelineService::write(const TimelineEntry& prev, const TimelineEntry& next, const QString& by)
{
    if (Status s = m_store->update(prev, next, m_clock.now(), by); !s)
        return s;
    if (Status s = m_incidents->touch(prev.incidentId, m_clock.now()); !s)
        return s;
    return syncMilestones(prev.incidentId, {prev.milestone, next.milestone});
}

Result<TimelineEntry> TimelineService::edit(qint64 entryId, const EntryDraft& changes, const QString& by)
{
    if (Status s = validate(changes); !s)
        return s.failure();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const Result<TimelineEntry> prev = m_store->get(entryId);
    if (!prev)
        return prev;
    TimelineEntry next = prev.value();
    next.kind = changes.kind;
    next.text = changes.text;
    // The app's own wording stays in both languages only while the text is still that wording: an edit makes
    // it the editor's words (an undo that puts the wording back brings both languages back).
    const bool stillWording = !changes.generated.isEmpty() &&
                              (changes.text == changes.generated.en || changes.text == changes.generated.ja);
    next.generated = stillWording ? changes.generated : LocalizedText();
    next.important = changes.important;
    next.isPublic = changes.isPublic;
    next.links = cleanLinks(changes.links);
    next.milestone = changes.milestone;
    next.role = changes.role;
    if (changes.occurredAt.isValid())
        next.occurredAt = changes.occurredAt.toUTC();
    if (!changes.author.isEmpty())
        next.author = changes.author;
    if (sameContent(prev.value(), next))
        return prev;
    if (changes.basedOnRevision != 0 && changes.basedOnRevision != prev->revision)
        return fail(tr("This entry was changed elsewhere meanwhile (it is now version %1); your edit was not "
                       "saved. Look at the entry again, then repeat your edit.")
                        .arg(prev->revision));
    if (Status s = write(prev.value(), next, by); !s)
        return s.failure();
    Result<TimelineEntry> saved = m_store->get(entryId);
    if (!saved)
        return saved;
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit entryChanged(saved->incidentId, entryId);
    if (prev->milestone != Milestone::None || next.milestone != Milestone::None)
        emit milestonesChanged(saved->incidentId);
    return saved;
}

Status TimelineService::setDeleted(qint64 entryId, bool deleted, const QString& by)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const Result<TimelineEntry> prev = m_store->get(entryId);
    if (!prev)
        return prev.failure();
    if (prev->deleted == deleted)
        return {};
    TimelineEntry next = prev.value();
    next.deleted = deleted;
    if (Status s = write(prev.value(), next, by); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit entryChanged(prev->incidentId, entryId);
    if (prev->milestone != Milestone::None)
        emit milestonesChanged(prev->incidentId);
    return {};
}

Status TimelineService::remove(qint64 entryId, const QString& by)
{
    return setDeleted(entryId, true, by);
}

Status TimelineService::restore(qint64 entryId, const QString& by)
{
    return setDeleted(entryId, false, by);
}

Result<QList<TimelineEntry>> TimelineService::revisions(qint64 entryId) const
{
    return m_store->revisions(entryId);
}
