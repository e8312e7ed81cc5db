#include "activitylog.h"

#include "csv.h"
#include "reportescape.h"

#include <QCoreApplication>

namespace {
QString stamp(const QDateTime& utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

QString ActivityLog::toCsv(const QList<ActivityPeriod>& periods)
{
    QString out =
        Csv::line({QStringLiteral("holder"), QStringLiteral("held_from"), QStringLiteral("held_until"),
                   QStringLiteral("occurred_at"), QStringLiteral("kind"), QStringLiteral("text")});
    for (const ActivityPeriod& p : periods)
        for (const TimelineEntry& e : p.entries)
            out += Csv::line({p.holderLabel, stamp(p.assignment.startedAt), stamp(p.assignment.endedAt),
                              stamp(e.occurredAt), EntryKinds::key(e.kind), e.text});
    return out;
}

QString ActivityLog::toMarkdown(const QString& title, const QList<ActivityPeriod>& periods)
{
    // Names, role titles and entries are user text: escaped, so they cannot add headings, links or HTML.
    QString out = QStringLiteral("# %1\n\n").arg(ReportEscape::markdownLine(title));
    for (const ActivityPeriod& p : periods) {
        const QString until = p.assignment.endedAt.isValid()
                                  ? stamp(p.assignment.endedAt)
                                  : QCoreApplication::translate("ActivityLog", "now");
        out += QCoreApplication::translate("ActivityLog", "## %1 (%2 – %3 UTC)\n\n")
                   .arg(ReportEscape::markdownLine(p.holderLabel), stamp(p.assignment.startedAt), until);
        if (p.entries.isEmpty())
            out += QCoreApplication::translate("ActivityLog", "_Nothing recorded while holding the role._") +
                   QStringLiteral("\n\n");
        for (const TimelineEntry& e : p.entries)
            out += QStringLiteral("- %1 **%2** %3\n")
                       .arg(stamp(e.occurredAt), EntryKinds::label(e.kind),
                            ReportEscape::markdownLine(
                                QString(e.text).replace(QLatin1Char('\n'), QStringLiteral(" / "))));
        if (!p.entries.isEmpty())
            out += QLatin1Char('\n');
    }
    return out;
}
