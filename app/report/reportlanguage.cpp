#include "reportlanguage.h"

#include "domain/handoff.h"
#include "domain/role.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTranslator>

namespace {
// Source texts of the domain's labels, indexed by enum value; same contexts and texts as app/domain, so the
// existing translations serve the reports too.
const char* const kStatusSources[] = {
    QT_TRANSLATE_NOOP("IncidentStatus", "Investigating"), QT_TRANSLATE_NOOP("IncidentStatus", "Identified"),
    QT_TRANSLATE_NOOP("IncidentStatus", "Monitoring"),    QT_TRANSLATE_NOOP("IncidentStatus", "Resolved"),
    QT_TRANSLATE_NOOP("IncidentStatus", "Closed"),
};
const char* const kKindSources[] = {
    QT_TRANSLATE_NOOP("EntryKind", "Note"),          QT_TRANSLATE_NOOP("EntryKind", "Observation"),
    QT_TRANSLATE_NOOP("EntryKind", "Action"),        QT_TRANSLATE_NOOP("EntryKind", "Decision"),
    QT_TRANSLATE_NOOP("EntryKind", "Role change"),   QT_TRANSLATE_NOOP("EntryKind", "Communication"),
    QT_TRANSLATE_NOOP("EntryKind", "Alert"),         QT_TRANSLATE_NOOP("EntryKind", "Drill inject"),
    QT_TRANSLATE_NOOP("EntryKind", "Hypothesis"),    QT_TRANSLATE_NOOP("EntryKind", "Milestone"),
    QT_TRANSLATE_NOOP("EntryKind", "Status change"),
};
const char* const kAssignmentEndSources[] = {
    QT_TRANSLATE_NOOP("AssignmentEnd", "Released"),
    QT_TRANSLATE_NOOP("AssignmentEnd", "Reassigned"),
    QT_TRANSLATE_NOOP("AssignmentEnd", "Handed off"),
};
const char* const kSeverityNames[] = {
    QT_TRANSLATE_NOOP("Report", "Critical"), QT_TRANSLATE_NOOP("Report", "Major"),
    QT_TRANSLATE_NOOP("Report", "Minor"),    QT_TRANSLATE_NOOP("Report", "Low"),
};

// One translator per language for the life of the process; reports are built on the main thread.
std::shared_ptr<QTranslator> translatorFor(const QString& code)
{
    static QHash<QString, std::shared_ptr<QTranslator>> cache;
    auto it = cache.find(code);
    if (it != cache.end())
        return it.value();
    auto t = std::make_shared<QTranslator>();
    if (!t->load(QStringLiteral(":/i18n/incident-commander_%1.qm").arg(code)))
        t.reset();
    cache.insert(code, t);
    return t;
}
} // namespace

ReportLanguage::ReportLanguage(const QString& code, const QTimeZone& zone)
    : m_code(code == QStringLiteral("ja") ? code : QStringLiteral("en")), m_zone(zone.isValid() ? zone : QTimeZone::utc()),
      m_locale(m_code == QStringLiteral("ja") ? QLocale(QLocale::Japanese, QLocale::Japan)
                                              : QLocale(QLocale::English, QLocale::UnitedStates)),
      m_translator(translatorFor(m_code))
{
    m_utc = m_zone.id() == "UTC" || m_zone.id() == "Etc/UTC" || m_zone.id() == "Etc/UCT" || m_zone.id() == "Universal"
            || m_zone.id() == "Etc/Universal" || m_zone.id() == "Zulu";
}

QString ReportLanguage::translate(const char* context, const char* source) const
{
    return translate(context, source, -1);
}

QString ReportLanguage::translate(const char* context, const char* source, int n) const
{
    if (m_translator) {
        const QString t = m_translator->translate(context, source, nullptr, n);
        if (!t.isEmpty())
            return t;
    }
    return QString::fromUtf8(source);
}

QString ReportLanguage::status(IncidentStatus s) const
{
    return translate("IncidentStatus", kStatusSources[int(s)]);
}

QString ReportLanguage::kind(EntryKind k) const
{
    return translate("EntryKind", kKindSources[int(k)]);
}

