#pragma once

#include "result.h"

#include <QString>

#include <cstddef>

class Database;

// A write transaction taken with BEGIN IMMEDIATE, so that two processes (the window and icctl) queue on
// the busy timeout instead of failing on a read-to-write lock upgrade. Rolls back unless committed.
//
// Transactions nest: one begun while another is open on the same connection is a SAVEPOINT inside it, so a
// service can call another service's write (declaring an incident makes its IC; a handoff queues its
// announcement) and the whole user action still commits, or rolls back, as one. Work announced with
// Database::whenCommitted runs only when the outermost transaction commits.
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
    void finish();

    Database& m_db;
    bool m_active = false;
    int m_depth = 0; // 1 for the outermost transaction
    std::size_t m_announcedBefore = 0; // announcements queued before a savepoint began
};
