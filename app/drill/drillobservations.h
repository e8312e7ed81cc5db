#pragma once

#include "scenario.h"

#include <QList>
#include <QStringList>

#include <optional>

// What the trainees actually did during a drill, as wall-clock UTC milliseconds (0: not yet / never).
// Fact sources fill it (see DrillFactSource); the scorer and the branch points read it.
struct DrillObservations
{
    struct Checklist
    {
        int total = 0;
        int done = 0;
        qint64 lastDoneAtMs = 0;
    };

    qint64 declaredAtMs = 0;
    // When the IC and the operations, communications and planning roles were all filled or knowingly held by
    // the IC.
    qint64 rolesCoveredAtMs = 0;
    bool rolesMeasured = false;
    QList<qint64> stakeholderUpdatesMs; // ascending
    std::optional<Checklist> checklist; // unset: no checklist source yet, so the score is not measured
    bool handoffMeasured = false;
    qint64 handoffBriefedAtMs = 0;
    qint64 handoffAcknowledgedAtMs = 0;
    QList<qint64> changesMs;      // ascending
    bool changesMeasured = false; // false: no change log was read, so the score is not measured
    qint64 mitigatedAtMs = 0;
    qint64 resolvedAtMs = 0;
    // What each source read, shown in the debrief so a score is never a mystery: untranslated text
    // (QT_TRANSLATE_NOOP) with its translation context, so the debrief can use its own language.
    struct SourceNote
    {
        const char* context;
        const char* text;
    };
    QList<SourceNote> sources;

    // The first wall time the fact held; 0 if it never did.
    qint64 firstTime(DrillFact fact) const;
};
