#pragma once

#include "debriefdocument.h"
#include "result.h"

#include <QCoreApplication>

class Core;

// The after-action report of a drill, in Japanese or English whatever the interface language: the
// scenario and who took part, the scores with the time each took, the injects and the trainees' responses
// on one timeline (scenario time and UTC), the injects that were not played, what went well, what to
// improve, and how each score was measured. Marked DRILL at the top.
class DrillDebrief final
{
    Q_DECLARE_TR_FUNCTIONS(DrillDebrief)

public:
    static Result<DebriefDocument> build(Core& core, qint64 runId, const QString& lang);
    static Result<QString> markdown(Core& core, qint64 runId, const QString& lang);
    static Result<QString> html(Core& core, qint64 runId, const QString& lang);
    // The role names participants can practise, as keys ("commander" …).
    static QStringList roleKeys();
    static QString roleLabel(const QString& key); // in the current language
};
