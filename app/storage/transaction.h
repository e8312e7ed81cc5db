#pragma once

#include "result.h"

class Database;

// A write transaction taken with BEGIN IMMEDIATE, so that two processes (the window and icctl) queue on
// the busy timeout instead of failing on a read-to-write lock upgrade. Rolls back unless committed.
class Transaction final
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    Database& m_db;
    bool m_active = false;
};
