#include "checklistformat.h"

#include "domain/checklistitem.h"
#include "domain/checklistrole.h"
#include "uiformat.h"

#include <QCoreApplication>
#include <QLocale>

namespace {
struct ChecklistText
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistFormat)
};

QString shortTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat);
}
} // namespace

QString ChecklistFormat::minutes(qint64 minutes)
{
    if (minutes < 60)
        return ChecklistText::tr("%n min", "", int(minutes));
    if (minutes % 60 == 0)
        return ChecklistText::tr("%n h", "", int(minutes / 60));
    return ChecklistText::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

QString ChecklistFormat::timeBox(const ChecklistItem& item, const QDateTime& declaredAt, bool overdue)
{
    if (item.timeBoxMinutes <= 0)
        return {};
    const QDateTime due = item.dueAt(declaredAt);
    if (!due.isValid())
        return ChecklistText::tr("within %1 of declaring").arg(minutes(item.timeBoxMinutes));
    if (overdue)
        return ChecklistText::tr("overdue since %1").arg(shortTime(due));
    return ChecklistText::tr("by %1 (%2)").arg(shortTime(due), minutes(item.timeBoxMinutes));
}

QString ChecklistFormat::state(const ChecklistItem& item, bool brief)
{
    const QString when = brief ? shortTime(item.stateAt) : UiFormat::dateTime(item.stateAt);
    switch (item.state) {
    case ChecklistState::Done:
        return ChecklistText::tr("Done by %1, %2").arg(item.stateBy, when);
    case ChecklistState::Skipped:
        return ChecklistText::tr("Skipped by %1, %2: %3").arg(item.stateBy, when, item.stateReason);
    case ChecklistState::Open:
        if (!item.stateReason.isEmpty())
            return ChecklistText::tr("Reopened by %1: %2").arg(item.stateBy, item.stateReason);
        return {};
    }
    return {};
}

QString ChecklistFormat::toolTip(const ChecklistItem& item, const QDateTime& declaredAt, bool overdue)
{
    QStringList lines{item.text.current()};
    if (!item.roleKey.isEmpty())
        lines << ChecklistText::tr("Owner: %1").arg(ChecklistRoles::label(item.roleKey));
    if (item.timeBoxMinutes > 0) {
        const QDateTime due = item.dueAt(declaredAt);
        lines << (due.isValid() ? ChecklistText::tr("Due: %1").arg(UiFormat::dateTime(due))
                                : ChecklistText::tr("Due %1 after the incident is declared")
                                      .arg(minutes(item.timeBoxMinutes)));
    }
    if (overdue)
        lines << ChecklistText::tr("Overdue: this item is past its time box.");
    if (const QString s = state(item, false); !s.isEmpty())
        lines << s;
    if (item.adHoc)
        lines << ChecklistText::tr("Added during the incident by %1").arg(item.createdBy);
    return lines.join(QLatin1Char('\n'));
}
