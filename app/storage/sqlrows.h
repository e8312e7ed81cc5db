#pragma once

#include "result.h"
#include "sqlerror.h"

#include <QList>
#include <QSqlQuery>

#include <optional>

// Small helpers shared by the stores so each one only says how a row becomes a value.
namespace SqlRows {
template <typename T, typename FromQuery> Result<QList<T>> all(QSqlQuery& q, FromQuery fromQuery)
{
    if (Status s = SqlError::exec(q); !s)
        return s.failure();
    QList<T> out;
    while (q.next())
        out << fromQuery(q);
    return out;
}

// Zero or one row: std::nullopt when there is none.
template <typename T, typename FromQuery> Result<std::optional<T>> optional(QSqlQuery& q, FromQuery fromQuery)
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
