#include "drillsetup.h"

#include "drilldebrief.h"

bool Drills::parseParticipants(const QString& text, QList<DrillParticipant>* out)
{
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const int colon = item.lastIndexOf(QLatin1Char(':'));
        const QString person = item.left(colon).trimmed();
        const QString role = item.mid(colon + 1).trimmed();
        if (colon <= 0 || person.isEmpty() || !DrillDebrief::roleKeys().contains(role))
            return false;
        out->append({person, role});
    }
    return true;
}
