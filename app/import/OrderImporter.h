#pragma once

#include "domain/Order.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace pd {

class ActivityLog;
class CurrencyRegistry;
class OrderStore;
class Workspace;

// Imports orders from a JSON file (an array of objects, or one object per line) or a CSV
// file with a header row, in the shape of OrderRecord. All or nothing: one bad row and no
// order is imported, and every bad row is reported with the line it starts on.
class OrderImporter {
public:
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
        QString error; // the file could not be read or stored: nothing was imported
    };
    // The whole import of one file, on a connection of its own, so that it can run on any
    // thread: read, check, write, and note it (or its refusal) in the activity log.
    static Outcome importFile(
        const Workspace &workspace, const QString &path, const CurrencyRegistry &currencies, const QString &actor);

    // Reads and checks the file, and checks it against the book (orders already in it).
    // Writes nothing. True when the file has no problem.
    bool check(const QByteArray &data, const QString &fileName, OrderStore &store);

    // Writes the checked orders in one transaction, with an arrival entry in each order's
    // history and one line in the activity log.
    bool import(OrderStore &store, ActivityLog &log, const QString &actor, QString *error);

    const QList<Order> &orders() const { return m_orders; }
    const QList<Problem> &problems() const { return m_problems; }
    // Set when check() failed because the book could not be read (not the file's fault).
    const QString &storageError() const { return m_storageError; }

private:
    void readJson(const QByteArray &data);
    void readCsv(const QByteArray &data);
    void addRecord(int line, const QHash<QString, QString> &fields);

    const CurrencyRegistry &m_currencies;
    Money m_maxAmount = Order::defaultMaxAmount();
    QString m_fileName;
    QString m_storageError;
    QList<Order> m_orders;
    QList<int> m_lines;
    QList<Problem> m_problems;
};

} // namespace pd
