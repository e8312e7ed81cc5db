#include "checklistservice.h"

#include "bilingual.h"
#include "domain/checklistrole.h"
#include "domain/clock.h"
#include "domain/incident.h"
#include "storage/checkliststore.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/transaction.h"
#include "templateservice.h"
#include "timelineservice.h"

ChecklistService::ChecklistService(Database& db, Clock& clock, TimelineService& timeline,
                                   TemplateService& templates, QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_timeline(timeline), m_templates(templates),
      m_store(std::make_unique<ChecklistStore>(db)), m_incidents(std::make_unique<IncidentStore>(db))
{
}

ChecklistService::~ChecklistService() = default;

Status ChecklistService::instantiateInTransaction(const Incident& incident, const QString& by)
{
    const Result<ChecklistTemplate> t = m_templates.forSeverity(incident.severity);
    // Without a template the incident still gets its (empty) checklist: declaring must never be blocked.
    const QString key = t ? t->key : ChecklistTemplates::defaultKey(incident.severity);
    if (Status s = m_store->insertChecklist(incident.id, key, t ? t->revision : 0, m_clock.now()); !s)
        return s;
    if (!t)
        return {};
    if (const Result<int> added = insertTemplateItems(incident.id, t->items, by); !added)
        return added.failure();
    return {};
}

// Appends the items after the last number; the caller owns the transaction.
Result<int> ChecklistService::insertTemplateItems(qint64 incidentId, const QList<TemplateItem>& items,
                                                  const QString& by)
{
    const Result<int> first = m_store->nextNumber(incidentId);
    if (!first)
        return first;
    int number = first.value();
    for (const TemplateItem& ti : items) {
        ChecklistItem item;
        item.incidentId = incidentId;
        item.number = number++;
        item.phase = ti.phase;
        item.roleKey = ti.roleKey;
        item.text = ti.text;
        item.timeBoxMinutes = ti.timeBoxMinutes;
        item.createdAt = m_clock.now();
        item.createdBy = by;
        if (const Result<qint64> id = m_store->insertItem(item); !id)
            return id.failure();
    }
    return int(items.size());
}

Result<std::optional<QString>> ChecklistService::pendingTemplate(qint64 incidentId) const
{
    const Result<Incident> incident = m_incidents->get(incidentId);
    if (!incident)
        return incident.failure();
    const auto origin = m_store->origin(incidentId);
    if (!origin)
        return origin.failure();
    const Result<ChecklistTemplate> current = m_templates.forSeverity(incident->severity);
    if (!current || current->key == origin->first)
        return std::optional<QString>();
    return std::optional<QString>(current->key);
}

Result<int> ChecklistService::extendFromSeverityTemplate(qint64 incidentId, const QString& by)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const Result<Incident> incident = m_incidents->get(incidentId);
    if (!incident)
        return incident.failure();
    const Result<ChecklistTemplate> t = m_templates.forSeverity(incident->severity);
    if (!t)
        return t.failure();
    const Result<QList<ChecklistItem>> existing = m_store->items(incidentId);
    if (!existing)
        return existing.failure();
    QList<TemplateItem> missing;
    for (const TemplateItem& ti : t->items) {
        const bool present = std::any_of(existing->cbegin(), existing->cend(), [&](const ChecklistItem& i) {
            return i.text.en == ti.text.en || i.text.ja == ti.text.ja;
        });
        if (!present)
            missing << ti;
    }
    const Result<int> added = insertTemplateItems(incidentId, missing, by);
    if (!added)
        return added;
    if (Status s = m_store->updateOrigin(incidentId, t->key, t->revision); !s)
        return s.failure();
    EntryDraft entry;
    entry.author = by;
    entry.kind = EntryKind::Note;
    entry.setGenerated(Bilingual::text(
        "ChecklistService",
        QT_TRANSLATE_N_NOOP("ChecklistService",
                            "Checklist extended for %1 from the template \"%2\": %n item(s) added."),
        {Severities::code(incident->severity), t->name}, added.value()));
    const Result<qint64> entryId = m_timeline.appendInTransaction(incidentId, entry);
    if (!entryId)
        return entryId.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit itemAdded(incidentId, 0);
    m_timeline.announceAdded(incidentId, entryId.value());
    return added;
}

