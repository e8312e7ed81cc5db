#include "cliargs.h"
#include "clicontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core.h"
#include "domain/incident.h"
#include "report/reportexporter.h"

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
} // namespace

void registerReportCommands(CommandRegistry& r)
{
    r.add(QStringLiteral("export"),
          QStringLiteral("export ID --kind incident-doc|customer-report|postmortem|executive --format md|html|pdf "
                         "[--lang ja|en] [--tz ZONE] --out FILE"),
          QT_TRANSLATE_NOOP("Commands", "Write an incident's document, customer report, postmortem or executive "
                                        "summary as Markdown, HTML or PDF."),
          exportReport);
}
