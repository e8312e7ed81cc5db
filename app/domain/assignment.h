#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// How a holder stopped holding a role. History rows are closed once and never rewritten.
enum class AssignmentEnd { Released, Reassigned, HandedOff };

namespace AssignmentEnds {
QString key(AssignmentEnd e);   // stored: "released", "reassigned", "handed_off"
QString label(AssignmentEnd e); // translated
std::optional<AssignmentEnd> parse(const QString& key);
} // namespace AssignmentEnds

// One person holding one role in one incident, from startedAt until endedAt (null while current).
struct Assignment
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString roleKey;
    qint64 personId = 0;
    QString personName; // joined from the roster for display
    QDateTime startedAt;
    QString startedBy;
    QDateTime endedAt;
    QString endedBy;
    std::optional<AssignmentEnd> endReason;

    bool isCurrent() const { return !endedAt.isValid(); }
};
