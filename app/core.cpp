#include "core.h"

#include "domain/clock.h"
#include "services/brainstormservice.h"
#include "services/changeservice.h"
#include "services/documentservice.h"
#include "drill/drillservice.h"
#include "services/followupservice.h"
#include "services/incidentservice.h"
#include "services/reportservice.h"
#include "services/timelineservice.h"
#include "storage/database.h"

namespace {
QString defaultUserName()
{
    for (const char* var : {"IC_USER", "USER", "USERNAME"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v;
    }
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
    m_document = std::make_unique<DocumentService>(*m_db, *m_clock);
    m_changes = std::make_unique<ChangeService>(*m_db, *m_clock, *m_timeline);
    m_brainstorm = std::make_unique<BrainstormService>(*m_db, *m_clock, *m_timeline);
    // Milestones on the timeline and the document's summary and impact change the incident itself.
    connect(m_timeline.get(), &TimelineService::milestonesChanged, m_incidents.get(), &IncidentService::incidentChanged);
    connect(m_document.get(), &DocumentService::documentChanged, m_incidents.get(), &IncidentService::incidentChanged);
    m_followUps = std::make_unique<FollowUpService>(*m_db, *m_clock, *m_timeline);
    m_reports = std::make_unique<ReportService>(*m_db, *m_clock);
    m_drills = std::make_unique<DrillService>(*m_db, *m_clock, *m_incidents, *m_timeline);
}

Core::~Core()
{
    // Services hold prepared queries on the connection: drop them before the connection goes.
    m_brainstorm.reset();
    m_changes.reset();
    m_document.reset();
    m_reports.reset();
    m_followUps.reset();
    m_drills.reset();
    m_incidents.reset();
    m_timeline.reset();
    m_db.reset();
}

Status Core::open(const QString& databasePath)
{
    return m_db->open(databasePath);
}

void Core::close()
{
    m_db->close();
}
