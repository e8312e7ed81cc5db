#include "brainstormservice.h"

#include "bilingual.h"
#include "domain/clock.h"
#include "domain/incident.h"
#include "storage/brainstormstore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/transaction.h"
#include "timelineservice.h"

BrainstormService::BrainstormService(Database& db, Clock& clock, TimelineService& timeline, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_timeline(timeline),
      m_store(std::make_unique<BrainstormStore>(db)), m_incidents(std::make_unique<IncidentStore>(db))
{
}

BrainstormService::~BrainstormService() = default;

Result<BrainstormIdea> BrainstormService::add(qint64 incidentId, const QString& text, const QString& by)
{
    if (Status s = TimelineService::validateText(text); !s)
        return s.failure();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    if (Result<Incident> i = m_incidents->get(incidentId); !i)
        return i.failure();
    EntryDraft entry;
    entry.kind = EntryKind::Hypothesis;
    entry.author = by;
    entry.text = text.trimmed();
    const Result<qint64> entryId = m_timeline.appendInTransaction(incidentId, entry);
    if (!entryId)
        return entryId.failure();
    BrainstormIdea idea;
    idea.incidentId = incidentId;
    idea.text = text.trimmed();
    idea.author = by;
    idea.createdAt = m_clock.now();
    idea.entryId = entryId.value();
    const Result<qint64> id = m_store->insert(idea);
    if (!id)
        return id.failure();
    idea.id = id.value();
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit ideasChanged(incidentId);
    m_timeline.announceAdded(incidentId, entryId.value());
    return idea;
}

Result<BrainstormIdea> BrainstormService::setVerdict(qint64 ideaId, IdeaState state, const QString& note,
                                                     const QString& by)
{
    if (note.size() > Incidents::maxQuotedLength)
        return fail(tr("The note is too long (at most %1 characters).").arg(Incidents::maxQuotedLength));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    Result<BrainstormIdea> found = m_store->get(ideaId);
    if (!found)
        return found;
    BrainstormIdea idea = found.value();
    if (idea.state == state)
        return idea;
    EntryDraft entry;
    entry.kind = EntryKind::Hypothesis;
    entry.author = by;
    entry.important = state == IdeaState::Confirmed;
    const char* verdict = QT_TRANSLATE_NOOP("BrainstormService", "Hypothesis reopened: %1");
    if (state == IdeaState::Confirmed)
        verdict = QT_TRANSLATE_NOOP("BrainstormService", "Hypothesis confirmed: %1");
    else if (state == IdeaState::RuledOut)
        verdict = QT_TRANSLATE_NOOP("BrainstormService", "Hypothesis ruled out: %1");
    LocalizedText text = Bilingual::text("BrainstormService", verdict, {Incidents::excerpt(idea.text)});
    if (!note.trimmed().isEmpty())
        text = Bilingual::lines({text, note.trimmed()});
    entry.setGenerated(text);
    const Result<qint64> entryId = m_timeline.appendInTransaction(idea.incidentId, entry);
    if (!entryId)
        return entryId.failure();
    idea.state = state;
    idea.decidedAt = state == IdeaState::Open ? QDateTime() : m_clock.now();
    idea.decidedBy = state == IdeaState::Open ? QString() : by;
    idea.verdictEntryId = entryId.value();
    if (Status s = m_store->setVerdict(idea); !s)
        return s.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit ideasChanged(idea.incidentId);
    m_timeline.announceAdded(idea.incidentId, entryId.value());
    return idea;
}

Result<BrainstormIdea> BrainstormService::get(qint64 ideaId) const
{
    return m_store->get(ideaId);
}

Result<QList<BrainstormIdea>> BrainstormService::list(qint64 incidentId) const
{
    return m_store->list(incidentId);
}
