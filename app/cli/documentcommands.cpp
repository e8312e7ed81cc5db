#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "domain/incident.h"
#include "services/brainstormservice.h"
#include "services/documentservice.h"
#include "printlist.h"
#include "timelinejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
struct DocumentCommands
{
    Q_DECLARE_TR_FUNCTIONS(DocumentCommands)
};

std::optional<DocField> parseField(const CliContext& ctx, const QString& text)
{
    if (const auto f = DocFields::parse(text))
        return f;
    QStringList keys;
    for (DocField f : DocFields::table().all())
        keys << DocFields::key(f);
    ctx.usageError(DocumentCommands::tr("Unknown document field \"%1\". Known fields: %2")
                       .arg(text, keys.join(QStringLiteral(", "))));
    return std::nullopt;
}

int show(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("doc show ID"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    const Result<IncidentDocument> doc = ctx.core.document().document(i.id);
    if (!doc)
        return ctx.failWith(doc.error());
    QJsonObject obj;
    for (DocField f : DocFields::table().all()) {
        const DocFieldVersion v = doc->fields.value(f, DocFieldVersion{f, {}, {}, {}});
        if (ctx.json)
            obj.insert(DocFields::key(f), TimelineJson::field(v));
        else
            ctx.out << "## " << DocFields::label(f) << Qt::endl << v.value << Qt::endl << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(obj);
    return CliContext::Ok;
}

int set(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("doc set ID FIELD TEXT"), {});
    if (!a.parse(ctx, args, 3))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    const auto field = parseField(ctx, a.positional().at(1));
    if (!field)
        return CliContext::Usage;
    const QString value = a.positional().mid(2).join(QLatin1Char(' '));
    if (Status s = ctx.core.document().setField(i.id, *field, value, ctx.core.userName()); !s)
        return ctx.failWith(s.error());
    return CliContext::Ok;
}

int history(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("doc history ID FIELD"), {});
    if (!a.parse(ctx, args, 2, 2))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    const auto field = parseField(ctx, a.positional().at(1));
    if (!field)
        return CliContext::Usage;
    return printList(ctx, ctx.core.document().history(i.id, *field), TimelineJson::field, [](const DocFieldVersion& v) {
        return QStringLiteral("%1\t%2\t%3").arg(CliContext::formatTime(v.editedAt), v.editedBy,
                                                QString(v.value).replace(QLatin1Char('\n'), QStringLiteral(" / ")));
    });
}

int ideaAdd(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("idea add ID TEXT"), {});
    if (!a.parse(ctx, args, 2))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    const auto idea =
        ctx.core.brainstorm().add(i.id, a.positional().mid(1).join(QLatin1Char(' ')), ctx.core.userName());
    if (!idea)
        return ctx.failWith(idea.error());
    if (ctx.json)
        ctx.printJson(TimelineJson::idea(idea.value()));
    else
        ctx.out << idea->id << Qt::endl;
    return CliContext::Ok;
}

int ideaList(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("idea list ID"), {});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    return printList(ctx, ctx.core.brainstorm().list(i.id), TimelineJson::idea, [](const BrainstormIdea& idea) {
        return QStringLiteral("%1\t%2\t%3\t%4")
            .arg(QString::number(idea.id), IdeaStates::key(idea.state), idea.author, idea.text);
    });
}

int ideaVerdict(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("idea verdict IDEA open|confirmed|ruled_out [NOTE]"), {});
    if (!a.parse(ctx, args, 2))
        return CliContext::Usage;
    bool ok = false;
    const qint64 id = a.positional().at(0).toLongLong(&ok);
    const auto state = IdeaStates::parse(a.positional().at(1));
    if (!ok || !state)
        return ctx.usageError(DocumentCommands::tr("Give an idea number and open, confirmed or ruled_out."));
    const auto idea = ctx.core.brainstorm().setVerdict(id, *state, a.positional().mid(2).join(QLatin1Char(' ')),
                                                       ctx.core.userName());
    if (!idea)
        return ctx.failWith(idea.error());
    if (ctx.json)
        ctx.printJson(TimelineJson::idea(idea.value()));
    return CliContext::Ok;
}
} // namespace

void registerDocumentCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("doc show"), QStringLiteral("doc show ID"),
          QT_TRANSLATE_NOOP("Commands", "Show the incident document's header (summary, status, exit criteria …)."),
          show);
    r.add(QStringLiteral("doc set"), QStringLiteral("doc set ID FIELD TEXT"),
          QT_TRANSLATE_NOOP("Commands", "Set a field of the incident document; earlier text is kept."), set);
    r.add(QStringLiteral("doc history"), QStringLiteral("doc history ID FIELD"),
          QT_TRANSLATE_NOOP("Commands", "Show every version of a field of the incident document."), history);
    r.add(QStringLiteral("idea add"), QStringLiteral("idea add ID TEXT"),
          QT_TRANSLATE_NOOP("Commands", "Put a hypothesis or idea on the brainstorm board."), ideaAdd);
    r.add(QStringLiteral("idea list"), QStringLiteral("idea list ID"),
          QT_TRANSLATE_NOOP("Commands", "List the brainstorm board."), ideaList);
    r.add(QStringLiteral("idea verdict"), QStringLiteral("idea verdict IDEA open|confirmed|ruled_out [NOTE]"),
          QT_TRANSLATE_NOOP("Commands", "Confirm or rule out an idea (recorded on the timeline)."), ideaVerdict);
}
