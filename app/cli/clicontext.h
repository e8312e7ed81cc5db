#pragma once

#include <QJsonValue>
#include <QString>
#include <QTextStream>

class Core;
struct Incident;
template <typename T> class Result;

// What every command handler gets: the opened core, the output streams and the global options.
struct CliContext
{
    Core& core;
    QTextStream& out;
    QTextStream& err;
    bool json = false;
    QString language; // the global --lang as given ("ja", "en", "both" or empty)

    // Exit statuses shared by all commands.
    static constexpr int Ok = 0;
    static constexpr int Failed = 1;
    static constexpr int Usage = 2;

    int failWith(const QString& message) const; // prints to stderr, returns Failed
    int usageError(const QString& message) const; // prints to stderr, returns Usage
    void printJson(const QJsonValue& value) const;
    // Resolves an ID argument (numeric id or code) or prints why not.
    bool resolveIncident(const QString& idOrCode, Incident* incident) const;
    // Local time with the UTC time beside it, so a reader in any zone is not misled.
    static QString formatTime(const QDateTime& utc);
    static QString isoUtc(const QDateTime& utc); // for JSON
};
