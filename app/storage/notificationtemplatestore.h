#pragma once

#include "domain/notificationtemplate.h"
#include "result.h"

#include <QList>

class Database;

// SQL for team templates (bundled ones live in resources). Callers own the transaction.
class NotificationTemplateStore final
{
public:
    explicit NotificationTemplateStore(Database& db) : m_db(db) {}
    Result<QList<NotificationTemplate>> list() const;
    Status upsert(const NotificationTemplate& t, const QDateTime& at);
    Status remove(const QString& key, const QString& language);

private:
    Database& m_db;
};