Result<QList<ChecklistItem>> ChecklistService::items(qint64 incidentId) const
{
    return m_store->items(incidentId);
}

Result<ChecklistItem> ChecklistService::item(qint64 itemId) const
{
    return m_store->get(itemId);
}

Result<ChecklistItem> ChecklistService::findItem(qint64 incidentId, const QString& number) const
{
    bool ok = false;
    const int n = number.trimmed().toInt(&ok);
    if (!ok || n <= 0)
        return fail(tr("\"%1\" is not a checklist item number; use the number shown by \"checklist list\".")
                        .arg(number.left(40)));
    return m_store->getByNumber(incidentId, n);
}

Result<QList<ChecklistStateChange>> ChecklistService::history(qint64 itemId) const
{
    return m_store->history(itemId);
}

Status ChecklistService::check(qint64 itemId, const QString& by)
{
    return changeState(itemId, ChecklistState::Done, {}, by);
}

Status ChecklistService::uncheck(qint64 itemId, const QString& reason, const QString& by)
{
    return changeState(itemId, ChecklistState::Open, reason, by);
}

Status ChecklistService::skip(qint64 itemId, const QString& reason, const QString& by)
{
    return changeState(itemId, ChecklistState::Skipped, reason, by);
}

Status ChecklistService::changeState(qint64 itemId, ChecklistState to, const QString& reason,
                                     const QString& by)
{
    const QString why = reason.trimmed();
    const bool needsReason = to != ChecklistState::Done;
    if (needsReason && why.isEmpty())
        return fail(to == ChecklistState::Skipped ? tr("Say why the item is skipped.")
                                                  : tr("Say why the item is reopened."));
    if (why.size() > Checklists::maxReasonLength)
        return fail(tr("The reason is too long (%1 characters; at most %2).")
                        .arg(why.size())
                        .arg(Checklists::maxReasonLength));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    Result<ChecklistItem> current = m_store->get(itemId);
    if (!current)
        return current.failure();
    ChecklistItem item = current.value();
    const ChecklistState from = item.state;
    if (from == to)
        return fail(tr("Item %1 is already %2.").arg(item.number).arg(ChecklistStates::label(to).toLower()));
    item.state = to;
    item.stateReason = why;
    item.stateBy = by;
    item.stateAt = m_clock.now();
    if (Status s = m_store->updateState(item, from); !s)
        return s;

    EntryDraft entry;
    entry.author = by;
    entry.kind = to == ChecklistState::Skipped ? EntryKind::Decision : EntryKind::Action;
    const char* const message =
        to == ChecklistState::Done ? QT_TRANSLATE_NOOP("ChecklistService", "Checklist item %1 done: %2")
        : to == ChecklistState::Skipped
            ? QT_TRANSLATE_NOOP("ChecklistService", "Checklist item %1 skipped: %2 — reason: %3")
            : QT_TRANSLATE_NOOP("ChecklistService", "Checklist item %1 reopened: %2 — reason: %3");
    entry.setGenerated(
        Bilingual::text("ChecklistService", message, {Bilingual::Arg::number(item.number), item.text, why}));
    const Result<qint64> entryId = m_timeline.appendInTransaction(item.incidentId, entry);
    if (!entryId)
        return entryId.failure();
    if (Status s = tx.commit(); !s)
        return s;
    emit itemChanged(item.incidentId, itemId);
    m_timeline.announceAdded(item.incidentId, entryId.value());
    return {};
}

