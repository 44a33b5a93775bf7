#pragma once

#include <QString>

namespace pd {

class Database;

// RAII write transaction: begins at construction (taking the write lock on SQLite), rolls
// back at destruction unless commit() succeeded. Nothing half-written survives an early return.
// A Transaction opened while another is open on the same connection is a savepoint inside
// it: its commit() releases the savepoint, and what it wrote is kept only if the outer one
// commits too. So a caller can wrap several stores' writes (each with its own Transaction)
// in one.
class Transaction {
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    QString savepoint() const;

    Database &m_database;
    int m_depth = 0; // 0: the transaction itself; above: a savepoint in it
    bool m_active = false;
};

} // namespace pd
