#include "commandregistry.h"

#include "clicontext.h"

#include <QCoreApplication>

void CommandRegistry::add(const QString& words, const QString& synopsis, const char* summary, Handler handler)
{
    m_commands.append({words.split(QLatin1Char(' ')), synopsis, summary, std::move(handler)});
}

int CommandRegistry::dispatch(CliContext& ctx, const QStringList& args) const
{
    const Command* best = nullptr;
    for (const Command& c : m_commands) {
        if (c.words.size() <= args.size() && args.mid(0, c.words.size()) == c.words
            && (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    if (!best)
        return -1;
    return best->handler(ctx, args.mid(best->words.size()));
}

QString CommandRegistry::help() const
{
    QString text = QCoreApplication::translate("Commands", "Usage: icctl [--db FILE] [--json] [--lang ja|en] "
                                                           "[--as NAME] COMMAND ...")
                   + QStringLiteral("\n\n");
    for (const Command& c : m_commands)
        text += QStringLiteral("  icctl %1\n      %2\n").arg(c.synopsis, QCoreApplication::translate("Commands", c.summary));
    return text;
}
