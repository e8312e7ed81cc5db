#include "roleservice.h"

#include "bilingual.h"
#include "domain/clock.h"
#include "domain/incident.h"
#include "incidentchange.h"
#include "personservice.h"
#include "report/reportlanguage.h"
#include "storage/assignmentstore.h"
#include "storage/database.h"
#include "storage/handoffstore.h"
#include "storage/helprequeststore.h"
#include "storage/incidentstore.h"
#include "storage/personstore.h"
#include "storage/rolestore.h"
#include "storage/transaction.h"
#include "timelineservice.h"

RoleService::RoleService(Database& db, Clock& clock, TimelineService& timeline, PersonService& people,
                         QObject* parent)
    : QObject(parent), m_db(db), m_clock(clock), m_timeline(timeline), m_people(people),
      m_incidents(std::make_unique<IncidentStore>(db)), m_persons(std::make_unique<PersonStore>(db)),
      m_roles(std::make_unique<RoleStore>(db)), m_assignments(std::make_unique<AssignmentStore>(db)),
      m_handoffs(std::make_unique<HandoffStore>(db)), m_help(std::make_unique<HelpRequestStore>(db))
{
}

RoleService::~RoleService() = default;

Result<QList<RoleDefinition>> RoleService::definitions() const
{
    QList<RoleDefinition> all = Roles::builtins();
    const auto custom = m_roles->customRoles();
    if (!custom)
        return custom.failure();
    all << custom.value();
    return all;
}

Result<RoleDefinition> RoleService::definition(const QString& key) const
{
    const QString k = Roles::normalizeKey(key);
    if (const auto builtin = Roles::builtin(k))
        return *builtin;
    const auto custom = m_roles->custom(k);
    if (!custom)
        return custom.failure();
    if (custom.value())
        return *custom.value();
    return fail(tr("Unknown role \"%1\". Use one of %2, or a custom role created first (icctl role define).")
                    .arg(key, Roles::builtinKeys().join(QStringLiteral(", "))));
}

Result<RoleDefinition> RoleService::createCustomRole(const RoleDefinition& role, const QString& by)
{
    RoleDefinition r = role;
    r.key = Roles::normalizeKey(r.key);
    r.name = r.name.trimmed();
    r.nameJa = r.nameJa.trimmed();
    r.builtin = false;
    r.core = false;
    if (Roles::builtin(r.key))
        return fail(tr("\"%1\" is a built-in role; choose another key for a custom role.").arg(r.key));
    if (!Roles::isValidCustomKey(r.key))
        return fail(
            tr("The role key \"%1\" is not valid: start with a lower-case letter, then letters, digits "
               "or '-', at most 32 characters.")
                .arg(role.key));
    if (r.name.isEmpty())
        return fail(tr("A custom role needs a name."));
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s.failure();
    const auto existing = m_roles->custom(r.key);
    if (!existing)
        return existing.failure();
    if (existing.value())
        return fail(tr("The role \"%1\" already exists.").arg(r.key));
    if (Status s = m_roles->insertCustom(r, m_clock.now(), by); !s)
        return s.failure();
    if (Status s = tx.commit(); !s)
        return s.failure();
    emit roleDefinitionsChanged();
    return r;
}

Status RoleService::change(qint64 incidentId, const QString& by, bool important, const Work& work)
{
    return IncidentChange(m_db, m_timeline, *m_incidents)
        .run(incidentId, by, important, work, [this, incidentId] { emit rolesChanged(incidentId); });
}

QString RoleService::personLabel(qint64 personId) const
{
    const auto p = m_persons->get(personId);
    return p ? p->label() : tr("person %1").arg(personId);
}

Status RoleService::addRole(qint64 incidentId, const QString& roleKey, const QString& by)
{
    const Result<RoleDefinition> role = definition(roleKey);
    if (!role)
        return role.failure();
    if (role->core)
        return {}; // always on the board
    return change(incidentId, by, false, [&](const Incident& i) -> Result<LocalizedText> {
        if (Status s = m_roles->addToIncident(i.id, role->key, m_clock.now(), by); !s)
            return s.failure();
        return LocalizedText();
    });
}

