#include "followupexport.h"

#include <QJsonObject>
#include <QStringList>

namespace {
QString iso(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
} // namespace

QString FollowUpExport::csvField(const QString& text)
{
    QString t = text;
    if (!t.isEmpty() && QStringLiteral("=+-@").contains(t.at(0)))
        t.prepend(QLatin1Char('\''));
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))
        || t.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + t.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return t;
}

QString FollowUpExport::csv(const QList<FollowUp>& items, const QDate& today)
{
    QString out = QStringLiteral("id,incident,incident_title,title,owner,due_date,type,priority,status,overdue,"
                                 "tracker_url,created_at,completed_at,drill\r\n");
    for (const FollowUp& f : items) {
        const QStringList fields{QString::number(f.id),
                                 f.incidentCode,
                                 f.incidentTitle,
                                 f.title,
                                 f.owner,
                                 isoDate(f.dueDate),
                                 FollowUps::typeKey(f.type),
                                 FollowUps::priorityKey(f.priority),
                                 FollowUps::statusKey(f.status),
                                 f.isOverdue(today) ? QStringLiteral("yes") : QStringLiteral("no"),
                                 f.trackerUrl,
                                 iso(f.createdAt),
                                 iso(f.completedAt),
                                 f.incidentIsDrill ? QStringLiteral("DRILL") : QString()};
        QStringList escaped;
        for (const QString& field : fields)
            escaped << csvField(field);
        out += escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out;
}

QJsonArray FollowUpExport::json(const QList<FollowUp>& items, const QDate& today)
{
    QJsonArray out;
    for (const FollowUp& f : items) {
        const QString body = QStringLiteral("%1Follow-up of %2 (%3).\nType: %4. Priority: %5.")
                                 .arg(f.incidentIsDrill ? QStringLiteral("[DRILL] ") : QString(), f.incidentCode,
                                      f.incidentTitle, FollowUps::typeKey(f.type), FollowUps::priorityKey(f.priority));
        QJsonArray labels{QStringLiteral("follow-up"), QString(QStringLiteral("type:") + FollowUps::typeKey(f.type)),
                          QString(QStringLiteral("priority:") + FollowUps::priorityKey(f.priority)),
                          QString(QStringLiteral("incident:") + f.incidentCode)};
        if (f.incidentIsDrill)
            labels << QStringLiteral("drill");
        out << QJsonObject{
            {QStringLiteral("id"), f.id},
            {QStringLiteral("incident"), f.incidentCode},
            {QStringLiteral("incident_title"), f.incidentTitle},
            {QStringLiteral("title"), f.title},
            {QStringLiteral("body"), body},
            {QStringLiteral("assignee"), f.owner},
            {QStringLiteral("due_on"), isoDate(f.dueDate)},
            {QStringLiteral("type"), FollowUps::typeKey(f.type)},
            {QStringLiteral("priority"), FollowUps::priorityKey(f.priority)},
            {QStringLiteral("status"), FollowUps::statusKey(f.status)},
            {QStringLiteral("state"), f.isOpen() ? QStringLiteral("open") : QStringLiteral("closed")},
            {QStringLiteral("overdue"), f.isOverdue(today)},
            {QStringLiteral("labels"), labels},
            {QStringLiteral("drill"), f.incidentIsDrill},
            {QStringLiteral("external_url"), f.trackerUrl},
            {QStringLiteral("created_at"), iso(f.createdAt)},
            {QStringLiteral("completed_at"), iso(f.completedAt)},
        };
    }
    return out;
}
