#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

struct CliContext;

// A QCommandLineParser for one subcommand. parse() prints a translated error and the usage on failure.
class CliArgs final
{
public:
    // `usage` is the synopsis shown on error, e.g. "icctl log add ID [--kind KIND] TEXT".
    CliArgs(QString usage, QList<QCommandLineOption> options);

    bool parse(const CliContext& ctx, const QStringList& args, int minPositional, int maxPositional = -1);
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList values(const QString& name) const { return m_parser.values(name); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }

private:
    QString m_usage;
    QCommandLineParser m_parser;
};
