#include "documentfield.h"

const KeyedTable<DocField>& DocFields::table()
{
    static const KeyedTable<DocField> t("DocField", {
        {DocField::Summary, "summary", QT_TRANSLATE_NOOP("DocField", "Summary")},
        {DocField::StatusKnown, "status_known", QT_TRANSLATE_NOOP("DocField", "What we know")},
        {DocField::StatusDoing, "status_doing", QT_TRANSLATE_NOOP("DocField", "What we are doing")},
        {DocField::NextUpdate, "next_update", QT_TRANSLATE_NOOP("DocField", "Next update")},
        {DocField::Impact, "impact", QT_TRANSLATE_NOOP("DocField", "Impact")},
        {DocField::CommandPost, "command_post", QT_TRANSLATE_NOOP("DocField", "Command post")},
        {DocField::ExitCriteria, "exit_criteria", QT_TRANSLATE_NOOP("DocField", "Exit criteria")},
        {DocField::Todos, "todos", QT_TRANSLATE_NOOP("DocField", "TODOs")},
    });
    return t;
}

QDateTime IncidentDocument::nextUpdateAt() const
{
    QDateTime t = QDateTime::fromString(value(DocField::NextUpdate), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}
