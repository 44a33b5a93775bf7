#pragma once

#include "SqlDialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QVariantList>
#include <memory>

namespace pd {

// One open connection to the order book. Qt Sql connections belong to the thread that
// opened them, so every thread opens its own Database (open() again with another name).
class Database {
public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed) the SQLite file in WAL mode with a busy timeout, so that
    // a second desk process on the same workspace waits instead of failing.
    // This desk (this process), as the payout attempts it claims record it: a random number,
    // and on PostgreSQL the key of the advisory lock every connection of the desk holds.
    static qint32 deskToken();
    static constexpr int deskLockClass = 1685025643;

    static std::unique_ptr<Database> openSqlite(const QString &path, const QString &connectionName, QString *error);
    // The order book of a team on PostgreSQL (postgresql://user@host:port/database). The
    // password comes from the keychain; empty leaves it to libpq (PGPASSWORD, ~/.pgpass).
    static std::unique_ptr<Database> openPostgres(
        const QUrl &url, const QString &password, const QString &connectionName, QString *error);
    // Another connection to the same order book, for another thread.
    std::unique_ptr<Database> openAnother(const QString &connectionName, QString *error) const;

    const SqlDialect &dialect() const { return m_dialect; }
    QSqlDatabase connection() const;
    QString path() const { return m_path; } // the SQLite file; empty on PostgreSQL
    QUrl url() const { return m_url; } // the PostgreSQL address, without password
    QString connectionName() const { return m_name; }
    // Who writes through this connection, the name in history and the activity log: the OS
    // user on SQLite (one desk), the session's login on PostgreSQL (a staff member of the team).
    QString login() const { return m_login; }
    static QString osUser();

    // Prepares and runs one statement with positional values. On failure returns false;
    // lastError() then says what went wrong in words staff can act on.
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
    // Runs a statement that cannot be prepared (PostgreSQL's SET), without values.
    bool execDirect(const QString &sql);
    // Runs one statement whose rows are not needed, and says how many rows it changed. One
    // with values stays prepared on this connection for the next time it runs: the IPN writer
    // and the payout engine run the same few statements thousands of times.
    bool exec(const QString &sql, const QVariantList &values = {}, int *rowsAffected = nullptr);
    // The same for a statement that answers a few rows (INSERT … RETURNING, the payout engine's
    // look-ups): every row is read, as its columns' values, before it returns.
    bool rows(const QString &sql, const QVariantList &values, QList<QVariantList> *rows);
    // "(?,?,?),(?,?,?)": the VALUES of a statement that writes `count` rows of `columns` at once.
    static QString placeholders(int columns, int count);
    // Rows per such statement: a group commit's rows fit in one, within SQLite's limit on values.
    static constexpr int rowsPerStatement = 100;
    QString lastError() const { return m_lastError; }
    void setLastError(const QString &error) { m_lastError = error; }
    // How many Transaction guards are open on this connection; Transaction keeps the count.
    int transactionDepth() const { return m_transactionDepth; }
    void setTransactionDepth(int depth) { m_transactionDepth = depth; }

private:
    bool run(QSqlQuery &prepared, const QVariantList &values);
    QSqlQuery *kept(const QString &sql); // prepared once per connection; null if it cannot be
    Database(SqlDialect dialect, QString name, QString path);

    SqlDialect m_dialect;
    QString m_name;
    QString m_path;
    QUrl m_url;
    QString m_password;
    QString m_login;
    QString m_lastError;
    int m_transactionDepth = 0;
    QHash<QString, QSqlQuery> m_prepared; // by their SQL
};

} // namespace pd
