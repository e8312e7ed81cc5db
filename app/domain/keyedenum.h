#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>

// A table of enum values with their stored key and their translatable label, so that each small enum of
// the domain (milestones, roles, document fields, idea states …) is one table instead of three switches.
template <typename E>
class KeyedTable final
{
public:
    struct Row
    {
        E value;
        const char* key;   // stored in the database and used by icctl
        const char* label; // marked with QT_TRANSLATE_NOOP in `context`
    };

    KeyedTable(const char* context, std::initializer_list<Row> rows) : m_context(context), m_rows(rows) {}

    QString key(E value) const
    {
        const Row* r = find(value);
        return r ? QString::fromLatin1(r->key) : QString();
    }
    QString label(E value) const
    {
        const Row* r = find(value);
        return r ? QCoreApplication::translate(m_context, r->label) : QString();
    }
    std::optional<E> parse(const QString& key) const
    {
        const QString k = key.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
        for (const Row& r : m_rows)
            if (QLatin1String(r.key) == k)
                return r.value;
        return std::nullopt;
    }
    QList<E> all() const
    {
        QList<E> out;
        for (const Row& r : m_rows)
            out << r.value;
        return out;
    }

private:
    const Row* find(E value) const
    {
        for (const Row& r : m_rows)
            if (r.value == value)
                return &r;
        return nullptr;
    }

    const char* m_context;
    QList<Row> m_rows;
};
