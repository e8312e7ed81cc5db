#pragma once

#include <QDateTime>
#include <QString>

// A change made to production during the incident (the Planning lead's record of how the system was
// changed from normal, so it can be put back).
struct ProductionChange
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString what;
    QString madeBy;
    QDateTime madeAt;
    QString revertHow;
    QDateTime revertedAt; // null while the change is still in place
    QString revertedBy;
    QDateTime recordedAt; // for a revision: when this version was replaced
    QString recordedBy;   // for a revision: who replaced it
    int revision = 1;

    bool isReverted() const { return revertedAt.isValid(); }
};

struct ChangeDraft
{
    QString what;
    QString madeBy;    // defaults to the user
    QDateTime madeAt;  // defaults to now
    QString revertHow;
};
