#include "drillscore.h"

#include <QCoreApplication>
#include <QJsonArray>

QString DrillScore::label() const
{
    return labelFor(key);
}

const char* DrillScore::labelSource(const QString& k)
{
    static const struct
    {
        const char* key;
        const char* label;
    } labels[] = {
        {"declare", QT_TRANSLATE_NOOP("DrillScore", "Time to declare")},
        {"roles", QT_TRANSLATE_NOOP("DrillScore", "Core roles filled or held by the IC")},
        {"first_update", QT_TRANSLATE_NOOP("DrillScore", "First stakeholder update")},
        {"cadence", QT_TRANSLATE_NOOP("DrillScore", "Update cadence")},
        {"checklist", QT_TRANSLATE_NOOP("DrillScore", "Checklist completion")},
        {"handoff", QT_TRANSLATE_NOOP("DrillScore", "Handoff briefed and acknowledged")},
        {"changes", QT_TRANSLATE_NOOP("DrillScore", "Changes to production recorded")},
    };
    for (const auto& l : labels)
        if (k == QLatin1String(l.key))
            return l.label;
    return nullptr;
}

QString DrillScore::labelFor(const QString& k)
{
    const char* source = labelSource(k);
    return source ? QCoreApplication::translate("DrillScore", source) : k;
}

QJsonObject DrillScoreCard::toJson() const
{
    QJsonArray arr;
    for (const DrillScore& s : scores)
        arr << QJsonObject{
            {QStringLiteral("key"), s.key},
            {QStringLiteral("measured"), s.measured},
            {QStringLiteral("achieved"), s.achieved},
            {QStringLiteral("elapsed_s"), s.elapsedMs < 0 ? QJsonValue() : QJsonValue(s.elapsedMs / 1000.0)},
            {QStringLiteral("target_s"), s.targetMs / 1000.0},
            {QStringLiteral("fraction"), s.fraction},
            {QStringLiteral("weight"), s.weight},
            {QStringLiteral("points"), s.points},
            {QStringLiteral("detail"), s.detail}};
    return {{QStringLiteral("total"), total},
            {QStringLiteral("measured_weight"), measuredWeight},
            {QStringLiteral("scores"), arr}};
}

DrillScoreCard DrillScoreCard::fromJson(const QJsonObject& o)
{
    DrillScoreCard c;
    c.total = o.value(QStringLiteral("total")).toDouble();
    c.measuredWeight = o.value(QStringLiteral("measured_weight")).toDouble();
    const QJsonArray arr = o.value(QStringLiteral("scores")).toArray();
    for (const QJsonValue& v : arr) {
        const QJsonObject s = v.toObject();
        DrillScore d;
        d.key = s.value(QStringLiteral("key")).toString();
        d.measured = s.value(QStringLiteral("measured")).toBool();
        d.achieved = s.value(QStringLiteral("achieved")).toBool();
        const QJsonValue elapsed = s.value(QStringLiteral("elapsed_s"));
        d.elapsedMs = elapsed.isNull() ? -1 : qint64(elapsed.toDouble() * 1000);
        d.targetMs = qint64(s.value(QStringLiteral("target_s")).toDouble() * 1000);
        d.fraction = s.value(QStringLiteral("fraction")).toDouble();
        d.weight = s.value(QStringLiteral("weight")).toDouble();
        d.points = s.value(QStringLiteral("points")).toDouble();
        d.detail = s.value(QStringLiteral("detail")).toString();
        c.scores << d;
    }
    return c;
}
