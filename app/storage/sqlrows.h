#pragma once

#include "result.h"
#include "sqlerror.h"

#include <QList>
#include <QSqlQuery>

#include <type_traits>

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
} // namespace SqlRows
