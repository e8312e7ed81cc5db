#pragma once

#include "result.h"

#include <QString>

class Database;

// Key/value settings of the notification area (delivery timeouts, backoff). Callers own the transaction.
class NotifySettingsStore final
{
public:
    explicit NotifySettingsStore(Database& db) : m_db(db) {}
    // `fallback` when the key is not set.
    Result<QString> value(const QString& key, const QString& fallback) const;
    Status setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};