QString ReportLanguage::severity(Severity s) const
{
    return QStringLiteral("%1 — %2").arg(Severities::code(s), text(kSeverityNames[int(s) - 1]));
}

QString ReportLanguage::role(const RoleDefinition& r) const
{
    if (r.builtin)
        return translate("Roles", r.name.toUtf8().constData());
    return m_code == QStringLiteral("ja") && !r.nameJa.trimmed().isEmpty() ? r.nameJa : r.name;
}

QString ReportLanguage::assignmentEnd(AssignmentEnd e) const
{
    return translate("AssignmentEnd", kAssignmentEndSources[int(e)]);
}

QString ReportLanguage::briefing(const Briefing& b) const
{
    QStringList lines;
    auto add = [&](const char* label, const QString& part) {
        if (!part.trimmed().isEmpty())
            lines << translate("Briefing", label) + QLatin1Char(' ') + part.trimmed();
    };
    add(QT_TRANSLATE_NOOP("Briefing", "Situation:"), b.situation);
    add(QT_TRANSLATE_NOOP("Briefing", "Objectives:"), b.objectives);
    add(QT_TRANSLATE_NOOP("Briefing", "Current actions:"), b.currentActions);
    add(QT_TRANSLATE_NOOP("Briefing", "Current organisation:"), b.organisation);
    return lines.join(QLatin1Char('\n'));
}

QString ReportLanguage::zoneName(const QDateTime& utc) const
{
    if (m_utc)
        return QStringLiteral("UTC");
    const QString abbreviation = m_zone.abbreviation(utc);
    // Some zones only have numeric abbreviations ("+09"); name the offset plainly then.
    if (abbreviation.isEmpty() || abbreviation.startsWith(QLatin1Char('+')) || abbreviation.startsWith(QLatin1Char('-')))
    {
        const int offset = m_zone.offsetFromUtc(utc) / 60;
        return QStringLiteral("UTC%1%2:%3")
            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
            .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
            .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
    }
    return abbreviation;
}

QString ReportLanguage::localDateTime(const QDateTime& utc) const
{
    return utc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReportLanguage::utcDateTime(const QDateTime& utc) const
{
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString ReportLanguage::dateTime(const QDateTime& utc) const
{
    if (!utc.isValid())
        return notRecorded();
    if (m_utc)
        return utcDateTime(utc) + QStringLiteral(" UTC");
    const QDateTime local = utc.toTimeZone(m_zone);
    const QDateTime u = utc.toUTC();
    const QString utcPart = local.date() == u.date() ? u.toString(QStringLiteral("HH:mm")) : utcDateTime(u);
    return text(QT_TRANSLATE_NOOP("Report", "%1 %2 (%3 UTC)")).arg(localDateTime(utc), zoneName(utc), utcPart);
}

QString ReportLanguage::date(const QDate& day) const
{
    return day.isValid() ? day.toString(Qt::ISODate) : QStringLiteral("—");
}

QString ReportLanguage::duration(qint64 ms) const
{
    if (ms < 0)
        return QStringLiteral("—");
    const qint64 minutes = (ms + 30000) / 60000;
    const qint64 days = minutes / (24 * 60);
    const qint64 hours = (minutes / 60) % 24;
    const qint64 mins = minutes % 60;
    if (days > 0)
        return text(QT_TRANSLATE_NOOP("Report", "%1 d %2 h %3 min")).arg(days).arg(hours).arg(mins, 2, 10, QLatin1Char('0'));
    if (hours > 0)
        return text(QT_TRANSLATE_NOOP("Report", "%1 h %2 min")).arg(hours).arg(mins, 2, 10, QLatin1Char('0'));
    return text(QT_TRANSLATE_NOOP("Report", "%1 min")).arg(mins);
}

QString ReportLanguage::notRecorded() const
{
    return text(QT_TRANSLATE_NOOP("Report", "Not recorded"));
}

QString ReportLanguage::bullet() const
{
    return m_code == QStringLiteral("ja") ? QStringLiteral("・") : QStringLiteral("• ");
}
