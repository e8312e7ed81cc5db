#include "checklisttemplate.h"

#include <QRegularExpression>

QString ChecklistTemplates::defaultKey(Severity s)
{
    return QStringLiteral("sev%1").arg(int(s));
}

bool ChecklistTemplates::isValidKey(const QString& key)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,39}$"));
    return re.match(key).hasMatch();
}
