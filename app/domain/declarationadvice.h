#pragma once

#include "incident.h"

#include <QDateTime>

// The declaration helper's rule (SRE book, ch. 14): declare when a second team is needed, when customers
// are affected, or when the problem is still unsolved after an hour of concentrated analysis. The hour is
// counted from detection, so the clock is visible while the team investigates.
struct DeclarationAdvice
{
    static constexpr qint64 analysisLimitMs = 60 * 60 * 1000;

    qint64 elapsedMs = 0; // since detection
    bool hourPassed = false;
    bool shouldDeclare = false;

    qint64 remainingMs() const { return qMax<qint64>(0, analysisLimitMs - elapsedMs); }
    static DeclarationAdvice evaluate(const QDateTime& detectedAt, const DeclarationAnswers& answers,
                                      const QDateTime& now);
};
