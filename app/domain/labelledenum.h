#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// A table of an enum's stored keys and translatable labels, so each enum needs one array, not three switches.
// Labels are QT_TRANSLATE_NOOP strings in `Context`; they are translated when asked for.
template <typename E>
struct KeyedEnumEntry
{
    E value;
    const char* key;
    const char* label;
};

namespace KeyedEnum {
template <typename E, std::size_t N>
QString key(const KeyedEnumEntry<E> (&table)[N], E value)
{
    for (const auto& e : table)
        if (e.value == value)
            return QString::fromLatin1(e.key);
    return {};
}

template <typename E, std::size_t N>
const char* labelSource(const KeyedEnumEntry<E> (&table)[N], E value)
{
    for (const auto& e : table)
        if (e.value == value)
            return e.label;
    return "";
}

// Accepts the key in any case, with '-' and '_' interchangeable ("in-progress", "customer_report").
template <typename E, std::size_t N>
std::optional<E> parse(const KeyedEnumEntry<E> (&table)[N], const QString& text)
{
    const QString k = text.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    for (const auto& e : table)
        if (k == QString::fromLatin1(e.key).replace(QLatin1Char('-'), QLatin1Char('_')))
            return e.value;
    return std::nullopt;
}

template <typename E, std::size_t N>
QList<E> values(const KeyedEnumEntry<E> (&table)[N])
{
    QList<E> out;
    for (const auto& e : table)
        out << e.value;
    return out;
}
} // namespace KeyedEnum
