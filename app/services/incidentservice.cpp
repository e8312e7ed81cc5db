#include "incidentservice.h"

#include "bilingual.h"
#include "domain/clock.h"
#include "report/reportlanguage.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/transaction.h"
#include "timelineservice.h"

namespace {
const char* const kDeclared = QT_TRANSLATE_NOOP("IncidentService", "Incident declared: %1 (%2)");

Bilingual::Arg statusIn(IncidentStatus s)
{
    return Bilingual::Arg([s](const ReportLanguage& l) { return l.status(s); });
}
} // namespace

IncidentService::IncidentService(Database& db, Clock& clock, TimelineService& timeline, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_timeline(timeline), m_store(std::make_unique<IncidentStore>(db))
{
}

IncidentService::~IncidentService() = default;

Status IncidentService::validateTitle(const QString& title)
{
    if (title.trimmed().isEmpty())
        return fail(tr("An incident needs a title."));
    if (title.size() > Incidents::maxTitleLength)
        return fail(tr("The title is too long (%1 characters; at most %2).")
                        .arg(title.size())
                        .arg(Incidents::maxTitleLength));
    return {};
}

Result<Incident> IncidentService::declare(const IncidentDraft& draft)
{
    if (Status s = validateTitle(draft.title); !s)
        return s.failure();
    if (draft.summary.size() > Incidents::maxTextLength || draft.impact.size() > Incidents::maxTextLength)
        return fail(tr("The summary or impact text is too long (at most %1 characters).")
                        .arg(Incidents::maxTextLength));

    const QDateTime now = m_clock.now();
    Incident i;
    i.title = draft.title.trimmed();
    i.severity = draft.severity;
    i.status = IncidentStatus::Investigating;
    i.summary = draft.summary;
    i.impact = draft.impact;
    i.isDrill = draft.isDrill;
    i.answers = draft.answers;
    i.createdAt = now;
    i.updatedAt = now;
    i.detectedAt = draft.detectedAt.isValid() ? draft.detectedAt.toUTC() : now;
    if (draft.declare)
        i.declaredAt = now;

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const int year = now.toLocalTime().date().year();
    const Result<int> seq = m_store->nextSequence(i.isDrill, year);
    if (!seq)
        return seq.failure();
    i.code = Incidents::codeFor(i.isDrill, year, seq.value());
    const Result<qint64> id = m_store->insert(i);
    if (!id)
        return id.failure();
    i.id = id.value();

    EntryDraft entry;
    entry.kind = EntryKind::Milestone;
    entry.author = draft.author;
    entry.occurredAt = now;
    entry.important = true;
    entry.setGenerated(Bilingual::text(
        "IncidentService",
        draft.declare ? kDeclared
                      : QT_TRANSLATE_NOOP("IncidentService", "Incident opened for investigation: %1 (%2)"),
        {i.title, Severities::code(i.severity)}));
    const Result<qint64> entryId = m_timeline.appendInTransaction(i.id, entry);
    if (!entryId)
        return entryId.failure();
    for (const CreationStep& step : m_creationSteps)
        if (Status s = step(i, draft); !s)
            return s.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();

    const qint64 announced = entryId.value();
    m_db.whenCommitted([this, id = i.id, announced] {
        emit incidentCreated(id);
        m_timeline.announceAdded(id, announced);
    });
    return i;
}

Result<Incident> IncidentService::get(qint64 id) const
{
    return m_store->get(id);
}

Result<Incident> IncidentService::find(const QString& idOrCode) const
{
    bool numeric = false;
    const qint64 id = idOrCode.trimmed().toLongLong(&numeric);
    if (numeric)
        return m_store->get(id);
    return m_store->findByCode(idOrCode);
}

Result<QList<Incident>> IncidentService::list(bool includeDrills) const
{
    return m_store->list(includeDrills);
}

Status IncidentService::setStatus(qint64 id, IncidentStatus to, const QString& by)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Incident> current = m_store->get(id);
    if (!current)
        return current.failure();
    Incident i = current.value();
    const IncidentStatus from = i.status;
    if (from == to)
        return fail(tr("The incident is already %1.").arg(IncidentStatuses::label(to)));
    if (!IncidentStatuses::canMove(from, to))
        return fail(tr("A closed incident cannot change its status."));

    const QDateTime now = m_clock.now();
    i.status = to;
    i.updatedAt = now;
    if (to == IncidentStatus::Monitoring && !i.mitigatedAt.isValid())
        i.mitigatedAt = now;
    if ((to == IncidentStatus::Resolved || to == IncidentStatus::Closed) && !i.resolvedAt.isValid())
        i.resolvedAt = now;
    if (to == IncidentStatus::Closed)
        i.closedAt = now;
    if (IncidentStatuses::isOpen(to)) // reopened: it is not resolved any more
        i.resolvedAt = QDateTime();
    if (Status s = m_store->updateStatus(i, from, by); !s)
        return s;

    EntryDraft entry;
    entry.kind = EntryKind::Status;
    entry.author = by;
    entry.occurredAt = now;
    entry.setGenerated(Bilingual::text("IncidentService",
                                       QT_TRANSLATE_NOOP("IncidentService", "Status changed: %1 → %2"),
                                       {statusIn(from), statusIn(to)}));
    const Result<qint64> entryId = m_timeline.appendInTransaction(id, entry);
    if (!entryId)
        return entryId.failure();
    if (Status s = tx.commit(); !s)
        return s;
    emit incidentChanged(id);
    m_timeline.announceAdded(id, entryId.value());
    return {};
}

