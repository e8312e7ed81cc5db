#include "declarationadvice.h"

DeclarationAdvice DeclarationAdvice::evaluate(const QDateTime& detectedAt, const DeclarationAnswers& answers,
                                              const QDateTime& now)
{
    DeclarationAdvice a;
    a.elapsedMs = detectedAt.isValid() ? qMax<qint64>(0, detectedAt.msecsTo(now)) : 0;
    a.hourPassed = a.elapsedMs >= analysisLimitMs;
    a.shouldDeclare = answers.anyYes() || a.hourPassed;
    return a;
}
