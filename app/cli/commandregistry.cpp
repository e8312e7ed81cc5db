#include "commandregistry.h"

#include "clicontext.h"

#include <QCoreApplication>

#include <algorithm>

void CommandRegistry::add(const QString& words, const QString& synopsis, const char* summary, Handler handler)
{
    m_commands.append({words.split(QLatin1Char(' ')), synopsis, summary, std::move(handler)});
}

const CommandRegistry::Command* CommandRegistry::longestMatch(const QStringList& args) const
{
    const Command* best = nullptr;
    for (const Command& c : m_commands) {
        if (c.words.size() <= args.size() && args.mid(0, c.words.size()) == c.words
            && (!best || c.words.size() > best->words.size()))
            best = &c;
    }
    return best;
}

int CommandRegistry::dispatch(CliContext& ctx, const QStringList& args) const
{
    const Command* best = longestMatch(args);
    if (!best)
        return -1;
    return best->handler(ctx, args.mid(best->words.size()));
}

bool CommandRegistry::knowsGroup(const QStringList& words) const
{
    return !words.isEmpty() &&
           std::any_of(m_commands.cbegin(), m_commands.cend(),
                       [&words](const Command& c) { return c.words.first() == words.first(); });
}

QString CommandRegistry::help(const QStringList& words) const
{
    // How many leading words of `words` the best-matching commands share; 0 lists everything.
    qsizetype shared = 0;
    for (const Command& c : m_commands) {
        qsizetype n = 0;
        while (n < c.words.size() && n < words.size() && c.words.at(n) == words.at(n))
            ++n;
        shared = qMax(shared, n);
    }
    QString text = QCoreApplication::translate("Commands", "Usage: icctl [--db FILE] [--json] [--lang ja|en] "
                                                           "[--as NAME] COMMAND ...")
                   + QStringLiteral("\n\n");
    for (const Command& c : m_commands)
        if (c.words.mid(0, shared) == words.mid(0, shared))
            text += QStringLiteral("  icctl %1\n      %2\n")
                        .arg(c.synopsis, QCoreApplication::translate("Commands", c.summary));
    return text;
}
