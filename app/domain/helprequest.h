#pragma once

#include <QDateTime>
#include <QString>

// An overloaded role holder's "need help" flag. Open until someone clears it; never deleted.
struct HelpRequest
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString roleKey;
    qint64 personId = 0; // who held the role when asking (0 if the IC asked for a vacant role)
    QString note;
    QDateTime requestedAt;
    QString requestedBy;
    QDateTime resolvedAt;
    QString resolvedBy;

    bool isOpen() const { return !resolvedAt.isValid(); }
};
