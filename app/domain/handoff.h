#pragma once

#include "assignment.h"
#include "person.h"

#include <QDateTime>
#include <QString>

#include <functional>

// The ICS-201 briefing the outgoing holder gives the incoming one.
struct Briefing
{
    QString situation;
    QString objectives;
    QString currentActions;
    QString organisation;

    bool isEmpty() const;
    // Plain text with one labelled paragraph per non-empty part, in the current language.
    QString toText() const;
    // The same in another language: `translate(context, source)` gives a label in it.
    QString toText(const std::function<QString(const char*, const char*)>& translate) const;
};

// Who hands which role to whom, with what briefing: shared by recorded handoffs and open offers.
struct HandoffParties
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString roleKey;
    qint64 fromPersonId = 0;
    qint64 toPersonId = 0;
    QString fromName; // joined for display
    QString toName;
    Briefing briefing;
};

// Who hands `from`'s role to `to`, with the briefing (id left 0).
HandoffParties handoffParties(const Assignment& from, const Person& to, const Briefing& briefing);

// A handoff of a role, recorded only once the incoming holder has acknowledged the briefing.
struct Handoff : HandoffParties
{
    qint64 fromAssignmentId = 0;
    qint64 toAssignmentId = 0;
    QDateTime acknowledgedAt;
    QString recordedBy;
};

// The latest recorded handoff of an incident as stakeholder messages tell it ({{handoff.*}}), in any message
// language: built-in roles are named by MessageVocabulary, custom roles carry both names.
struct HandoffNotice
{
    QString roleKey;
    QString roleName;   // custom roles: English name
    QString roleNameJa; // custom roles: Japanese name (may be empty)
    bool builtinRole = true;
    QString fromName;
    QString toName;
    Briefing briefing;
    QDateTime acknowledgedAt;
};

// A handoff the outgoing holder has offered, waiting for the incoming holder to acknowledge the briefing.
struct HandoffOffer : HandoffParties
{
    QDateTime offeredAt;
    QString offeredBy;
};
