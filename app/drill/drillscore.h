#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

// One score of a drill: what it measured, the scenario time it took, and the points it earned.
struct DrillScore
{
    QString key;          // declare, roles, first_update, cadence, checklist, handoff, changes
    bool measured = true; // false: nothing records this yet (its weight is left out of the total)
    bool achieved = false;
    qint64 elapsedMs = -1; // scenario time it took (cadence: the longest gap); -1 when it never happened
    qint64 targetMs = 0;   // time scores
    double fraction = 0;   // 0..1 of the weight earned
    double weight = 0;
    double points = 0;
    QString detail; // a translated sentence for the debrief

    QString label() const; // translated name
    static QString labelFor(const QString& key);
    static const char* labelSource(const QString& key); // untranslated, context "DrillScore"
};

struct DrillScoreCard
{
    QList<DrillScore> scores;
    double total = 0; // 0..100 over the measured weights
    double measuredWeight = 0;

    QJsonObject toJson() const;
    static DrillScoreCard fromJson(const QJsonObject& o);
};
