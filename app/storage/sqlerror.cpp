#include "sqlerror.h"

#include <QCoreApplication>

struct SqlErrorText
{
    Q_DECLARE_TR_FUNCTIONS(SqlErrorText)
};


Failure SqlError::describe(const QSqlError& error)
{
    // SQLite's primary result codes; the Qt driver reports the extended code, whose low byte is the primary.
    const int code = error.nativeErrorCode().toInt() & 0xff;
    switch (code) {
    case 13: // SQLITE_FULL
        return fail(SqlErrorText::tr("The disk is full, so the change could not be saved. Free some space and try again; "
                       "nothing already saved was lost."));
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return fail(SqlErrorText::tr("The database is busy in another program. Try again in a moment."));
    case 8: // SQLITE_READONLY
        return fail(SqlErrorText::tr("The database file is read-only. Check its permissions."));
    case 10: // SQLITE_IOERR
        return fail(SqlErrorText::tr("The database file could not be read or written (input/output error)."));
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return fail(SqlErrorText::tr("The database file is damaged or is not an Incident Commander database."));
    default:
        return fail(SqlErrorText::tr("Database error: %1").arg(error.text()));
    }
}

Status SqlError::exec(QSqlQuery& query)
{
    if (!query.exec())
        return describe(query.lastError());
    return {};
}

Status SqlError::execRevisionUpdate(QSqlQuery& query, qint64 id, int expectedRevision, const QString& staleMessage)
{
    query.addBindValue(expectedRevision + 1);
    query.addBindValue(id);
    query.addBindValue(expectedRevision);
    if (Status s = exec(query); !s)
        return s;
    if (query.numRowsAffected() != 1)
        return fail(staleMessage);
    return {};
}
