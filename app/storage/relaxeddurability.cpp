#include "relaxeddurability.h"

#include "database.h"

#include <QSqlQuery>

RelaxedDurability::RelaxedDurability(Database& db) : m_db(db)
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
}

RelaxedDurability::~RelaxedDurability()
{
    // Back to the level Database::configure() sets for everything else.
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("PRAGMA synchronous=FULL"));
}
