#pragma once

#include <QDateTime>
#include <QString>

struct ChecklistItem;

// How checklist items read in the window: time boxes, states and tooltips in the current UI language.
namespace ChecklistFormat {
QString timeBox(const ChecklistItem& item, const QDateTime& declaredAt, bool overdue);
QString state(const ChecklistItem& item);
QString toolTip(const ChecklistItem& item, const QDateTime& declaredAt, bool overdue);
QString minutes(qint64 minutes); // "45 min", "1 h 20 min"
} // namespace ChecklistFormat
