#include "timelinejson.h"

#include "clicontext.h"

#include <QJsonArray>

QJsonObject TimelineJson::entry(const TimelineEntry& e)
{
    QJsonObject o{
        {QStringLiteral("id"), e.id},
        {QStringLiteral("incident_id"), e.incidentId},
        {QStringLiteral("occurred_at"), CliContext::isoUtc(e.occurredAt)},
        {QStringLiteral("recorded_at"), CliContext::isoUtc(e.recordedAt)},
        {QStringLiteral("author"), e.author},
        {QStringLiteral("role"), e.role},
        {QStringLiteral("kind"), EntryKinds::key(e.kind)},
        {QStringLiteral("milestone"), Milestones::key(e.milestone)},
        {QStringLiteral("text"), e.text},
        {QStringLiteral("important"), e.important},
        {QStringLiteral("public"), e.isPublic},
        {QStringLiteral("links"), QJsonArray::fromStringList(e.links)},
        {QStringLiteral("revision"), e.revision},
        {QStringLiteral("deleted"), e.deleted},
    };
    // The app's own entries in both languages ("text" is in the language icctl runs in).
    if (!e.generated.isEmpty())
        o.insert(QStringLiteral("text_in"),
                 QJsonObject{{QStringLiteral("en"), e.generated.en}, {QStringLiteral("ja"), e.generated.ja}});
    if (e.replacedAt.isValid()) {
        o.insert(QStringLiteral("replaced_at"), CliContext::isoUtc(e.replacedAt));
        o.insert(QStringLiteral("replaced_by"), e.replacedBy);
    }
    return o;
}

QJsonObject TimelineJson::change(const ProductionChange& c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("incident_id"), c.incidentId},
        {QStringLiteral("what"), c.what},
        {QStringLiteral("made_by"), c.madeBy},
        {QStringLiteral("made_at"), CliContext::isoUtc(c.madeAt)},
        {QStringLiteral("revert_how"), c.revertHow},
        {QStringLiteral("reverted"), c.isReverted()},
        {QStringLiteral("reverted_at"), CliContext::isoUtc(c.revertedAt)},
        {QStringLiteral("reverted_by"), c.revertedBy},
        {QStringLiteral("recorded_at"), CliContext::isoUtc(c.recordedAt)},
        {QStringLiteral("recorded_by"), c.recordedBy},
        {QStringLiteral("revision"), c.revision},
    };
}

QJsonObject TimelineJson::field(const DocFieldVersion& v)
{
    return QJsonObject{
        {QStringLiteral("field"), DocFields::key(v.field)},
        {QStringLiteral("value"), v.value},
        {QStringLiteral("edited_at"), CliContext::isoUtc(v.editedAt)},
        {QStringLiteral("edited_by"), v.editedBy},
    };
}

QJsonObject TimelineJson::idea(const BrainstormIdea& i)
{
    return QJsonObject{
        {QStringLiteral("id"), i.id},
        {QStringLiteral("incident_id"), i.incidentId},
        {QStringLiteral("text"), i.text},
        {QStringLiteral("author"), i.author},
        {QStringLiteral("created_at"), CliContext::isoUtc(i.createdAt)},
        {QStringLiteral("state"), IdeaStates::key(i.state)},
        {QStringLiteral("decided_at"), CliContext::isoUtc(i.decidedAt)},
        {QStringLiteral("decided_by"), i.decidedBy},
        {QStringLiteral("entry_id"), i.entryId},
        {QStringLiteral("verdict_entry_id"), i.verdictEntryId},
    };
}

QString TimelineJson::entryLine(const TimelineEntry& e)
{
    QString flags;
    if (e.important)
        flags += QLatin1Char('!');
    if (e.deleted)
        flags += QLatin1Char('x');
    return QStringLiteral("%1\t%2\t%3%4\t%5\t%6")
        .arg(QString::number(e.id), CliContext::formatTime(e.occurredAt), EntryKinds::key(e.kind),
             flags.isEmpty() ? QString() : QLatin1Char(' ') + flags, e.author,
             QString(e.text).replace(QLatin1Char('\n'), QStringLiteral(" / ")));
}
