#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

struct sqlite3_stmt;

namespace pd {

// The rows of one SELECT read straight through SQLite's C API on a Qt Sql connection's own
// handle: text comes as UTF-8 in SQLite's row, with no QVariant, QString or allocation per
// cell. For reads of millions of rows (the CSV export); everything else goes through Qt Sql.
// Qt's SQLite driver on Debian uses the system libsqlite3, the one this program links.
class SqliteRows {
public:
    // Prepares `sql` with positional `values` (integers or text) if `connection` is an open
    // SQLite connection; else isValid() is false and the caller reads through QSqlQuery.
    SqliteRows(const QSqlDatabase &connection, const QString &sql, const QVariantList &values);
    ~SqliteRows();
    SqliteRows(const SqliteRows &) = delete;
    SqliteRows &operator=(const SqliteRows &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // Why a statement could not be prepared, or why a step failed.
    QString error() const { return m_error; }

    // Steps to the next row: false at the end, or on an error (error() then says).
    bool next();
    qint64 integer(int column) const;
    // Valid until the next call of next(); empty for NULL.
    QByteArrayView text(int column) const;

private:
    sqlite3_stmt *m_statement = nullptr;
    QString m_error;
};

} // namespace pd
