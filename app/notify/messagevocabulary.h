#pragma once

#include "domain/audience.h"
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
} // namespace MessageVocabulary
