#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>

namespace pd {

class Database;

// Team mode's one-way move of a desk's SQLite book into an empty PostgreSQL database: the
// target gets the same schema through the same migrations, then every row of every table, in
// one transaction (all or nothing), and the move proves itself: each table's row count and a
// digest of every row are compared on both sides before it reports success.
class BookMigration {
public:
    struct Table {
        QString name;
        qint64 sourceRows = 0;
        qint64 targetRows = 0;
        QByteArray sourceDigest;
        QByteArray targetDigest;
        bool matches() const { return sourceRows == targetRows && sourceDigest == targetDigest; }
    };
    using Progress = std::function<void(const QString &table, qint64 done, qint64 total)>;

    // The tables in the order their foreign keys need.
    static QStringList tables();

    // False with `error` (and nothing in the target but its empty schema) when it cannot be done
    // or when any table does not match afterwards.
    static bool run(Database &source, Database &target, const Progress &progress, QList<Table> *report, QString *error);

    // An order-independent digest of a table's rows (the sum of each row's SHA-256, so the two
    // engines' different sort orders for text do not matter), and its row count.
    static QByteArray digest(
        Database &database, const QString &table, const QStringList &columns, qint64 *rows, QString *error);
};

} // namespace pd
