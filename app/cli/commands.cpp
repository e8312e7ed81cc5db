#include "commands.h"

#include "clicontext.h"
#include "commandregistry.h"
#include "core.h"
#include "localizer.h"
#include "paths.h"

#include <QCoreApplication>
#include <QTextStream>

void registerAllCommands(CommandRegistry& registry)
{
    registerIncidentCommands(registry);
    registerLogCommands(registry);
    registerChannelCommands(registry);
    registerNotifyCommands(registry);
    registerMessageTemplateCommands(registry);
    registerCadenceCommands(registry);
    registerChangeCommands(registry);
    registerDocumentCommands(registry);
    registerReportCommands(registry);
    registerFollowUpCommands(registry);
    registerMetricsCommands(registry);
    registerChecklistCommands(registry);
    registerTemplateCommands(registry);
    registerDrillCommands(registry);
    registerRoleCommands(registry);
    registerPersonCommands(registry);
    registerOnCallCommands(registry);
    registerBackupCommands(registry);
}

namespace {
struct GlobalOptions
{
    QString db;
    QString lang;
    QString as;
    bool json = false;
    bool help = false;
    QStringList rest;
    QString error;
};

// Global options may stand anywhere on the line, so scripts can append them.
GlobalOptions splitGlobals(const QStringList& args)
{
    GlobalOptions g;
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        auto takeValue = [&](const QString& name, QString* into) {
            if (a == name) {
                if (i + 1 >= args.size()) {
                    g.error = QCoreApplication::translate("Commands", "Option %1 needs a value.").arg(name);
                    return true;
                }
                *into = args.at(++i);
                return true;
            }
            if (a.startsWith(name + QLatin1Char('='))) {
                *into = a.mid(name.size() + 1);
                return true;
            }
            return false;
        };
        if (takeValue(QStringLiteral("--db"), &g.db) || takeValue(QStringLiteral("--lang"), &g.lang)
            || takeValue(QStringLiteral("--as"), &g.as))
            continue;
        if (a == QStringLiteral("--json"))
            g.json = true;
        // --help after command words asks for their help ("icctl person add --help"); -h only before them,
        // so that it stays usable as a value.
        else if (a == QStringLiteral("--help") || (a == QStringLiteral("-h") && g.rest.isEmpty()))
            g.help = true;
        else
            g.rest << a;
    }
    return g;
}
} // namespace

int runIcctl(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    GlobalOptions g = splitGlobals(arguments);
    // `--lang` also names the language of a message (`icctl notify … --lang ja|en|both`); "both" is not
    // an interface language, so the interface keeps its default then.
    const QString requestedLanguage = g.lang;
    if (g.lang == QStringLiteral("both"))
        g.lang.clear();
    Localizer localizer;
    localizer.setLanguage(g.lang.isEmpty() ? Localizer::systemDefault() : g.lang);
    if (!g.lang.isEmpty() && !Localizer::supportedLanguages().contains(g.lang)) {
        err << QCoreApplication::translate("Commands", "Unknown language \"%1\"; use ja or en.").arg(g.lang)
            << Qt::endl;
        return CliContext::Usage;
    }
    CommandRegistry registry;
    registerAllCommands(registry);
    if (!g.error.isEmpty()) {
        err << g.error << Qt::endl;
        return CliContext::Usage;
    }
    if (!g.rest.isEmpty() && g.rest.first() == QStringLiteral("help")) { // "icctl help person"
        g.help = true;
        g.rest.removeFirst();
    }
    if (g.help) {
        out << registry.help(g.rest);
        return CliContext::Ok;
    }
    if (!registry.knows(g.rest)) { // before opening the database: a typo needs no database
        // A known first word ("icctl person") gets its group's commands, not all of them.
        const bool group = registry.knowsGroup(g.rest);
        const QString words = g.rest.join(QLatin1Char(' '));
        if (group && g.rest.size() == 1)
            err << QCoreApplication::translate("Commands", "\"%1\" is not a whole command. Its commands are:")
                       .arg(words)
                << Qt::endl;
        else if (!g.rest.isEmpty())
            err << QCoreApplication::translate("Commands", "Unknown command: %1").arg(words) << Qt::endl;
        err << registry.help(group ? g.rest : QStringList());
        return CliContext::Usage;
    }

    Core core;
    if (!g.as.isEmpty())
        core.setUserName(g.as);
    const QString path = g.db.isEmpty() ? Paths::defaultDatabasePath() : g.db;
    if (Status s = core.open(path); !s) {
        err << s.error() << Qt::endl;
        return CliContext::Failed;
    }
    CliContext ctx{core, out, err, g.json, requestedLanguage};
    const int status = registry.dispatch(ctx, g.rest);
    out.flush();
    err.flush();
    return status;
}
