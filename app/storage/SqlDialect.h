#pragma once

#include <QString>

namespace pd {

// What differs between the two engines the desk runs on, kept in one small class so that
// every other piece of SQL is written once (KMyMoney's MyMoneyDbDriver is the model).
class SqlDialect {
public:
    enum class Kind { SQLite, PostgreSQL };

    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    {
    }
    Kind kind() const { return m_kind; }

    // Replaces the placeholders of portable DDL: {AUTO_ID} becomes the engine's
    // auto-numbered primary key column; a statement that starts with {POSTGRESQL} is for
    // PostgreSQL only (empty on SQLite).
    QString expand(QString sql) const;

    // Starts a transaction that takes the write lock at once, so two writers queue at BEGIN
    // instead of failing half-way with SQLITE_BUSY.
    QString beginWrite() const;
    // Run right after beginWrite(), inside the transaction: on PostgreSQL a transaction-scoped
    // advisory lock that every desk's writer takes, so writes queue exactly as SQLite's
    // BEGIN IMMEDIATE makes them (a claim's check and insert can never interleave with another
    // desk's). Empty on SQLite.
    QString writeLock() const;
    // An INSERT that hands back the new row's id: RETURNING on PostgreSQL (QPSQL has no
    // lastInsertId without OIDs).
    QString returningId(const QString &insert) const;
    bool returnsId() const { return m_kind == Kind::PostgreSQL; }

    // Case-insensitive substring match operator.
    QString likeInsensitive() const;

    // The Qt Sql driver name.
    QString driver() const;

private:
    Kind m_kind;
};

} // namespace pd
