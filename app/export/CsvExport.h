#pragma once

#include "domain/OrderFilter.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>
#include <QVariantList>
#include <atomic>
#include <functional>

class QIODevice;

namespace pd {

class Database;

// The CSV export of the order book: its orders, or their history. RFC 4180 through CsvWriter
// (formula-like cells neutralised, amounts exempt), amounts exactly as stored, times in ISO
// 8601 UTC with milliseconds (2026-11-23T20:45:57.123Z), nothing locale-formatted. It streams:
// one forward-only query read row by row into a 1 MiB buffer, so memory stays flat however
// many rows. It runs on the thread that owns `database` (CsvExportJob gives it a thread and a
// connection of its own), reports progress against a COUNT(*) taken in the same snapshot,
// and stops at the next row once `cancel` is set.
class CsvExport {
public:
    enum class What { Orders, History };

    struct Options {
        What what = What::Orders;
        // Which orders: those the filter selects (the orders page's filters); for the
        // history, every entry of those orders.
        OrderFilter filter;
        OrderSort sort; // of the orders (the history is in time order)
        // A date range, from inclusive to exclusive, either end open when invalid: orders
        // created in it, or history entries written in it.
        QDateTime from;
        QDateTime to;
        char delimiter = ','; // ',' or ';'
        bool byteOrderMark = false;
    };

    struct Outcome {
        qint64 rows = 0; // data rows written, the header not counted
        bool cancelled = false;
        QString error; // in words staff can act on
        bool succeeded() const { return !cancelled && error.isEmpty(); }
    };

    // Called with the rows written so far and the rows the export will have.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    CsvExport(Database &database, const Options &options);

    // On SQLite the rows are read through its C API (SqliteRows) unless this is turned off;
    // off, or on another engine, through Qt Sql. Both write the same bytes (the tests check).
    void setSqliteFastPath(bool on) { m_sqliteFastPath = on; }

    static QStringList header(What what);
    // The query the export reads, with its positional values, and its count.
    QString sql() const { return m_sql; }
    QString countSql() const { return m_countSql; }
    QVariantList values() const { return m_values; }

    // Writes the export through a QSaveFile: the file appears under `path` only complete.
    // Cancelled or failed, nothing is left there (a file that was there is left untouched).
    Outcome toFile(const QString &path, const std::atomic<bool> *cancel = nullptr, const Progress &progress = {});
    // Writes to an open device, e.g. standard output.
    Outcome toDevice(QIODevice *device, const std::atomic<bool> *cancel = nullptr, const Progress &progress = {});

    // Unix milliseconds as ISO 8601 UTC, exactly as QDateTime writes them with
    // Qt::ISODateWithMs, without building a QDateTime per cell.
    static void appendIsoTime(QByteArray &out, qint64 msSinceEpoch);
    static QByteArray isoTime(qint64 msSinceEpoch);

private:
    Outcome write(QIODevice *device, const QString &name, const std::atomic<bool> *cancel, const Progress &progress);

    Database &m_database;
    Options m_options;
    QString m_sql;
    QString m_countSql;
    QVariantList m_values;
    bool m_sqliteFastPath = true;
};

} // namespace pd
