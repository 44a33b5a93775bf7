#pragma once

#include <QString>

namespace pd {

class Database;

// RAII write transaction: begins at construction (taking the write lock on SQLite), rolls
// back at destruction unless commit() succeeded. Nothing half-written survives an early return.
class Transaction {
public:
    explicit Transaction(Database &database);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    Database &m_database;
    bool m_active = false;
};

} // namespace pd
