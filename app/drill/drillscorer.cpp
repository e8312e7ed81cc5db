#include "drillscorer.h"

#include "drillduration.h"

#include <cmath>

namespace {
double round1(double v)
{
    return std::round(v * 10.0) / 10.0;
}

QString t(qint64 ms)
{
    return DrillDuration::clock(ms);
}

DrillScore base(const QString& key, const ScoreRule& rule)
{
    DrillScore s;
    s.key = key;
    s.weight = rule.weight;
    s.targetMs = rule.targetMs;
    return s;
}

DrillScore notMeasured(const QString& key, const ScoreRule& rule, const QString& why)
{
    DrillScore s = base(key, rule);
    s.measured = false;
    s.detail = why;
    return s;
}

DrillScore timeScore(const QString& key, const ScoreRule& rule, qint64 wallMs, const DrillClock& clock)
{
    DrillScore s = base(key, rule);
    if (!wallMs) {
        s.detail = DrillScorer::tr("Not done during the drill (target %1).").arg(t(rule.targetMs));
        return s;
    }
    s.achieved = true;
    s.elapsedMs = clock.scenarioAt(wallMs);
    s.fraction = DrillScorer::timeFraction(s.elapsedMs, rule.targetMs);
    s.detail = DrillScorer::tr("Done at %1 (target %2).").arg(t(s.elapsedMs), t(rule.targetMs));
    return s;
}

DrillScore cadenceScore(const ScoreRule& rule, const DrillObservations& f, const DrillClock& clock,
                        qint64 endMs)
{
    DrillScore s = base(QStringLiteral("cadence"), rule);
    if (f.stakeholderUpdatesMs.isEmpty()) {
        s.detail = DrillScorer::tr("No stakeholder update was sent.");
        return s;
    }
    QList<qint64> times;
    for (qint64 wall : f.stakeholderUpdatesMs)
        times << clock.scenarioAt(wall);
    const qint64 stop = f.resolvedAtMs ? qMin(endMs, clock.scenarioAt(f.resolvedAtMs)) : endMs;
    if (stop > times.constLast())
        times << stop;
    int gaps = 0;
    int onTime = 0;
    qint64 longest = 0;
    for (int i = 1; i < times.size(); ++i) {
        const qint64 gap = times.at(i) - times.at(i - 1);
        longest = qMax(longest, gap);
        ++gaps;
        if (gap <= rule.targetMs)
            ++onTime;
    }
    s.achieved = true;
    s.elapsedMs = longest;
    s.fraction = gaps ? double(onTime) / gaps : 1.0;
    s.detail = DrillScorer::tr("%1 of %2 gaps between updates within %3; the longest was %4.")
                   .arg(onTime)
                   .arg(gaps)
                   .arg(DrillDuration::text(rule.targetMs), DrillDuration::text(longest));
    return s;
}

DrillScore checklistScore(const ScoreRule& rule, const DrillObservations& f, const DrillClock& clock)
{
    if (!f.checklist)
        return notMeasured(QStringLiteral("checklist"), rule,
                           DrillScorer::tr("Not measured: no checklist is recorded for this incident."));
    DrillScore s = base(QStringLiteral("checklist"), rule);
    const auto& c = *f.checklist;
    const double ratio = c.total ? double(c.done) / c.total : 0;
    s.achieved = c.total > 0 && ratio >= rule.targetRatio;
    s.elapsedMs = c.lastDoneAtMs ? clock.scenarioAt(c.lastDoneAtMs) : -1;
    s.fraction = qMin(1.0, ratio / rule.targetRatio);
    s.detail = DrillScorer::tr("%1 of %2 items done (target %3 %).")
                   .arg(c.done)
                   .arg(c.total)
                   .arg(rule.targetRatio * 100);
    return s;
}

DrillScore handoffScore(const ScoreRule& rule, const DrillObservations& f, const DrillClock& clock)
{
    if (!f.handoffMeasured)
        return notMeasured(QStringLiteral("handoff"), rule,
                           DrillScorer::tr("Not measured: handoffs are not recorded yet."));
    DrillScore s = base(QStringLiteral("handoff"), rule);
    if (f.handoffAcknowledgedAtMs) {
        s.achieved = true;
        s.fraction = 1;
        s.elapsedMs = clock.scenarioAt(f.handoffAcknowledgedAtMs);
        s.detail = DrillScorer::tr("Briefed at %1 and acknowledged at %2.")
                       .arg(t(clock.scenarioAt(f.handoffBriefedAtMs)), t(s.elapsedMs));
    } else if (f.handoffBriefedAtMs) {
        s.fraction = 0.5;
        s.elapsedMs = clock.scenarioAt(f.handoffBriefedAtMs);
        s.detail = DrillScorer::tr("Briefed at %1 but never acknowledged.").arg(t(s.elapsedMs));
    } else {
        s.detail = DrillScorer::tr("No handoff was recorded.");
    }
    return s;
}

DrillScore changesScore(const ScoreRule& rule, const DrillObservations& f, const DrillClock& clock)
{
    if (!f.changesMeasured)
        return notMeasured(QStringLiteral("changes"), rule,
                           DrillScorer::tr("Not measured: no change log is recorded for this incident."));
    DrillScore s = base(QStringLiteral("changes"), rule);
    const int n = int(f.changesMs.size());
    s.achieved = n >= rule.expected;
    s.elapsedMs = n ? clock.scenarioAt(f.changesMs.constFirst()) : -1;
    s.fraction = qMin(1.0, double(n) / rule.expected);
    s.detail = DrillScorer::tr("%1 change(s) recorded; %2 expected.", "", n).arg(n).arg(rule.expected);
    return s;
}
} // namespace

double DrillScorer::timeFraction(qint64 elapsedMs, qint64 targetMs)
{
    if (targetMs <= 0 || elapsedMs <= targetMs)
        return 1.0;
    return qMax(0.0, 1.0 - double(elapsedMs - targetMs) / double(2 * targetMs));
}

DrillScoreCard DrillScorer::score(const ScenarioScoring& sc, const DrillObservations& f,
                                  const DrillClock& clock, qint64 endMs)
{
    DrillScoreCard card;
    if (sc.declare.enabled)
        card.scores << timeScore(QStringLiteral("declare"), sc.declare, f.declaredAtMs, clock);
    if (sc.roles.enabled) {
        DrillScore s = timeScore(QStringLiteral("roles"), sc.roles, f.rolesCoveredAtMs, clock);
        s.measured = f.rolesMeasured;
        card.scores << s;
    }
    if (sc.firstUpdate.enabled)
        card.scores << timeScore(QStringLiteral("first_update"), sc.firstUpdate,
                                 f.firstTime(DrillFact::StakeholderUpdate), clock);
    if (sc.cadence.enabled)
        card.scores << cadenceScore(sc.cadence, f, clock, endMs);
    if (sc.checklist.enabled)
        card.scores << checklistScore(sc.checklist, f, clock);
    if (sc.handoff.enabled)
        card.scores << handoffScore(sc.handoff, f, clock);
    if (sc.changes.enabled)
        card.scores << changesScore(sc.changes, f, clock);
    double points = 0;
    for (DrillScore& s : card.scores) {
        if (!s.measured) {
            s.fraction = 0;
            continue;
        }
        s.fraction = std::round(s.fraction * 1000) / 1000; // three decimals keep JSON and reports stable
        s.points = round1(s.weight * s.fraction);
        points += s.points;
        card.measuredWeight += s.weight;
    }
    card.total = card.measuredWeight > 0 ? round1(points / card.measuredWeight * 100) : 0;
    return card;
}
