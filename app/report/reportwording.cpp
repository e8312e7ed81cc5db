#include "reportwording.h"

#include "reportdata.h"
#include "reportlanguage.h"

#include <QCoreApplication>

namespace {
const WordingSection kSections[] = {
    {"customer.overview", QT_TRANSLATE_NOOP("Report", "Overview"), ReportKind::CustomerReport},
    {"customer.affected", QT_TRANSLATE_NOOP("Report", "Affected services and users"), ReportKind::CustomerReport},
    {"customer.cause", QT_TRANSLATE_NOOP("Report", "Cause"), ReportKind::CustomerReport},
    {"customer.response", QT_TRANSLATE_NOOP("Report", "Our response"), ReportKind::CustomerReport},
    {"customer.prevention", QT_TRANSLATE_NOOP("Report", "Prevention measures"), ReportKind::CustomerReport},
    {"customer.closing", QT_TRANSLATE_NOOP("Report", "Closing words"), ReportKind::CustomerReport},
    {"postmortem.summary", QT_TRANSLATE_NOOP("Report", "Summary"), ReportKind::Postmortem},
    {"postmortem.impact", QT_TRANSLATE_NOOP("Report", "Impact"), ReportKind::Postmortem},
    {"postmortem.root_causes", QT_TRANSLATE_NOOP("Report", "Root causes and contributing factors"), ReportKind::Postmortem},
    {"postmortem.went_well", QT_TRANSLATE_NOOP("Report", "What went well"), ReportKind::Postmortem},
    {"postmortem.went_badly", QT_TRANSLATE_NOOP("Report", "What went badly"), ReportKind::Postmortem},
    {"postmortem.lucky", QT_TRANSLATE_NOOP("Report", "Where we got lucky"), ReportKind::Postmortem},
    {"postmortem.lessons", QT_TRANSLATE_NOOP("Report", "Lessons learned"), ReportKind::Postmortem},
    {"executive.summary", QT_TRANSLATE_NOOP("Report", "Summary"), ReportKind::ExecutiveSummary},
    {"executive.decisions", QT_TRANSLATE_NOOP("Report", "Decisions and help needed"), ReportKind::ExecutiveSummary},
};

QString firstNonEmpty(const QString& a, const QString& b)
{
    return a.trimmed().isEmpty() ? b : a;
}

QString responseDefault(const ReportData& d, const ReportLanguage& L)
{
    QStringList lines;
    if (d.incident.declaredAt.isValid())
        lines << L.text(QT_TRANSLATE_NOOP("Report", "We began our incident response at %1."))
                     .arg(L.dateTime(d.incident.declaredAt));
    if (d.incident.mitigatedAt.isValid())
        lines << L.text(QT_TRANSLATE_NOOP("Report", "The impact was mitigated at %1.")).arg(L.dateTime(d.incident.mitigatedAt));
    if (d.incident.resolvedAt.isValid())
        lines << L.text(QT_TRANSLATE_NOOP("Report", "The incident was resolved at %1.")).arg(L.dateTime(d.incident.resolvedAt));
    else
        lines << L.text(QT_TRANSLATE_NOOP("Report", "We are still working on a full resolution."));
    return lines.join(QLatin1Char('\n'));
}

// Prevention: the preventative and corrective follow-ups, one per line.
QString preventionDefault(const ReportData& d, const ReportLanguage& L)
{
    QStringList lines;
    for (const FollowUp& f : d.followUps)
        if (f.type == FollowUpType::Preventative || f.type == FollowUpType::Corrective)
            lines << L.bullet() + f.title;
    return lines.isEmpty() ? ReportWording::toBeWritten(L) : lines.join(QLatin1Char('\n'));
}

QStringList bullets(const ReportData& d, ReportIdea::Verdict verdict, const ReportLanguage& L)
{
    QStringList lines;
    for (const ReportIdea& i : d.ideas)
        if (i.verdict == verdict)
            lines << L.bullet() + i.text;
    return lines;
}

// The brainstorm board's verdicts when there are any; else the hypotheses the timeline recorded.
QString rootCauseDefault(const ReportData& d, const ReportLanguage& L)
{
    QStringList parts;
    const QStringList confirmed = bullets(d, ReportIdea::Verdict::Confirmed, L);
    const QStringList ruledOut = bullets(d, ReportIdea::Verdict::RuledOut, L);
    if (!confirmed.isEmpty())
        parts << L.text(QT_TRANSLATE_NOOP("Report", "Confirmed during the incident:")) + QLatin1Char('\n')
                     + confirmed.join(QLatin1Char('\n'));
    if (!ruledOut.isEmpty())
        parts << L.text(QT_TRANSLATE_NOOP("Report", "Ruled out:")) + QLatin1Char('\n') + ruledOut.join(QLatin1Char('\n'));
    if (!parts.isEmpty())
        return parts.join(QStringLiteral("\n\n"));
    QStringList lines;
    for (const TimelineEntry& e : d.entriesOfKind(EntryKind::Hypothesis))
        lines << L.bullet() + e.textIn(L.code());
    if (lines.isEmpty())
        return ReportWording::toBeWritten(L);
    return L.text(QT_TRANSLATE_NOOP("Report", "Hypotheses recorded during the incident:")) + QLatin1Char('\n')
           + lines.join(QLatin1Char('\n'));
}
} // namespace

QList<WordingSection> ReportWording::allSections()
{
    return QList<WordingSection>(std::begin(kSections), std::end(kSections));
}

QList<WordingSection> ReportWording::sections(ReportKind kind)
{
    QList<WordingSection> out;
    for (const WordingSection& s : kSections)
        if (s.kind == kind)
            out << s;
    return out;
}

QString ReportWording::toBeWritten(const ReportLanguage& L)
{
    return L.text(QT_TRANSLATE_NOOP("Report", "(To be written.)"));
}

bool ReportWording::isEdited(const char* key, const ReportData& data)
{
    return !data.wording.value(QString::fromLatin1(key)).trimmed().isEmpty();
}

QString ReportWording::text(const char* key, const ReportData& data, const ReportLanguage& L)
{
    if (isEdited(key, data))
        return data.wording.value(QString::fromLatin1(key));
    return defaultText(key, data, L);
}

QString ReportWording::defaultText(const char* keyText, const ReportData& d, const ReportLanguage& L)
{
    const QString key = QString::fromLatin1(keyText);
    const QString summary = firstNonEmpty(d.incident.summary, d.incident.title);
    const QString impact = firstNonEmpty(d.incident.impact, toBeWritten(L));
    if (key == QStringLiteral("customer.overview") || key == QStringLiteral("postmortem.summary")
        || key == QStringLiteral("executive.summary"))
        return summary;
    if (key == QStringLiteral("customer.affected") || key == QStringLiteral("postmortem.impact"))
        return impact;
    if (key == QStringLiteral("customer.response"))
        return responseDefault(d, L);
    if (key == QStringLiteral("customer.prevention"))
        return preventionDefault(d, L);
    if (key == QStringLiteral("customer.closing"))
        return L.text(QT_TRANSLATE_NOOP("Report", "We sincerely apologise for the inconvenience this incident caused. "
                                                  "We will continue to work on preventing a recurrence."));
    if (key == QStringLiteral("postmortem.root_causes"))
        return rootCauseDefault(d, L);
    return toBeWritten(L);
}