Status IncidentService::setSeverity(qint64 id, Severity severity, const QString& by, const QString& reason)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Incident> current = m_store->get(id);
    if (!current)
        return current.failure();
    if (current->status == IncidentStatus::Closed)
        return fail(tr("A closed incident cannot change its severity."));
    if (current->severity == severity)
        return fail(tr("The incident is already %1.").arg(Severities::code(severity)));
    const QDateTime now = m_clock.now();
    if (Status s = m_store->updateSeverity(id, severity, now); !s)
        return s;
    EntryDraft entry;
    entry.kind = EntryKind::Status;
    entry.author = by;
    entry.occurredAt = now;
    // Lower numbers are more severe: an escalation is worth finding again in the postmortem.
    entry.important = int(severity) < int(current->severity);
    LocalizedText text =
        Bilingual::text("IncidentService", QT_TRANSLATE_NOOP("IncidentService", "Severity changed: %1 → %2"),
                        {Severities::code(current->severity), Severities::code(severity)});
    if (!reason.trimmed().isEmpty())
        text = Bilingual::text("IncidentService", QT_TRANSLATE_NOOP("IncidentService", "%1 Reason: %2"),
                               {text, reason.trimmed()});
    entry.setGenerated(text);
    const Result<qint64> entryId = m_timeline.appendInTransaction(id, entry);
    if (!entryId)
        return entryId.failure();
    if (Status s = tx.commit(); !s)
        return s;
    m_db.whenCommitted([this, id, entryId = entryId.value()] {
        emit incidentChanged(id);
        m_timeline.announceAdded(id, entryId);
    });
    return {};
}

Status IncidentService::markDeclared(qint64 id, const DeclarationAnswers& answers, const QString& by)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Incident> current = m_store->get(id);
    if (!current)
        return current.failure();
    if (current->isDeclared())
        return fail(tr("The incident has already been declared."));
    if (Status s = m_store->markDeclared(id, answers, m_clock.now()); !s)
        return s;
    EntryDraft entry;
    entry.kind = EntryKind::Milestone;
    entry.author = by;
    entry.important = true;
    entry.setGenerated(
        Bilingual::text("IncidentService", kDeclared, {current->title, Severities::code(current->severity)}));
    const Result<qint64> entryId = m_timeline.appendInTransaction(id, entry);
    if (!entryId)
        return entryId.failure();
    if (Status s = tx.commit(); !s)
        return s;
    emit incidentChanged(id);
    m_timeline.announceAdded(id, entryId.value());
    return {};
}

Status IncidentService::setDeclarationAnswers(qint64 id, const DeclarationAnswers& answers, const QString& by)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<Incident> current = m_store->get(id);
    if (!current)
        return current.failure();
    if (current->isDeclared())
        return fail(tr("The incident has already been declared; its declaration answers are part of the record."));
    const DeclarationAnswers& was = current->answers;
    if (was.secondTeamNeeded == answers.secondTeamNeeded && was.customersAffected == answers.customersAffected
        && was.unresolvedAfterHour == answers.unresolvedAfterHour)
        return {};
    if (Status s = m_store->updateAnswers(id, answers, m_clock.now()); !s)
        return s;
    auto yesNo = [](bool b) {
        return Bilingual::Arg::label("IncidentService", b ? QT_TRANSLATE_NOOP("IncidentService", "yes")
                                                          : QT_TRANSLATE_NOOP("IncidentService", "no"));
    };
    EntryDraft entry;
    entry.kind = EntryKind::Observation;
    entry.author = by;
    entry.setGenerated(Bilingual::text(
        "IncidentService",
        QT_TRANSLATE_NOOP("IncidentService",
                          "Declaration questions: second team needed — %1; customers affected — "
                          "%2; unsolved after an hour of analysis — %3."),
        {yesNo(answers.secondTeamNeeded), yesNo(answers.customersAffected),
         yesNo(answers.unresolvedAfterHour)}));
    const Result<qint64> entryId = m_timeline.appendInTransaction(id, entry);
    if (!entryId)
        return entryId.failure();
    if (Status s = tx.commit(); !s)
        return s;
    emit incidentChanged(id);
    m_timeline.announceAdded(id, entryId.value());
    return {};
}

Status IncidentService::updateText(qint64 id, const QString& title, const QString& summary, const QString& impact,
                                   const QString& by)
{
    Q_UNUSED(by)
    if (Status s = validateTitle(title); !s)
        return s;
    if (summary.size() > Incidents::maxTextLength || impact.size() > Incidents::maxTextLength)
        return fail(tr("The summary or impact text is too long (at most %1 characters).")
                        .arg(Incidents::maxTextLength));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    if (Result<Incident> current = m_store->get(id); !current)
        return current.failure();
    if (Status s = m_store->updateText(id, title.trimmed(), summary, impact, m_clock.now()); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    emit incidentChanged(id);
    return {};
}
