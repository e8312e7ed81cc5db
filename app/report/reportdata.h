#pragma once

#include "domain/assignment.h"
#include "domain/followup.h"
#include "domain/handoff.h"
#include "domain/incident.h"
#include "domain/role.h"
#include "domain/statuschange.h"
#include "domain/timelineentry.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// A role held by a person for a span of time, from the role board's history (`RoleService::history`). The role's
// definition travels with it so the builders name it in the report language (built-ins are translated, custom
// roles carry their own Japanese and English names).
struct ReportRoleAssignment
{
    qint64 id = 0;
    RoleDefinition role;
    QString person;
    QDateTime from;
    QDateTime until;                  // null while held
    std::optional<AssignmentEnd> end; // released, reassigned or handed off; empty while held

    bool isCommand() const { return role.key == Roles::commander; }
    bool isCurrent() const { return !until.isValid(); }
};

// A recorded handoff of a role (`RoleService::handoffs`): acknowledged by the incoming holder, with the briefing.
struct ReportHandoff
{
    qint64 id = 0;
    RoleDefinition role;
    QString from;
    QString to;
    QDateTime acknowledgedAt;
    Briefing briefing;
};

// One deviation from normal recorded by Planning (issue 5's "changes made to production").
struct ReportProductionChange
{
    QDateTime at;
    QString who;
    QString what;
    QString howToRevert;
    QDateTime revertedAt; // null while the change is still in place
};

// The living document's header (issue 5). Empty fields are reported as "not recorded".
struct ReportDocumentHeader
{
    QString whatWeKnow;
    QString whatWeAreDoing;
    QDateTime nextUpdateAt;
    QString commandPost; // links / where to reach the IC
    QStringList exitCriteria;
    QStringList todos;
};

// A brainstorm idea (issue 5's board) with its verdict.
struct ReportIdea
{
    enum class Verdict { Open, Confirmed, RuledOut };
    QString text;
    Verdict verdict = Verdict::Open;
};

// Everything a report may say about one incident, read once by ReportCollector. Builders read only this,
// so a new source of data (role board, document header, production changes) is wired in the collector,
// not in every builder.
struct ReportData
{
    Incident incident;
    QList<TimelineEntry> timeline; // live (not deleted) entries, oldest first (the newest N when limited)
    int timelineTotal = 0;          // live entries in all; more than timeline.size() when limited
    QList<StatusChange> statusHistory;
    QList<FollowUp> followUps;
    QMap<QString, QString> wording; // edited report text by section key (ReportWording)
    ReportDocumentHeader header;
    QList<ReportRoleAssignment> roles; // every assignment of every role, by start time, then id
    QList<ReportHandoff> handoffs;      // by acknowledgement time, then id
    QList<RoleDefinition> icAlsoHolds;  // now: the roles the current IC holds besides command (RoleBoard)
    QList<ReportProductionChange> changes;
    QList<ReportIdea> ideas;
    QDateTime generatedAt;

    QList<TimelineEntry> publicEntries() const;
    QList<TimelineEntry> entriesOfKind(EntryKind kind) const;
    // Detection (or declaration, if detection was not recorded): where response times are measured from.
    QDateTime detectionTime() const;
    // Who held command, oldest first; the current IC (null when nobody holds command now).
    QList<ReportRoleAssignment> commandHistory() const;
    const ReportRoleAssignment* currentCommander() const;
    // Impact as the incident recorded it: from detection to mitigation (or resolution); null end while ongoing.
    QDateTime derivedImpactStart() const;
    QDateTime derivedImpactEnd() const;
    // The period of impact the customer report states: the user's adjusted times when saved (wording keys
    // customer.impact_start / customer.impact_end, ISO 8601 UTC), else the derived ones.
    QDateTime impactStart() const;
    QDateTime impactEnd() const;
};
