#include "drillrun.h"

#include <QCoreApplication>

QString DrillInjectState::stateKey(State s)
{
    switch (s) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Fired:
        return QStringLiteral("fired");
    case State::Skipped:
        return QStringLiteral("skipped");
    case State::NotTriggered:
        return QStringLiteral("not_triggered");
    }
    return {};
}

DrillInjectState::State DrillInjectState::stateFromKey(const QString& key)
{
    for (State s : {State::Pending, State::Fired, State::Skipped, State::NotTriggered})
        if (stateKey(s) == key)
            return s;
    return State::Pending;
}

QString DrillInjectState::stateLabel(State s)
{
    switch (s) {
    case State::Pending:
        return QCoreApplication::translate("DrillInjectState", "upcoming");
    case State::Fired:
        return QCoreApplication::translate("DrillInjectState", "fired");
    case State::Skipped:
        return QCoreApplication::translate("DrillInjectState", "skipped");
    case State::NotTriggered:
        return QCoreApplication::translate("DrillInjectState", "not triggered");
    }
    return {};
}

const DrillInjectState* DrillRun::nextPending() const
{
    const DrillInjectState* best = nullptr;
    for (const DrillInjectState& s : injects)
        if (s.state == DrillInjectState::State::Pending &&
            (!best || s.dueMs < best->dueMs || (s.dueMs == best->dueMs && s.seq < best->seq)))
            best = &s;
    return best;
}

const ScenarioInject* DrillRun::scenarioInject(const DrillInjectState& s) const
{
    return s.freeForm ? nullptr : scenario.inject(s.injectId);
}

InjectKind DrillRun::kindOf(const DrillInjectState& s) const
{
    const ScenarioInject* i = scenarioInject(s);
    return i ? i->kind : s.kind;
}

QString DrillRun::sourceOf(const DrillInjectState& s) const
{
    const ScenarioInject* i = scenarioInject(s);
    const QString source = i ? i->source : s.source;
    if (!source.isEmpty())
        return kindOf(s) == InjectKind::Message ? InjectKinds::senderLabel(source) : source;
    return kindOf(s) == InjectKind::Metric ? QCoreApplication::translate("DrillRun", "Metrics")
                                           : QCoreApplication::translate("DrillRun", "Game master");
}

QString DrillRun::textOf(const DrillInjectState& s) const
{
    const ScenarioInject* i = scenarioInject(s);
    if (!i)
        return s.text;
    QString text = i->text.in(language);
    if (i->kind == InjectKind::Metric) {
        const QString reading =
            QStringLiteral("%1: %2%3%4")
                .arg(i->metric.in(language), QString::number(i->value),
                     i->unit.isEmpty() || i->unit == QStringLiteral("%") ? QString() : QStringLiteral(" "),
                     i->unit);
        text = text.isEmpty() ? reading : reading + QStringLiteral(" — ") + text;
    }
    return text;
}
