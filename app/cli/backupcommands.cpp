#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "storage/database.h"

#include <QFileInfo>
#include <QJsonObject>

namespace {
int backup(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("backup FILE"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const QString path = QFileInfo(a.positional().at(0)).absoluteFilePath();
    if (Status s = ctx.core.database().backupTo(path); !s)
        return ctx.failWith(s.error());
    if (ctx.json)
        ctx.printJson(
            QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("bytes"), QFileInfo(path).size()}});
    else
        ctx.out << path << Qt::endl;
    return CliContext::Ok;
}
} // namespace

void registerBackupCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("backup"), QStringLiteral("backup FILE"),
          QT_TRANSLATE_NOOP("Commands",
                            "Write a consistent copy of the database while it is in use (File → Back "
                            "up database); never over the database itself."),
          backup);
}