Result<Assignment> RoleService::assign(qint64 incidentId, const QString& roleKey, qint64 personId,
                                       const QString& by)
{
    const Result<RoleDefinition> role = definition(roleKey);
    if (!role)
        return role.failure();
    Assignment created;
    const Status s = change(
        incidentId, by, role->key == Roles::commander, [&](const Incident& i) -> Result<LocalizedText> {
            const Result<Person> person = m_persons->get(personId);
            if (!person)
                return person.failure();
            const auto current = m_assignments->current(i.id, role->key);
            if (!current)
                return current.failure();
            const std::optional<Assignment>& was = current.value();
            if (was && was->personId == personId)
                return fail(tr("%1 already holds %2.").arg(person->name, role->displayName()));
            if (was && role->key == Roles::commander)
                return fail(
                    tr("%1 is Incident Commander. Command changes hands only by a handoff, so that the "
                       "briefing is given and recorded.")
                        .arg(was->personName));
            const QDateTime now = m_clock.now();
            if (was)
                if (Status c = m_assignments->close(was->id, now, by, AssignmentEnd::Reassigned); !c)
                    return c.failure();
            if (!role->core)
                if (Status a = m_roles->addToIncident(i.id, role->key, now, by); !a)
                    return a.failure();
            created.incidentId = i.id;
            created.roleKey = role->key;
            created.personId = personId;
            created.personName = person->name;
            created.startedAt = now;
            created.startedBy = by;
            const Result<qint64> id = m_assignments->insert(created);
            if (!id)
                return id.failure();
            created.id = id.value();
            if (was)
                return Bilingual::text(
                    "RoleService", QT_TRANSLATE_NOOP("RoleService", "%1 is now %2, taking over from %3."),
                    {person->label(), Bilingual::Arg::roleName(role.value()), personLabel(was->personId)});
            return Bilingual::text("RoleService", QT_TRANSLATE_NOOP("RoleService", "%1 is now %2."),
                                   {person->label(), Bilingual::Arg::roleName(role.value())});
        });
    if (!s)
        return s.failure();
    return created;
}

Status RoleService::release(qint64 incidentId, const QString& roleKey, const QString& by)
{
    const Result<RoleDefinition> role = definition(roleKey);
    if (!role)
        return role.failure();
    return change(incidentId, by, false, [&](const Incident& i) -> Result<LocalizedText> {
        const auto current = m_assignments->current(i.id, role->key);
        if (!current)
            return current.failure();
        if (!current.value())
            return fail(tr("Nobody holds %1.").arg(role->displayName()));
        if (role->key == Roles::commander && i.isOpen())
            return fail(
                tr("An open incident must always have an Incident Commander. Hand off command instead "
                   "of releasing it."));
        if (Status c = m_assignments->close(current.value()->id, m_clock.now(), by, AssignmentEnd::Released);
            !c)
            return c.failure();
        const char* const released =
            role->key == Roles::commander
                ? QT_TRANSLATE_NOOP("RoleService", "%1 is no longer %2.")
                : QT_TRANSLATE_NOOP("RoleService",
                                    "%1 is no longer %2; the Incident Commander holds the role again.");
        return Bilingual::text(
            "RoleService", released,
            {personLabel(current.value()->personId), Bilingual::Arg::roleName(role.value())});
    });
}

Result<Handoff> RoleService::handOff(qint64 incidentId, const QString& roleKey, qint64 toPersonId,
                                     const Briefing& briefing, const QString& by,
                                     const HandoffHook& alsoInTransaction)
{
    const Result<RoleDefinition> role = definition(roleKey);
    if (!role)
        return role.failure();
    if (briefing.situation.trimmed().isEmpty())
        return fail(tr("The briefing needs at least the situation: what is happening now."));
    Handoff h;
    const Status s = change(incidentId, by, true, [&](const Incident& i) -> Result<LocalizedText> {
        const Result<Person> to = m_persons->get(toPersonId);
        if (!to)
            return to.failure();
        const Result<Assignment> source = handoffSource(i.id, role.value(), to.value());
        if (!source)
            return source.failure();
        const Assignment& from = source.value();
        if (alsoInTransaction)
            if (Status hook = alsoInTransaction(from); !hook)
                return hook.failure();
        const QDateTime now = m_clock.now();
        if (Status c = m_assignments->close(from.id, now, by, AssignmentEnd::HandedOff); !c)
            return c.failure();
        Assignment next;
        next.incidentId = i.id;
        next.roleKey = role->key;
        next.personId = toPersonId;
        next.startedAt = now;
        next.startedBy = by;
        const Result<qint64> nextId = m_assignments->insert(next);
        if (!nextId)
            return nextId.failure();
        static_cast<HandoffParties&>(h) = handoffParties(from, to.value(), briefing);
        h.fromAssignmentId = from.id;
        h.toAssignmentId = nextId.value();
        h.acknowledgedAt = now;
        h.recordedBy = by;
        const Result<qint64> id = m_handoffs->insert(h);
        if (!id)
            return id.failure();
        h.id = id.value();
        LocalizedText text = Bilingual::text(
            "RoleService",
            QT_TRANSLATE_NOOP("RoleService", "%1 handed %2 over to %3, who acknowledged the briefing."),
            {personLabel(from.personId), Bilingual::Arg::roleName(role.value()), to->label()});
        // The Next IC who takes command is no longer the next one: the deputy seat opens for someone else.
        if (role->key == Roles::commander) {
            const auto deputy = m_assignments->current(i.id, Roles::deputy);
            if (!deputy)
                return deputy.failure();
            if (deputy.value() && deputy.value()->personId == toPersonId) {
                if (Status c = m_assignments->close(deputy.value()->id, now, by, AssignmentEnd::Released); !c)
                    return c.failure();
                text = Bilingual::join(
                    text, Bilingual::text(
                              "RoleService",
                              QT_TRANSLATE_NOOP("RoleService", "The Deputy / Next IC seat is open again.")));
            }
        }
        return Bilingual::lines({text, QString(), Bilingual::Arg([&briefing](const ReportLanguage& l) {
                                     return briefing.toText([&l](const char* context, const char* source) {
                                         return l.translate(context, source);
                                     });
                                 })});
    });
    if (!s)
        return s.failure();
    m_db.whenCommitted([this, incidentId, id = h.id] { emit handoffRecorded(incidentId, id); });
    return h;
}

