#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// A table of an enum's values with their stable key (stored, in files) and a QT_TRANSLATE_NOOP label,
// and the three lookups every such enum needs. Keeps key/label/parse from being written once per enum.
template <typename E> struct EnumEntry
{
    E value;
    const char* key;
    const char* label;
};

namespace EnumTable {
template <typename E, std::size_t N> const EnumEntry<E>* find(const EnumEntry<E> (&table)[N], E value)
{
    for (const EnumEntry<E>& e : table)
        if (e.value == value)
            return &e;
    return nullptr;
}

template <typename E, std::size_t N> QString key(const EnumEntry<E> (&table)[N], E value)
{
    const EnumEntry<E>* e = find(table, value);
    return e ? QString::fromLatin1(e->key) : QString();
}

template <typename E, std::size_t N>
QString label(const char* context, const EnumEntry<E> (&table)[N], E value)
{
    const EnumEntry<E>* e = find(table, value);
    return e ? QCoreApplication::translate(context, e->label) : QString();
}

template <typename E, std::size_t N>
std::optional<E> parse(const EnumEntry<E> (&table)[N], const QString& key)
{
    for (const EnumEntry<E>& e : table)
        if (key == QLatin1String(e.key))
            return e.value;
    return std::nullopt;
}
} // namespace EnumTable
