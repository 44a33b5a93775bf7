#pragma once

#include "domain/Order.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QIODevice;

namespace pd {

class ActivityLog;
class CurrencyRegistry;
class OrderStore;
class Workspace;

// Imports orders from a JSON file (an array of objects, or one object per line) or a CSV
// file with a header row, in the shape of OrderRecord. All or nothing: one bad row and no
// order is imported, and every bad row is reported with the line it starts on (the first
// maxProblems of them). The file is read as a stream (OrderStream): a file of any size is
// checked and written one order at a time, in one transaction, in flat memory.
class OrderImporter {
public:
    static constexpr int maxProblems = 1000;
    struct Problem {
        int line;
        QString message;
    };

    explicit OrderImporter(const CurrencyRegistry &currencies)
        : m_currencies(currencies)
    {
    }

    struct Outcome {
        int imported = 0;
        QList<Problem> problems; // the file's bad rows: nothing was imported
        int problemCount = 0; // all of them (problems holds the first maxProblems)
        QString error; // the file could not be read, or the book written: nothing was imported
    };
    // The whole import of one file, on a connection of its own, so that it can run on any
    // thread: read, check and write as it goes, and note it (or its refusal) in the activity log.
    static Outcome importFile(
        const Workspace &workspace, const QString &path, const CurrencyRegistry &currencies, const QString &actor);

    // The same from any device, into `store`, in one transaction.
    Outcome importFrom(
        QIODevice &device, const QString &fileName, OrderStore &store, ActivityLog &log, const QString &actor);

    // Reads and checks data held in memory against the book, writing nothing (for a preview).
    bool check(const QByteArray &data, const QString &fileName, OrderStore &store);
    // Writes what check() accepted, in one transaction, with an arrival entry in each order's
    // history and one line in the activity log.
    bool import(OrderStore &store, ActivityLog &log, const QString &actor, QString *error);

    const QList<Order> &orders() const { return m_orders; }
    const QList<Problem> &problems() const { return m_problems; }

private:
    // Reads every record of `device`; each good order goes to `accepted` (false: stop writing).
    // False, with m_storageError, when the book could not be read.
    bool read(QIODevice &device, OrderStore &store, const std::function<bool(const Order &, int line)> &accepted);
    void problem(int line, const QString &message);

    const CurrencyRegistry &m_currencies;
    Money m_maxAmount = Order::defaultMaxAmount();
    QString m_fileName;
    QString m_storageError;
    QList<Order> m_orders;
    QList<Problem> m_problems;
    int m_problemCount = 0;
};

} // namespace pd
