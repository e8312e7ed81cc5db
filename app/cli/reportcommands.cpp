#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "domain/incident.h"
#include "printlist.h"
#include "report/reportcollector.h"
#include "report/reportexporter.h"
#include "report/reportwording.h"
#include "services/reportservice.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

namespace {
struct ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)
};

QStringList keysOf(const QList<ReportKind>& kinds)
{
    QStringList out;
    for (ReportKind k : kinds)
        out << ReportKinds::key(k);
    return out;
}

// The report language: --report-lang, else the language icctl speaks (the global --lang).
QString reportLanguage(const CliArgs& a)
{
    if (a.isSet(QStringLiteral("report-lang")))
        return a.value(QStringLiteral("report-lang"));
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

int exportReport(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("export ID --kind incident-doc|customer-report|postmortem|executive "
                             "--format md|html|pdf [--lang ja|en] [--tz ZONE] --out FILE"),
              {{QStringLiteral("kind"), {}, QStringLiteral("KIND")},
               {QStringLiteral("format"), {}, QStringLiteral("FORMAT")},
               {QStringLiteral("report-lang"), {}, QStringLiteral("LANG")},
               {QStringLiteral("tz"), {}, QStringLiteral("ZONE")},
               {QStringLiteral("out"), {}, QStringLiteral("FILE")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    const auto kind = ReportKinds::parse(a.value(QStringLiteral("kind")).isEmpty() ? QStringLiteral("incident-doc")
                                                                                   : a.value(QStringLiteral("kind")));
    if (!kind)
        return ctx.usageError(ReportCommands::tr("Unknown report kind \"%1\". Known kinds: %2")
                                  .arg(a.value(QStringLiteral("kind")), keysOf(ReportKinds::all()).join(QStringLiteral(", "))));
    const QString out = a.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.usageError(ReportCommands::tr("Say where to write the report with --out FILE."));
    const QString formatText =
        a.isSet(QStringLiteral("format")) ? a.value(QStringLiteral("format")) : QFileInfo(out).suffix();
    const auto format = ReportFormats::parse(formatText);
    if (!format)
        return ctx.usageError(ReportCommands::tr("Unknown format \"%1\"; use md, html or pdf.").arg(formatText));
    const QString lang = reportLanguage(a);
    if (lang != QStringLiteral("ja") && lang != QStringLiteral("en"))
        return ctx.usageError(ReportCommands::tr("Unknown report language \"%1\"; use ja or en.").arg(lang));
    QTimeZone zone = QTimeZone::systemTimeZone();
    if (a.isSet(QStringLiteral("tz"))) {
        zone = QTimeZone(a.value(QStringLiteral("tz")).toUtf8());
        if (!zone.isValid())
            return ctx.usageError(ReportCommands::tr("Unknown time zone \"%1\"; use an IANA name such as Asia/Tokyo.")
                                      .arg(a.value(QStringLiteral("tz"))));
    }
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    if (Status s = ReportExporter(ctx.core).exportTo(i.id, *kind, *format, ReportLanguage(lang, zone), out); !s)
        return ctx.failWith(s.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("incident"), i.code},
                                  {QStringLiteral("kind"), ReportKinds::key(*kind)},
                                  {QStringLiteral("format"), ReportFormats::key(*format)},
                                  {QStringLiteral("lang"), lang},
                                  {QStringLiteral("path"), QFileInfo(out).absoluteFilePath()}});
    else
        ctx.out << QFileInfo(out).absoluteFilePath() << Qt::endl;
    return CliContext::Ok;
}
QStringList wordingKeys()
{
    QStringList keys;
    for (const WordingSection& s : ReportWording::allSections())
        keys << QString::fromLatin1(s.key);
    return keys << QString::fromLatin1(ReportWording::impactStartKey) << QString::fromLatin1(ReportWording::impactEndKey);
}

// Shows the wording of every editable section (the edited text, else the derived one), or sets one section.
int wording(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("report wording ID [--section KEY --text TEXT]"),
              {{QStringLiteral("section"), {}, QStringLiteral("KEY")},
               {QStringLiteral("text"), {}, QStringLiteral("TEXT")},
               {QStringLiteral("report-lang"), {}, QStringLiteral("LANG")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    if (a.isSet(QStringLiteral("section"))) {
        const QString key = a.value(QStringLiteral("section"));
        if (!wordingKeys().contains(key))
            return ctx.usageError(ReportCommands::tr("Unknown section \"%1\". Known sections: %2")
                                      .arg(key, wordingKeys().join(QStringLiteral(", "))));
        if (!a.isSet(QStringLiteral("text")))
            return ctx.usageError(ReportCommands::tr("Give the new wording with --text (an empty text restores the "
                                                     "derived wording)."));
        if (Status s = ctx.core.reports().saveWording(i.id, {{key, a.value(QStringLiteral("text"))}}, ctx.core.userName()); !s)
            return ctx.failWith(s.error());
        return CliContext::Ok;
    }
    const Result<ReportData> data = ReportCollector(ctx.core).collect(i.id);
    if (!data)
        return ctx.failWith(data.error());
    const ReportLanguage lang(reportLanguage(a));
    QJsonObject json;
    for (const WordingSection& s : ReportWording::allSections()) {
        const QString text = ReportWording::text(s.key, data.value(), lang);
        const bool edited = ReportWording::isEdited(s.key, data.value());
        json.insert(QString::fromLatin1(s.key), QJsonObject{{QStringLiteral("edited"), edited}, {QStringLiteral("text"), text}});
        if (!ctx.json)
            ctx.out << "## " << s.key << (edited ? QString() : ReportCommands::tr(" (derived)")) << Qt::endl
                    << text << Qt::endl << Qt::endl;
    }
    if (ctx.json)
        ctx.printJson(json);
    return CliContext::Ok;
}
// Every saved version of the wording, oldest first: who changed a customer report's cause, and when.
int wordingHistory(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("report history ID [--section KEY]"),
              {{QStringLiteral("section"), {}, QStringLiteral("KEY")}});
    if (!a.parse(ctx, args, 1, 1))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    const QString key = a.value(QStringLiteral("section"));
    if (!key.isEmpty() && !wordingKeys().contains(key))
        return ctx.usageError(ReportCommands::tr("Unknown section \"%1\". Known sections: %2")
                                  .arg(key, wordingKeys().join(QStringLiteral(", "))));
    return printList(
        ctx, ctx.core.reports().wordingHistory(i.id, key),
        [](const ReportTextVersion& v) {
            return QJsonObject{{QStringLiteral("id"), v.id},
                               {QStringLiteral("section"), v.section},
                               {QStringLiteral("text"), v.text},
                               {QStringLiteral("saved_at"), CliContext::isoUtc(v.savedAt)},
                               {QStringLiteral("saved_by"), v.savedBy}};
        },
        [](const ReportTextVersion& v) {
            const QString text = v.text.isEmpty()
                                     ? ReportCommands::tr("(back to the derived wording)")
                                     : QString(v.text).replace(QLatin1Char('\n'), QStringLiteral(" / "));
            return QStringLiteral("%1\t%2\t%3\t%4\t%5")
                .arg(QString::number(v.id), CliContext::formatTime(v.savedAt), v.savedBy, v.section, text);
        });
}

// Makes a version listed by `report history` its section's wording again (saved as a new version).
int restoreWording(CliContext& ctx, const QStringList& args)
{
    CliArgs a(QStringLiteral("report restore ID VERSION"), {});
    if (!a.parse(ctx, args, 2, 2))
        return CliContext::Usage;
    Incident i;
    if (!ctx.resolveIncident(a.positional().at(0), &i))
        return CliContext::Failed;
    bool ok = false;
    const qint64 versionId = a.positional().at(1).toLongLong(&ok);
    if (!ok || versionId <= 0)
        return ctx.usageError(ReportCommands::tr("\"%1\" is not a version number: use the first column of "
                                                 "`report history`.")
                                  .arg(a.positional().at(1)));
    const Result<ReportTextVersion> v =
        ctx.core.reports().restoreWording(i.id, versionId, ctx.core.userName());
    if (!v)
        return ctx.failWith(v.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("id"), v->id}, {QStringLiteral("section"), v->section}});
    else
        ctx.out << ReportCommands::tr("Restored the wording of %1 saved on %2 by %3.")
                       .arg(v->section, CliContext::formatTime(v->savedAt), v->savedBy)
                << Qt::endl;
    return CliContext::Ok;
}
} // namespace

void registerReportCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("export"),
          QStringLiteral("export ID --kind incident-doc|customer-report|postmortem|executive --format md|html|pdf "
                         "[--lang ja|en] [--tz ZONE] --out FILE"),
          QT_TRANSLATE_NOOP("Commands", "Write an incident's document, customer report, postmortem or executive "
                                        "summary as Markdown, HTML or PDF."),
          exportReport);
    r.add(QStringLiteral("report wording"), QStringLiteral("report wording ID [--section KEY --text TEXT]"),
          QT_TRANSLATE_NOOP("Commands", "Show the editable wording of the customer report, postmortem and executive "
                                        "summary, or set one section before export."),
          wording);
    r.add(QStringLiteral("report history"), QStringLiteral("report history ID [--section KEY]"),
          QT_TRANSLATE_NOOP("Commands",
                            "Show every saved version of the report wording, oldest first: when, by "
                            "whom, which section."),
          wordingHistory);
    r.add(QStringLiteral("report restore"), QStringLiteral("report restore ID VERSION"),
          QT_TRANSLATE_NOOP("Commands",
                            "Make a version listed by report history its section's wording again; "
                            "the restore is kept as a new version."),
          restoreWording);
}