Result<Assignment> RoleService::handoffSource(qint64 incidentId, const RoleDefinition& role,
                                              const Person& to) const
{
    const auto current = m_assignments->current(incidentId, role.key);
    if (!current)
        return current.failure();
    if (!current.value())
        return fail(tr("Nobody holds %1 yet: assign it instead of handing it off.").arg(role.displayName()));
    if (current.value()->personId == to.id)
        return fail(tr("%1 already holds %2; hand it off to someone else.").arg(to.name, role.displayName()));
    return *current.value();
}

Result<Assignment> RoleService::takeCommand(qint64 incidentId, const QString& userName)
{
    const Result<Person> person = m_people.resolveOrAdd(userName);
    if (!person)
        return person.failure();
    return assign(incidentId, Roles::commander, person->id, userName);
}

Status RoleService::requestHelp(qint64 incidentId, const QString& roleKey, const QString& note,
                                const QString& by)
{
    const Result<RoleDefinition> role = definition(roleKey);
    if (!role)
        return role.failure();
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s)
        return s;
    const Status s = change(incidentId, by, true, [&](const Incident& i) -> Result<LocalizedText> {
        const auto open = m_help->open(i.id);
        if (!open)
            return open.failure();
        for (const HelpRequest& r : open.value())
            if (r.roleKey == role->key)
                return fail(tr("%1 has already asked for help.").arg(role->displayName()));
        // A vacant role is held by the IC, so the IC is the one asking.
        auto holder = m_assignments->current(i.id, role->key);
        if (holder && !holder.value())
            holder = m_assignments->current(i.id, Roles::commander);
        if (!holder)
            return holder.failure();
        HelpRequest r;
        r.incidentId = i.id;
        r.roleKey = role->key;
        r.personId = holder.value() ? holder.value()->personId : 0;
        r.note = note.trimmed();
        r.requestedAt = m_clock.now();
        r.requestedBy = by;
        if (const Result<qint64> id = m_help->insert(r); !id)
            return id.failure();
        const QString who = r.personId ? personLabel(r.personId) : by;
        if (r.note.isEmpty())
            return Bilingual::text(
                "RoleService",
                QT_TRANSLATE_NOOP("RoleService", "%1 (%2) needs help: more people are needed for this role."),
                {Bilingual::Arg::roleName(role.value()), who});
        return Bilingual::text("RoleService", QT_TRANSLATE_NOOP("RoleService", "%1 (%2) needs help: %3"),
                               {Bilingual::Arg::roleName(role.value()), who, r.note});
    });
    if (!s)
        return s;
    if (m_helpFollowUp)
        if (Status f = m_helpFollowUp(incidentId, role->key, by); !f)
            return f;
    if (Status c = tx.commit(); !c)
        return c;
    emit helpRequested(incidentId, role->key);
    return {};
}

Status RoleService::clearHelp(qint64 incidentId, const QString& roleKey, const QString& by)
{
    const Result<RoleDefinition> role = definition(roleKey);
    if (!role)
        return role.failure();
    return change(incidentId, by, false, [&](const Incident& i) -> Result<LocalizedText> {
        const auto open = m_help->open(i.id);
        if (!open)
            return open.failure();
        for (const HelpRequest& r : open.value()) {
            if (r.roleKey != role->key)
                continue;
            if (Status s = m_help->resolve(r.id, m_clock.now(), by); !s)
                return s.failure();
            return Bilingual::text("RoleService",
                                   QT_TRANSLATE_NOOP("RoleService", "%1 no longer needs help."),
                                   {Bilingual::Arg::roleName(role.value())});
        }
        return fail(tr("%1 has not asked for help.").arg(role->displayName()));
    });
}

