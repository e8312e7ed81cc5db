#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

class Core;

// A scripted trainee action for headless drills and tests ("at T+4m the IC declares").
// Script format: {"format": "incident-commander/drill-script", "version": 1, "actions": [ … ]};
// docs/drill-scenarios.md lists the verbs.
struct DrillAction
{
    qint64 atMs = 0;
    // declare, status, update, change, note, check, assign_role, hold_roles, handoff, acknowledge_handoff
    QString verb;
    QJsonObject args;
};

class DrillActions final
{
    Q_DECLARE_TR_FUNCTIONS(DrillActions)

public:
    static inline const QString formatName = QStringLiteral("incident-commander/drill-script");
    static Result<QList<DrillAction>> parse(const QByteArray& json);
    static Result<QList<DrillAction>> parseFile(const QString& path);

    // Performs the action on the drill incident through the core's services, as a trainee would: roles and
    // handoffs on the role board, changes in the change log, ticks on the checklist.
    static Status perform(Core& core, qint64 incidentId, const DrillAction& action);
};
