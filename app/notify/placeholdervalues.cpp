#include "placeholdervalues.h"

#include "messagevocabulary.h"

#include <QLocale>
#include <QTimeZone>

namespace {
QString joined(const QString& language, const std::function<QString(const QString&)>& one)
{
    if (language == QStringLiteral("both"))
        return one(QStringLiteral("ja")) + QStringLiteral(" / ") + one(QStringLiteral("en"));
    return one(language);
}

// {{handoff.*}}: who took over which role from whom, and the briefing they acknowledged.
QString handoffRole(const HandoffNotice& h, const QString& language)
{
    if (h.builtinRole)
        return MessageVocabulary::role(h.roleKey, language);
    return joined(language, [&h](const QString& lang) {
        return lang == QStringLiteral("ja") && !h.roleNameJa.isEmpty() ? h.roleNameJa : h.roleName;
    });
}

QDateTime inTokyo(const QDateTime& utc)
{
    return utc.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Tokyo")));
}

// The clock time in the zone the message is written for, labelled like the other time placeholders.
QString clockTime(const QDateTime& utc, const QString& language)
{
    return joined(language, [&utc](const QString& lang) -> QString {
        if (lang == QStringLiteral("ja"))
            return inTokyo(utc).toString(QStringLiteral("HH:mm")) + QStringLiteral(" (JST)");
        return utc.toUTC().toString(QStringLiteral("HH:mm")) + QStringLiteral(" UTC");
    });
}

QString entryLines(const QList<TimelineEntry>& entries, const QString& language)
{
    if (entries.isEmpty())
        return MessageVocabulary::noChanges(language);
    QStringList lines;
    for (const TimelineEntry& e : entries) {
        QString text = e.textIn(language).section(QLatin1Char('\n'), 0, 0).simplified();
        if (text.size() > 200)
            text = text.left(199) + QChar(0x2026);
        lines << QStringLiteral("- %1 %2").arg(clockTime(e.occurredAt, language), text);
    }
    return lines.join(QLatin1Char('\n'));
}
} // namespace

QString PlaceholderValues::time(const QDateTime& utc, const QString& language)
{
    return joined(language, [&utc](const QString& lang) -> QString {
        if (lang == QStringLiteral("ja")) {
            return QLocale(QLocale::Japanese, QLocale::Japan)
                       .toString(inTokyo(utc), QStringLiteral("M月d日 HH:mm")) +
                   QStringLiteral(" (JST)");
        }
        return QLocale::c().toString(utc.toUTC(), QStringLiteral("HH:mm 'UTC' (d MMM)"));
    });
}

QString PlaceholderValues::duration(qint64 seconds, const QString& language)
{
    const qint64 minutes = qMax<qint64>(0, seconds / 60);
    return joined(language, [minutes](const QString& lang) -> QString {
        const qint64 h = minutes / 60;
        const qint64 m = minutes % 60;
        if (lang == QStringLiteral("ja"))
            return h ? QStringLiteral("%1時間%2分").arg(h).arg(m) : QStringLiteral("%1分").arg(m);
        return h ? QStringLiteral("%1 h %2 min").arg(h).arg(m) : QStringLiteral("%1 min").arg(m);
    });
}

QHash<QString, QString> PlaceholderValues::forLanguage(const PlaceholderFacts& f, const QString& language)
{
    const Incident& i = f.incident;
    const QDateTime declared = i.declaredAt.isValid() ? i.declaredAt : i.createdAt;
    const QString notRecorded = MessageVocabulary::notRecorded(language);
    return {
        {QStringLiteral("incident.title"), i.title},
        {QStringLiteral("incident.code"), i.code},
        {QStringLiteral("incident.summary"), i.summary.isEmpty() ? notRecorded : i.summary},
        {QStringLiteral("severity"), Severities::code(i.severity)},
        {QStringLiteral("status"), MessageVocabulary::status(i.status, language)},
        {QStringLiteral("impact"), i.impact.isEmpty() ? notRecorded : i.impact},
        {QStringLiteral("next_update"), f.nextUpdateAt.isValid() ? time(f.nextUpdateAt, language)
                                                                 : MessageVocabulary::notScheduled(language)},
        {QStringLiteral("ic.name"), f.commanderName.isEmpty() ? notRecorded : f.commanderName},
        {QStringLiteral("ic.contact"), f.commanderContact.isEmpty() ? notRecorded : f.commanderContact},
        {QStringLiteral("changes"), entryLines(f.changes, language)},
        {QStringLiteral("actions"), entryLines(f.actions, language)},
        {QStringLiteral("declared_at"), declared.isValid() ? time(declared, language) : notRecorded},
        {QStringLiteral("duration"), duration(declared.isValid() ? declared.secsTo(f.now) : 0, language)},
        {QStringLiteral("now"), time(f.now, language)},
        {QStringLiteral("audience"), MessageVocabulary::audience(f.audience, language)},
        {QStringLiteral("handoff.role"), f.handoff ? handoffRole(*f.handoff, language) : notRecorded},
        {QStringLiteral("handoff.from"), f.handoff ? f.handoff->fromName : notRecorded},
        {QStringLiteral("handoff.to"), f.handoff ? f.handoff->toName : notRecorded},
        {QStringLiteral("handoff.at"), f.handoff && f.handoff->acknowledgedAt.isValid()
                                           ? time(f.handoff->acknowledgedAt, language)
                                           : notRecorded},
        {QStringLiteral("handoff.briefing"),
         f.handoff ? MessageVocabulary::briefing(f.handoff->briefing, language) : notRecorded},
    };
}
