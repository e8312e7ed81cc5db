#include "core.h"

#include "domain/clock.h"
#include "drill/changefactsource.h"
#include "drill/checklistfactsource.h"
#include "drill/drillservice.h"
#include "drill/rolefactsource.h"
#include "notify/dispatcher.h"
#include "services/cadenceservice.h"
#include "services/channelservice.h"
#include "services/brainstormservice.h"
#include "services/changeservice.h"
#include "services/checklistservice.h"
#include "services/documentservice.h"
#include "services/followupservice.h"
#include "services/incidentservice.h"
#include "services/notificationservice.h"
#include "services/outboxservice.h"
#include "services/reportservice.h"
#include "services/templateservice.h"
#include "services/handoffannouncement.h"
#include "services/handoffofferservice.h"
#include "services/oncallservice.h"
#include "services/personservice.h"
#include "services/rolecommanderdirectory.h"
#include "services/roleservice.h"
#include "services/timelineservice.h"
#include "storage/database.h"

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace {
QString defaultUserName()
{
    for (const char* var : {"IC_USER", "USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
#ifdef Q_OS_UNIX
    // Started without a login environment (a service, `env -i`, some desktop launchers): the account's name
    // still says who wrote an entry, where "unknown" would not.
    if (const passwd* account = getpwuid(getuid()); account && account->pw_name && *account->pw_name)
        return QString::fromLocal8Bit(account->pw_name);
#endif
    return QStringLiteral("unknown");
}
} // namespace

Core::Core(Clock* clock, QObject* parent) : QObject(parent), m_userName(defaultUserName())
{
    if (!clock) {
        m_ownClock = std::make_unique<SystemClock>();
        clock = m_ownClock.get();
    }
    m_clock = clock;
    m_db = std::make_unique<Database>();
    m_timeline = std::make_unique<TimelineService>(*m_db, *m_clock);
    m_incidents = std::make_unique<IncidentService>(*m_db, *m_clock, *m_timeline);
    m_channels = std::make_unique<ChannelService>(*m_db, *m_clock);
    m_outbox = std::make_unique<OutboxService>(*m_db, *m_clock);
    m_notifications = std::make_unique<NotificationService>(*m_db, *m_clock, *m_timeline, *m_outbox);
    m_cadence = std::make_unique<CadenceService>(*m_db, *m_clock);
    m_dispatcher = std::make_unique<Dispatcher>(*m_db, *m_clock);
    connect(m_outbox.get(), &OutboxService::outboxChanged, m_dispatcher.get(), &Dispatcher::kick);
    connect(m_channels.get(), &ChannelService::channelsChanged, m_dispatcher.get(), &Dispatcher::kick);
    // Messages queued by another process (icctl) are delivered by the one holding the outbox lease.
    connect(m_db.get(), &Database::externalChange, m_dispatcher.get(), &Dispatcher::kick);
    m_document = std::make_unique<DocumentService>(*m_db, *m_clock);
    m_changes = std::make_unique<ChangeService>(*m_db, *m_clock, *m_timeline);
    m_brainstorm = std::make_unique<BrainstormService>(*m_db, *m_clock, *m_timeline);
    // Milestones on the timeline and the document's summary and impact change the incident itself.
    connect(m_timeline.get(), &TimelineService::milestonesChanged, m_incidents.get(), &IncidentService::incidentChanged);
    connect(m_document.get(), &DocumentService::documentChanged, m_incidents.get(), &IncidentService::incidentChanged);
    m_followUps = std::make_unique<FollowUpService>(*m_db, *m_clock, *m_timeline);
    m_reports = std::make_unique<ReportService>(*m_db, *m_clock);
    m_drills = std::make_unique<DrillService>(*m_db, *m_clock, *m_incidents, *m_timeline);
    m_templates = std::make_unique<TemplateService>(*m_db, *m_clock);
    m_checklists = std::make_unique<ChecklistService>(*m_db, *m_clock, *m_timeline, *m_templates);
    // The checklist is made in the declaring transaction: no incident without its checklist, even after a crash.
    m_incidents->addCreationStep([this](const Incident& incident, const IncidentDraft& draft) {
        return m_checklists->instantiateInTransaction(incident, draft.author);
    });
    m_people = std::make_unique<PersonService>(*m_db, *m_clock);
    m_roles = std::make_unique<RoleService>(*m_db, *m_clock, *m_timeline, *m_people);
    m_onCall = std::make_unique<OnCallService>(*m_db, *m_clock, *m_roles);
    m_offers = std::make_unique<HandoffOfferService>(*m_db, *m_clock, *m_timeline, *m_roles);
    // The declarer (or the person named) takes command in the declaring transaction.
    m_incidents->addCreationStep([this](const Incident& incident, const IncidentDraft& draft) -> Status {
        if (!draft.commanderId && !draft.authorTakesCommand)
            return {};
        const Result<Assignment> ic =
            draft.commanderId ? m_roles->assign(incident.id, Roles::commander, draft.commanderId, draft.author)
                              : m_roles->takeCommand(incident.id, draft.author);
        return ic ? Status() : ic.failure();
    });
    // Drills score what the areas recorded, after the timeline source the drill service starts with: the
    // timeline's wording is no evidence of roles, handoffs or changes (and checklist ticks are action
    // entries), so those facts come only from these records.
    m_drills->facts().addSource(std::make_unique<ChecklistFactSource>(*m_checklists));
    m_drills->facts().addSource(std::make_unique<RoleFactSource>(*m_roles, *m_offers));
    m_drills->facts().addSource(std::make_unique<ChangeFactSource>(*m_changes));
    // {{ic.name}} and {{ic.contact}} in notifications come from the role board.
    m_commanderDirectory = std::make_unique<RoleCommanderDirectory>(*m_roles);
    m_notifications->setCommanderDirectory(m_commanderDirectory.get());
    m_handoffAnnouncement = std::make_unique<HandoffAnnouncement>(*m_db, *m_roles, *m_notifications);
    // An overloaded role asks Planning for people: Planning gets a checklist item to find someone, in the
    // request's own transaction.
    m_roles->setHelpFollowUp([this](qint64 incidentId, const QString& roleKey, const QString& by) -> Status {
        const auto item = m_checklists->addHelpRequest(incidentId, roleKey, by);
        return item ? Status() : Status(item.failure());
    });
}

Core::~Core()
{
    // Services hold prepared queries on the connection: drop them before the connection goes.
    m_dispatcher.reset();
    m_cadence.reset();
    m_notifications.reset();
    m_commanderDirectory.reset();
    m_outbox.reset();
    m_channels.reset();
    m_handoffAnnouncement.reset();
    m_offers.reset();
    m_onCall.reset();
    m_roles.reset();
    m_people.reset();
    m_brainstorm.reset();
    m_changes.reset();
    m_document.reset();
    m_reports.reset();
    m_followUps.reset();
    m_drills.reset();
    m_checklists.reset();
    m_templates.reset();
    m_incidents.reset();
    m_timeline.reset();
    m_db.reset();
}

Status Core::open(const QString& databasePath)
{
    // The dispatcher's lanes belong to the database that was open; start them again on the new one.
    const bool delivering = m_dispatcher->isRunning();
    m_dispatcher->stop();
    Status s = m_db->open(databasePath);
    if (s && delivering)
        s = m_dispatcher->start();
    return s;
}

void Core::close()
{
    m_dispatcher->stop();
    m_db->close();
}
