#pragma once

class Database;

// While alive, commits on this connection are not fsync'ed (SQLite WAL with synchronous=NORMAL: they survive
// a crash of the program, not a power cut); FULL is restored after. For records whose loss is harmless and
// that are written at high rate — the dispatcher's attempt results: a lost "delivered" means a resend with
// the same event id, which at-least-once delivery allows. Never use it for what a user was told is saved.
class RelaxedDurability final
{
public:
    explicit RelaxedDurability(Database& db);
    ~RelaxedDurability();
    RelaxedDurability(const RelaxedDurability&) = delete;
    RelaxedDurability& operator=(const RelaxedDurability&) = delete;

private:
    Database& m_db;
};
