#include "cliargs.h"
#include "clicontext.h"
#include "cliparse.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "domain/clock.h"
#include "domain/incident.h"
#include "domain/transcriptparser.h"
#include "services/timelineservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace {
struct LogImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(LogImportCommands)
};

constexpr qint64 kMaxTranscriptBytes = 16 * 1024 * 1024;

QString importSynopsis()
{
    return QStringLiteral("log import ID FILE|- [--format auto] [--date YYYY-MM-DD] [--kind KIND]");
}

// The timeline's "Paste a chat transcript", for a transcript saved to a file (or piped in with "-").
int importTranscript(CliContext& ctx, const QStringList& args)
{
    CliArgs a(importSynopsis(),
              {{QStringLiteral("format"), {}, QStringLiteral("FORMAT"), QStringLiteral("auto")},
               {QStringLiteral("date"), {}, QStringLiteral("YYYY-MM-DD")},
               {QStringLiteral("kind"), {}, QStringLiteral("KIND")}});
    if (!a.parse(ctx, args, 2, 2))
        return CliContext::Usage;
    // The parser recognises each chat tool's layout line by line; "auto" is the only format for now, and
    // the option is there so scripts can pin it when others are added.
    if (a.value(QStringLiteral("format")) != QStringLiteral("auto"))
        return ctx.usageError(LogImportCommands::tr("Unknown format \"%1\": the only format is auto (Slack, "
                                                    "Mattermost, Typetalk and \"HH:MM name: text\" lines).")
                                  .arg(a.value(QStringLiteral("format"))));
    QDate date = ctx.core.clock().now().toLocalTime().date();
    if (a.isSet(QStringLiteral("date"))) {
        date = QDate::fromString(a.value(QStringLiteral("date")), Qt::ISODate);
        if (!date.isValid())
            return ctx.usageError(LogImportCommands::tr("\"%1\" is not a date: write it as YYYY-MM-DD.")
                                      .arg(a.value(QStringLiteral("date"))));
    }
    EntryKind kind = EntryKind::Note;
    if (a.isSet(QStringLiteral("kind"))) {
        const auto parsed = CliParse::kind(ctx, a.value(QStringLiteral("kind")));
        if (!parsed)
            return CliContext::Usage;
        kind = *parsed;
    }
    Incident incident;
    if (!ctx.resolveIncident(a.positional().at(0), &incident))
        return CliContext::Failed;

    const QString path = a.positional().at(1);
    QFile file(path);
    const bool fromStdin = path == QStringLiteral("-");
    if (!(fromStdin ? file.open(stdin, QIODevice::ReadOnly) : file.open(QIODevice::ReadOnly)))
        return ctx.failWith(LogImportCommands::tr("Could not read %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.read(kMaxTranscriptBytes + 1);
    if (bytes.size() > kMaxTranscriptBytes)
        return ctx.failWith(LogImportCommands::tr("%1 is larger than %2 MB; split the transcript.")
                                .arg(path)
                                .arg(kMaxTranscriptBytes / (1024 * 1024)));

    QList<EntryDraft> drafts;
    for (const TranscriptLine& l : TranscriptParser::parse(QString::fromUtf8(bytes), date)) {
        if (l.text.trimmed().isEmpty())
            continue;
        EntryDraft d;
        d.kind = kind;
        d.author = l.author.isEmpty() ? ctx.core.userName() : l.author;
        d.occurredAt = l.at;
        d.text = l.text;
        // Checked here only to name the line of the file; addMany() checks again and writes all or nothing.
        if (Status s = TimelineService::validate(d); !s)
            return ctx.failWith(LogImportCommands::tr("Line %1 of %2: %3 Nothing was imported.")
                                    .arg(l.sourceLine)
                                    .arg(path, s.error()));
        drafts << d;
    }
    if (drafts.isEmpty())
        return ctx.failWith(LogImportCommands::tr("%1 holds no chat messages to import.").arg(path));
    const auto saved = ctx.core.timeline().addMany(incident.id, drafts);
    if (!saved)
        return ctx.failWith(saved.error());
    if (ctx.json) {
        QJsonArray ids;
        for (const TimelineEntry& e : saved.value())
            ids << e.id;
        ctx.printJson(QJsonObject{{QStringLiteral("incident"), incident.id},
                                  {QStringLiteral("added"), int(saved->size())},
                                  {QStringLiteral("ids"), ids}});
    } else {
        ctx.out << LogImportCommands::tr("%n entry(ies) added.", "", int(saved->size())) << Qt::endl;
    }
    return CliContext::Ok;
}
} // namespace

void registerLogImportCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("log import"), importSynopsis(),
          QT_TRANSLATE_NOOP("Commands", "Import a chat transcript (a file, or - for standard input) into an "
                                        "incident's timeline; a bad line imports nothing."),
          importTranscript);
}
