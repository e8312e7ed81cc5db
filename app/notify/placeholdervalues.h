#pragma once

#include "domain/audience.h"
#include "domain/handoff.h"
#include "domain/incident.h"
#include "domain/timelineentry.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// The facts a template can use, gathered by NotificationService and turned into {{name}} values in one
// message language ("ja", "en" or "both"). Pure: no database, so it is easy to test.
struct PlaceholderFacts
{
    Incident incident;
    Audience audience = Audience::Responders;
    QString commanderName;
    QString commanderContact;
    QDateTime now;
    QDateTime nextUpdateAt;       // null: no fixed cadence
    QList<TimelineEntry> changes; // since the last update to this audience, oldest first
    QList<TimelineEntry> actions; // recent action entries, oldest first
    std::optional<HandoffNotice> handoff; // the latest recorded handoff, if any
};

namespace PlaceholderValues {
QHash<QString, QString> forLanguage(const PlaceholderFacts& facts, const QString& language);
// "09:20 UTC (29 Nov)" / "11月29日 18:20 (JST)"; both joined for "both".
QString time(const QDateTime& utc, const QString& language);
QString duration(qint64 seconds, const QString& language);
} // namespace PlaceholderValues
