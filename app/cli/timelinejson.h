#pragma once

#include "domain/documentfield.h"
#include "domain/ideastate.h"
#include "domain/productionchange.h"
#include "domain/timelineentry.h"

#include <QJsonObject>

// The JSON shapes icctl prints for the timeline document (entries, changes, document fields, ideas).
// Scripts, drills and reports rely on these keys: extend, never rename.
namespace TimelineJson {
QJsonObject entry(const TimelineEntry& e);
QJsonObject change(const ProductionChange& c);
QJsonObject field(const DocFieldVersion& v);
QJsonObject idea(const BrainstormIdea& i);
// One line for the plain-text listing: id, time, kind, author, text (newlines shown as " / ").
QString entryLine(const TimelineEntry& e);
} // namespace TimelineJson
