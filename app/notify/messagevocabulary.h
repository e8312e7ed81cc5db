#pragma once

#include "domain/audience.h"
#include "domain/handoff.h"
#include "domain/incidentstatus.h"

#include <QString>

// The few fixed words inside a message, in the message's language (which need not be the interface's):
// a Japanese update may be written from an English desktop. "both" gives "日本語 / English".
namespace MessageVocabulary {
QString status(IncidentStatus s, const QString& language);
QString audience(Audience a, const QString& language);
QString incident(const QString& language);
QString severity(const QString& language);
QString statusHeading(const QString& language);
QString drill(const QString& language);
QString notScheduled(const QString& language);
QString notRecorded(const QString& language);
QString noChanges(const QString& language);
// A built-in role's name ("commander" …); empty for a key that is not built in.
QString role(const QString& key, const QString& language);
// The four parts of an ICS-201 briefing as labelled paragraphs; empty parts are left out.
QString briefing(const Briefing& b, const QString& language);
} // namespace MessageVocabulary
