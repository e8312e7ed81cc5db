#include "cliargs.h"

#include "clicontext.h"

#include <QCoreApplication>

CliArgs::CliArgs(QString usage, QList<QCommandLineOption> options) : m_usage(std::move(usage))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    m_parser.addOptions(options);
}

bool CliArgs::parse(const CliContext& ctx, const QStringList& args, int minPositional, int maxPositional)
{
    // QCommandLineParser treats the first element as the program name.
    QStringList argv = args;
    argv.prepend(QStringLiteral("icctl"));
    QString error;
    if (!m_parser.parse(argv))
        error = m_parser.errorText();
    else if (m_parser.positionalArguments().size() < minPositional)
        error = QCoreApplication::translate("CliArgs", "Missing arguments.");
    else if (maxPositional >= 0 && m_parser.positionalArguments().size() > maxPositional)
        error = QCoreApplication::translate("CliArgs", "Too many arguments: %1")
                    .arg(m_parser.positionalArguments().mid(maxPositional).join(QLatin1Char(' ')));
    if (error.isEmpty())
        return true;
    ctx.err << error << Qt::endl
            << QCoreApplication::translate("CliArgs", "Usage: %1").arg(m_usage) << Qt::endl;
    return false;
}
