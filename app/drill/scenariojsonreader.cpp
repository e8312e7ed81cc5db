#include "scenariojsonreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <cmath>

namespace {
QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}
} // namespace

bool ScenarioJsonReader::fail(const QString& path, const QString& reason)
{
    if (m_error.isEmpty())
        m_error = tr("%1: %2").arg(path, reason);
    return false;
}

bool ScenarioJsonReader::keys(const QJsonObject& o, const QString& path, const QStringList& required,
                              const QStringList& optional)
{
    if (failed())
        return false;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!required.contains(it.key()) && !optional.contains(it.key()))
            return fail(
                member(path, it.key()),
                tr("unknown field (allowed here: %1)").arg((required + optional).join(QStringLiteral(", "))));
    for (const QString& k : required)
        if (!o.contains(k))
            return fail(member(path, k), tr("required field is missing"));
    return true;
}

bool ScenarioJsonReader::object(const QJsonObject& o, const QString& path, const QString& key,
                                QJsonObject* out)
{
    if (failed())
        return false;
    const QJsonValue v = o.value(key);
    if (!v.isObject())
        return fail(member(path, key), tr("expected an object, found %1").arg(typeName(v)));
    *out = v.toObject();
    return true;
}

bool ScenarioJsonReader::array(const QJsonObject& o, const QString& path, const QString& key, int maxItems,
                               QJsonArray* out)
{
    if (failed())
        return false;
    const QJsonValue v = o.value(key);
    if (!v.isArray())
        return fail(member(path, key), tr("expected an array, found %1").arg(typeName(v)));
    if (v.toArray().size() > maxItems)
        return fail(member(path, key),
                    tr("too many items (%1; at most %2)").arg(v.toArray().size()).arg(maxItems));
    *out = v.toArray();
    return true;
}

bool ScenarioJsonReader::string(const QJsonValue& v, const QString& path, int maxChars, QString* out,
                                bool allowEmpty)
{
    if (failed())
        return false;
    if (!v.isString())
        return fail(path, tr("expected a string, found %1").arg(typeName(v)));
    const QString s = v.toString();
    if (s.size() > maxChars)
        return fail(path, tr("text is too long (%1 characters; at most %2)").arg(s.size()).arg(maxChars));
    if (!allowEmpty && s.trimmed().isEmpty())
        return fail(path, tr("must not be empty"));
    *out = s;
    return true;
}

bool ScenarioJsonReader::identifier(const QJsonValue& v, const QString& path, QString* out)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,63}$"));
    QString s;
    if (!string(v, path, 64, &s))
        return false;
    if (!pattern.match(s).hasMatch())
        return fail(path, tr("an identifier uses only a-z, 0-9, \"-\" and \"_\" (found \"%1\")").arg(s));
    *out = s;
    return true;
}

bool ScenarioJsonReader::oneOf(const QJsonValue& v, const QString& path, const QStringList& allowed,
                               QString* out)
{
    QString s;
    if (!string(v, path, 64, &s))
        return false;
    if (!allowed.contains(s))
        return fail(
            path,
            tr("unknown value \"%1\" (expected one of: %2)").arg(s, allowed.join(QStringLiteral(", "))));
    *out = s;
    return true;
}

bool ScenarioJsonReader::text(const QJsonValue& v, const QString& path, int maxChars, LocalizedText* out)
{
    if (failed())
        return false;
    if (!v.isObject())
        return fail(path, tr("expected an object with \"en\" and \"ja\" texts, found %1").arg(typeName(v)));
    const QJsonObject o = v.toObject();
    if (!keys(o, path, {QStringLiteral("en"), QStringLiteral("ja")}, {}))
        return false;
    return string(o.value(QStringLiteral("en")), member(path, QStringLiteral("en")), maxChars, &out->en) &&
           string(o.value(QStringLiteral("ja")), member(path, QStringLiteral("ja")), maxChars, &out->ja);
}

bool ScenarioJsonReader::name(const QJsonValue& v, const QString& path, int maxChars, LocalizedText* out)
{
    if (failed())
        return false;
    if (v.isObject())
        return text(v, path, maxChars, out);
    if (!v.isString())
        return fail(
            path,
            tr("expected a string or an object with \"en\" and \"ja\" names, found %1").arg(typeName(v)));
    QString plain;
    if (!string(v, path, maxChars, &plain))
        return false;
    *out = {plain, plain};
    return true;
}

bool ScenarioJsonReader::number(const QJsonValue& v, const QString& path, double min, double max, double* out)
{
    if (failed())
        return false;
    if (!v.isDouble())
        return fail(path, tr("expected a number, found %1").arg(typeName(v)));
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < min || d > max)
        return fail(path, tr("number out of range (%1 to %2)").arg(min).arg(max));
    *out = d;
    return true;
}

bool ScenarioJsonReader::integer(const QJsonValue& v, const QString& path, int min, int max, int* out)
{
    double d = 0;
    if (!number(v, path, min, max, &d))
        return false;
    if (d != std::floor(d))
        return fail(path, tr("expected a whole number"));
    *out = int(d);
    return true;
}

bool ScenarioJsonReader::duration(const QJsonValue& v, const QString& path, qint64 maxMs, qint64* out)
{
    QString s;
    if (!string(v, path, 24, &s))
        return false;
    const qint64 ms = parseDuration(s);
    if (ms < 0)
        return fail(path, tr("\"%1\" is not a time such as T+5m, 1h30m or 90s").arg(s));
    if (ms > maxMs)
        return fail(path, tr("%1 is longer than allowed here (%2)").arg(s, formatDuration(maxMs)));
    *out = ms;
    return true;
}

qint64 ScenarioJsonReader::parseDuration(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:T\\+)?(?:(\\d{1,3})h)?(?:(\\d{1,5})m)?(?:(\\d{1,6})s)?$"));
    const auto m = pattern.match(text);
    if (!m.hasMatch() || text.isEmpty() || text == QStringLiteral("T+"))
        return -1;
    return (m.captured(1).toLongLong() * 3600 + m.captured(2).toLongLong() * 60 +
            m.captured(3).toLongLong()) *
           1000;
}

ScenarioJsonReader::Clock ScenarioJsonReader::split(qint64 ms)
{
    const qint64 totalSeconds = qMax<qint64>(0, ms) / 1000;
    return {totalSeconds / 3600, (totalSeconds % 3600) / 60, totalSeconds % 60};
}

QString ScenarioJsonReader::formatDuration(qint64 ms)
{
    const auto [h, m, s] = split(ms);
    QString out;
    if (h)
        out += QStringLiteral("%1h").arg(h);
    if (m || (h && s))
        out += QStringLiteral("%1m").arg(m, h ? 2 : 1, 10, QLatin1Char('0'));
    if (s || out.isEmpty())
        out += QStringLiteral("%1s").arg(s, (h || m) ? 2 : 1, 10, QLatin1Char('0'));
    return out;
}
