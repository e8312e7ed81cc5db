#pragma once

#include "domain/followup.h"
#include "domain/incident.h"
#include "domain/statuschange.h"
#include "domain/timelineentry.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// A role held by a person for a span of time (issue 3's assignments). Empty until the role board lands;
// the builders then fall back to the role-change entries of the timeline.
struct ReportRoleAssignment
{
    QString role;
    QString person;
    QDateTime from;
    QDateTime until; // null while held
};

// One deviation from normal recorded by Planning (issue 5's "changes made to production").
struct ReportProductionChange
{
    QDateTime at;
    QString who;
    QString what;
    QString howToRevert;
    bool reverted = false;
};

// The living document's header (issue 5). Empty fields are reported as "not recorded".
struct ReportDocumentHeader
{
    QString currentStatus; // what we know, what we are doing, when the next update comes
    QString commandPost;   // links / where to reach the IC
    QStringList exitCriteria;
    QStringList todos;
};

// Everything a report may say about one incident, read once by ReportCollector. Builders read only this,
// so a new source of data (role history, document header, production changes) is wired in the collector,
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
    QList<ReportRoleAssignment> roles;
    QList<ReportProductionChange> changes;
    QDateTime generatedAt;

    QList<TimelineEntry> publicEntries() const;
    QList<TimelineEntry> entriesOfKind(EntryKind kind) const;
    // Detection (or declaration, if detection was not recorded): where response times are measured from.
    QDateTime detectionTime() const;
    // Impact as the incident recorded it: from detection to mitigation (or resolution); null end while ongoing.
    QDateTime derivedImpactStart() const;
    QDateTime derivedImpactEnd() const;
    // The period of impact the customer report states: the user's adjusted times when saved (wording keys
    // customer.impact_start / customer.impact_end, ISO 8601 UTC), else the derived ones.
    QDateTime impactStart() const;
    QDateTime impactEnd() const;
};
