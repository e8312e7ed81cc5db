#pragma once

#include "incidentstatus.h"
#include "severity.h"

#include <QDateTime>
#include <QString>

// The three questions of the SRE book: declare when any one is true.
struct DeclarationAnswers
{
    bool secondTeamNeeded = false;
    bool customersAffected = false;
    bool unresolvedAfterHour = false;
    bool anyYes() const { return secondTeamNeeded || customersAffected || unresolvedAfterHour; }
};

struct Incident
{
    qint64 id = 0;
    QString code; // INC-2026-0042, or DRILL-2026-0003 for drills
    QString title;
    Severity severity = Severity::Sev3;
    IncidentStatus status = IncidentStatus::Investigating;
    QString summary;
    QString impact;
    bool isDrill = false;
    DeclarationAnswers answers;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime detectedAt;
    QDateTime declaredAt; // null while the incident is tracked but not yet declared
    QDateTime mitigatedAt;
    QDateTime resolvedAt;
    QDateTime closedAt;

    bool isOpen() const { return IncidentStatuses::isOpen(status); }
    bool isDeclared() const { return declaredAt.isValid(); }
};

// What the user fills in to open an incident.
struct IncidentDraft
{
    QString title;
    Severity severity = Severity::Sev3;
    QString summary;
    QString impact;
    bool isDrill = false;
    bool declare = true; // false: track while investigating, declare later
    DeclarationAnswers answers;
    QDateTime detectedAt; // defaults to now
    QString author;       // who declared; written on the first timeline entry
    // Who becomes Incident Commander in the declaring transaction, so that an open incident never exists
    // without one: a roster person (commanderId), or else the author when authorTakesCommand (found on the
    // roster, added if missing). Drills leave both unset: taking command is the trainees' scored first move.
    qint64 commanderId = 0;
    bool authorTakesCommand = false;
};

namespace Incidents {
// Title rules shared by every face of the product.
constexpr int maxTitleLength = 200;
constexpr int maxTextLength = 100000;
// Text that a generated timeline entry repeats (a production change and how to revert it, a verdict's note):
// small enough that the entry stays within maxTextLength whatever is around it.
constexpr int maxQuotedLength = 20000;
// The first `length` characters of a long text, with "…": a verdict names its hypothesis, whose whole text is
// in the hypothesis's own entry.
QString excerpt(const QString& text, int length = 2000);
QString codeFor(bool drill, int year, int sequence);
} // namespace Incidents
