#pragma once

#include "result.h"

#include <QSqlError>
#include <QSqlQuery>

namespace SqlError {
// A translated sentence for a failed statement: disk full, locked, read-only and corruption get their own
// wording so the user knows what to do; anything else names the driver's message.
Failure describe(const QSqlError& error);

// exec() a prepared query and turn a failure into a translated Failure.
Status exec(QSqlQuery& query);

// For an UPDATE ending in "revision = ? WHERE id = ? AND revision = ?" (optimistic concurrency): binds the next
// revision, the id and the expected revision, runs it, and fails with `staleMessage` when another writer got
// there first (no row matched).
Status execRevisionUpdate(QSqlQuery& query, qint64 id, int expectedRevision, const QString& staleMessage);
} // namespace SqlError
