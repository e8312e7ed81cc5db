#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

struct CliContext;

// Maps command words ("incident declare") to handlers. Each area registers its group in its own file.
class CommandRegistry final
{
public:
    using Handler = std::function<int(CliContext&, const QStringList& args)>;

    // `synopsis` is untranslated usage ("incident declare --title T ..."); `summary` a QT_TRANSLATE_NOOP
    // string in the "Commands" context, translated when help is printed.
    void add(const QString& words, const QString& synopsis, const char* summary, Handler handler);

    // Finds the longest registered command that prefixes `args`; returns -1 when none matches.
    int dispatch(CliContext& ctx, const QStringList& args) const;
    bool knows(const QStringList& args) const { return longestMatch(args) != nullptr; }
    // The usage line, then every command that shares the most leading words with `words` ("person" lists
    // the person commands, "person add" that one command); every command when none shares the first word.
    QString help(const QStringList& words = {}) const;
    // True when `words` starts with the first word of some command ("person", "incident").
    bool knowsGroup(const QStringList& words) const;

private:
    struct Command
    {
        QStringList words;
        QString synopsis;
        const char* summary;
        Handler handler;
    };
    const Command* longestMatch(const QStringList& args) const;
    QList<Command> m_commands;
};