Result<RoleBoard> RoleService::board(qint64 incidentId) const
{
    const Result<Incident> incident = m_incidents->get(incidentId);
    if (!incident)
        return incident.failure();
    const auto added = m_roles->incidentRoles(incidentId);
    const auto current = m_assignments->currentAll(incidentId);
    const auto help = m_help->open(incidentId);
    if (!added || !current || !help)
        return (!added ? added.failure() : !current ? current.failure() : help.failure());
    RoleBoard b;
    b.incidentId = incidentId;
    b.severity = incident->severity;
    b.incidentOpen = incident->isOpen();
    b.incidentClosed = incident->status == IncidentStatus::Closed;
    QStringList keys;
    for (const RoleDefinition& d : Roles::builtins())
        if (d.core)
            keys << d.key;
    for (const QString& k : added.value())
        if (!keys.contains(k))
            keys << k;
    for (const Assignment& a : current.value())
        if (!keys.contains(a.roleKey))
            keys << a.roleKey;
    for (const QString& key : std::as_const(keys)) {
        RoleSlot slot;
        const Result<RoleDefinition> def = definition(key);
        slot.role = def ? def.value() : RoleDefinition{key, key, {}, {}, {}, false, false};
        for (const Assignment& a : current.value())
            if (a.roleKey == key) {
                slot.assignment = a;
                if (const auto p = m_persons->get(a.personId))
                    slot.holder = p.value();
            }
        for (const HelpRequest& r : help.value())
            if (r.roleKey == key)
                slot.help = r;
        b.roleSlots << slot;
    }
    return b;
}

Result<std::optional<Assignment>> RoleService::holder(qint64 incidentId, const QString& roleKey) const
{
    return m_assignments->current(incidentId, Roles::normalizeKey(roleKey));
}

Result<QList<Assignment>> RoleService::currentHolders(qint64 incidentId) const
{
    return m_assignments->currentAll(incidentId);
}

Result<QList<Assignment>> RoleService::history(qint64 incidentId, const QString& roleKey) const
{
    return m_assignments->history(incidentId, Roles::normalizeKey(roleKey));
}

Result<QList<Handoff>> RoleService::handoffs(qint64 incidentId, const QString& roleKey) const
{
    return m_handoffs->list(incidentId, Roles::normalizeKey(roleKey));
}

Result<QList<ActivityPeriod>> RoleService::activityLog(qint64 incidentId, const QString& roleKey) const
{
    const auto assignments = m_assignments->history(incidentId, Roles::normalizeKey(roleKey));
    if (!assignments)
        return assignments.failure();
    QList<ActivityPeriod> periods;
    QList<std::optional<Person>> holders;
    for (const Assignment& a : assignments.value()) {
        const Result<Person> p = m_persons->get(a.personId);
        periods << ActivityPeriod{a, p ? p->label() : a.personName, {}};
        holders << (p ? std::optional<Person>(p.value()) : std::nullopt);
    }
    // Authors are free text (the login or chosen user name): match the holder's handle or name.
    // Entries count for a period when the holder wrote them, or when someone (a scribe) wrote them tagged
    // with this role (the timeline's role key).
    const QString tag = Roles::timelineKey(roleKey);
    auto belongs = [&tag](const std::optional<Person>& p, const TimelineEntry& e) {
        return (p && p->isUser(e.author)) || (!tag.isEmpty() && e.role == tag);
    };
    // Stream the timeline a page at a time, oldest first, keeping only the holders' entries.
    constexpr int pageSize = 1000;
    TimelineStore::PageCursor cursor;
    for (;;) {
        const auto page = m_timeline.page(incidentId, false, cursor, pageSize);
        if (!page)
            return page.failure();
        for (const TimelineEntry& e : page.value())
            for (int i = 0; i < periods.size(); ++i) {
                const Assignment& a = periods.at(i).assignment;
                if (belongs(holders.at(i), e) && e.occurredAt >= a.startedAt &&
                    (a.isCurrent() || e.occurredAt <= a.endedAt))
                    periods[i].entries << e;
            }
        if (page->size() < pageSize)
            break;
        cursor = TimelineStore::cursorAfter(page->constLast());
    }
    return periods;
}
