#include "drillduration.h"

#include "domain/localizedtext.h"
#include "scenariojsonreader.h"

QString DrillDuration::text(qint64 ms)
{
    return text(ms, LocalizedText::currentLanguage());
}

QString DrillDuration::text(qint64 ms, const QString& language)
{
    if (language != QStringLiteral("ja"))
        return ScenarioJsonReader::formatDuration(ms);
    const auto [h, m, s] = ScenarioJsonReader::split(ms);
    QString out;
    if (h)
        out += QStringLiteral("%1時間").arg(h);
    if (m)
        out += QStringLiteral("%1分").arg(m);
    if (s || out.isEmpty())
        out += QStringLiteral("%1秒").arg(s);
    return out;
}

QString DrillDuration::clock(qint64 ms)
{
    return QStringLiteral("T+") + text(ms);
}
