#pragma once

#include "assignment.h"
#include "timelineentry.h"

#include <QList>
#include <QString>

// The ICS-214 activity log of one role: for each holder in turn, what they recorded while holding it.
struct ActivityPeriod
{
    Assignment assignment;
    QString holderLabel;          // "Alice Smith (@alice)"
    QList<TimelineEntry> entries; // oldest first
};

namespace ActivityLog {
// `title` heads the document, e.g. "INC-2026-0042 — Operations lead". Times are UTC with the local time.
QString toCsv(const QList<ActivityPeriod>& periods);
QString toMarkdown(const QString& title, const QList<ActivityPeriod>& periods);
} // namespace ActivityLog
