#pragma once

#include <QDateTime>
#include <QString>

struct ChecklistItem;

// How checklist items read in the window: time boxes, states and tooltips in the current UI language.
namespace ChecklistFormat {
QString timeBox(const ChecklistItem& item, const QDateTime& declaredAt, bool overdue);
// `brief`: the time only (for the column); otherwise the date and the UTC time too (for the tooltip).
QString state(const ChecklistItem& item, bool brief = true);
QString toolTip(const ChecklistItem& item, const QDateTime& declaredAt, bool overdue);
QString minutes(qint64 minutes); // "45 min", "1 h 20 min"
} // namespace ChecklistFormat
