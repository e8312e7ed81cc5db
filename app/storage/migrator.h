#pragma once

#include "result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class Database;

// Applies the numbered scripts in :/migrations (NNNN_name.sql) above PRAGMA user_version, all in one
// transaction: a failure leaves the database exactly as it was.
class Migrator final
{
public:
    struct Step
    {
        int version = 0;
        QString name;
        QString resource;
    };

    explicit Migrator(Database& db) : m_db(db) {}
    Status migrate();

    static QList<Step> steps();
    static int latestVersion();
    // Splits a script into statements; CREATE TRIGGER bodies keep their inner semicolons.
    static QStringList splitStatements(const QString& script);

private:
    QSet<int> appliedVersions() const;
    static QList<Step> pendingSteps(const QSet<int>& applied);
    Database& m_db;
};