Result<ChecklistItem> ChecklistService::addAdHocItem(qint64 incidentId, ChecklistPhase phase,
                                                     const QString& roleKey, const QString& textEn,
                                                     const QString& textJa, const QString& by,
                                                     int timeBoxMinutes)
{
    const LocalizedText text{textEn.trimmed(), textJa.trimmed()};
    if (text.en.isEmpty() && text.ja.isEmpty())
        return fail(tr("A checklist item needs a text."));
    if (text.en.size() > Checklists::maxTextLength || text.ja.size() > Checklists::maxTextLength)
        return fail(tr("The item text is too long (at most %1 characters).").arg(Checklists::maxTextLength));
    if (!ChecklistRoles::isValidKey(roleKey))
        return fail(tr("Unknown role \"%1\". Use one of %2, or custom:<name>.")
                        .arg(roleKey.left(60), ChecklistRoles::builtinKeys().join(QStringLiteral(", "))));
    if (timeBoxMinutes < 0 || timeBoxMinutes > Checklists::maxTimeBoxMinutes)
        return fail(
            tr("The time box must be between 1 and %1 minutes, or none.").arg(Checklists::maxTimeBoxMinutes));

    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    if (const Result<Incident> i = m_incidents->get(incidentId); !i)
        return i.failure();
    const Result<int> number = m_store->nextNumber(incidentId);
    if (!number)
        return number.failure();
    ChecklistItem item;
    item.incidentId = incidentId;
    item.number = number.value();
    item.phase = phase;
    item.roleKey = roleKey;
    item.text = text;
    item.timeBoxMinutes = timeBoxMinutes;
    item.adHoc = true;
    item.createdAt = m_clock.now();
    item.createdBy = by;
    const Result<qint64> id = m_store->insertItem(item);
    if (!id)
        return id.failure();
    item.id = id.value();

    EntryDraft entry;
    entry.author = by;
    entry.kind = EntryKind::Note;
    entry.setGenerated(
        roleKey.isEmpty()
            ? Bilingual::text("ChecklistService",
                              QT_TRANSLATE_NOOP("ChecklistService", "Checklist item %1 added: %2"),
                              {Bilingual::Arg::number(item.number), text})
            : Bilingual::text("ChecklistService",
                              QT_TRANSLATE_NOOP("ChecklistService", "Checklist item %1 added for %2: %3"),
                              {Bilingual::Arg::number(item.number), ChecklistRoles::name(roleKey), text}));
    const Result<qint64> entryId = m_timeline.appendInTransaction(incidentId, entry);
    if (!entryId)
        return entryId.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    // Also called inside a larger action's transaction (a role's call for help): announce once that is durable.
    m_db.whenCommitted([this, incidentId, itemId = item.id, entry = entryId.value()] {
        emit itemAdded(incidentId, itemId);
        m_timeline.announceAdded(incidentId, entry);
    });
    return item;
}

Result<ChecklistItem> ChecklistService::addHelpRequest(qint64 incidentId, const QString& roleKey,
                                                       const QString& by)
{
    const LocalizedText role = ChecklistRoles::name(roleKey);
    // Both languages are data here, not UI: the item must read right whatever language each responder uses.
    return addAdHocItem(incidentId, ChecklistPhase::Stabilise, QStringLiteral("planning"),
                        QStringLiteral("Find help for the %1 (they asked for more people)").arg(role.en),
                        QStringLiteral("%1の応援を探す（人手が足りないと依頼あり）").arg(role.ja), by);
}

Result<QList<ChecklistItem>> ChecklistService::overdue(qint64 incidentId) const
{
    const Result<Incident> incident = m_incidents->get(incidentId);
    if (!incident)
        return incident.failure();
    const Result<QList<ChecklistItem>> all = m_store->items(incidentId);
    if (!all)
        return all;
    const QDateTime now = m_clock.now();
    QList<ChecklistItem> out;
    for (const ChecklistItem& i : all.value())
        if (i.isOverdue(incident->declaredAt, now))
            out << i;
    return out;
}
