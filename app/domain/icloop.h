#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

// The incident commander's loop from incident-command training: size up, stabilise, update, verify,
// and round again. A light reminder, not a workflow: the IC moves the step by hand.
enum class IcLoopStep { SizeUp, Stabilise, Update, Verify };

namespace IcLoop {
constexpr int defaultCadenceMinutes = 20; // a stakeholder update about every 20 minutes
QList<IcLoopStep> all();
QString label(IcLoopStep s); // translated
QString hint(IcLoopStep s);  // translated one-line reminder of what the step means
IcLoopStep next(IcLoopStep s);
// When the next stakeholder update is due: `cadenceMinutes` after the last one, or after declaration
// when none was posted yet. Null when the incident is not declared.
QDateTime nextUpdateDue(const QDateTime& declaredAt, const QDateTime& lastUpdateAt, int cadenceMinutes);
} // namespace IcLoop
