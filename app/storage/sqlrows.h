#pragma once

#include "result.h"
#include "sqlerror.h"

#include <QList>
#include <QSqlQuery>

#include <optional>
#include <type_traits>

// Small helpers shared by the stores so each one only says how a row becomes a value.
namespace SqlRows {
// exec() a prepared query and read every row with `read(query)`; a failure becomes a translated Failure.
template <typename Read>
auto collect(QSqlQuery& query, Read read) -> Result<QList<std::decay_t<decltype(read(query))>>>
{
    if (Status s = SqlError::exec(query); !s)
        return s.failure();
    QList<std::decay_t<decltype(read(query))>> out;
    while (query.next())
        out << read(query);
    return out;
}

// Zero or one row: std::nullopt when there is none.
template <typename T, typename FromQuery>
Result<std::optional<T>> optional(QSqlQuery& q, FromQuery fromQuery)
{
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    if (!q.next())
        return std::optional<T>();
    return std::optional<T>(fromQuery(q));
}

// Runs an INSERT and returns the new row's id.
inline Result<qint64> insert(QSqlQuery& q)
{
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    return q.lastInsertId().toLongLong();
}
} // namespace SqlRows
