#include "BookMigration.h"

#include "Database.h"
#include "Migrations.h"
#include "Transaction.h"

#include "contract/Translated.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtEndian>

#include <array>

namespace pd {

namespace {

QString tr(const char *text)
{
    return translated("pd::BookMigration", text);
}

QStringList columnsOf(Database &database, const QString &table)
{
    QStringList columns;
    const QSqlRecord record = database.connection().record(table);
    for (int i = 0; i < record.count(); ++i)
        columns << record.fieldName(i);
    return columns;
}

qint64 count(Database &database, const QString &table)
{
    QSqlQuery q;
    return database.exec(q, QStringLiteral("SELECT COUNT(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
}

} // namespace

QStringList BookMigration::tables()
{
    return { QStringLiteral("desk_settings"), QStringLiteral("provider_settings"), QStringLiteral("orders"),
        QStringLiteral("order_history"), QStringLiteral("activity_log"), QStringLiteral("payout_attempts"),
        QStringLiteral("ipn_received"), QStringLiteral("ipn_deliveries"), QStringLiteral("payout_limits"),
        QStringLiteral("blocked_recipients"), QStringLiteral("approvals"), QStringLiteral("webhook_nonces"),
        QStringLiteral("reconciliation_runs"), QStringLiteral("reconciliation_mismatches") };
    // In this order: the attempts go in before the limits, so the target's four-eyes check
    // (migration 11) does not judge payouts made long ago. A book's staff is not moved: one
    // desk has none (its OS user is the admin), and the target's first admin is its creator.
}

QByteArray BookMigration::digest(
    Database &database, const QString &table, const QStringList &columns, qint64 *rows, QString *error)
{
    QSqlQuery q;
    if (!database.exec(q, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table))) {
        if (error)
            *error = database.lastError();
        return {};
    }
    std::array<quint64, 4> sum {};
    qint64 n = 0;
    while (q.next()) {
        QByteArray row;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant v = q.value(i);
            row.append(v.isNull() ? QByteArrayLiteral("\x01NULL") : v.toString().toUtf8()).append('\x1f');
        }
        const QByteArray hash = QCryptographicHash::hash(row, QCryptographicHash::Sha256);
        for (int lane = 0; lane < 4; ++lane)
            sum[lane] += qFromBigEndian<quint64>(hash.constData() + lane * 8);
        ++n;
    }
    if (rows)
        *rows = n;
    QByteArray out;
    for (quint64 lane : sum)
        out.append(QByteArray::number(lane, 16).rightJustified(16, '0'));
    return out;
}

bool BookMigration::run(
    Database &source, Database &target, const Progress &progress, QList<Table> *report, QString *error)
{
    const auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QString migrationError;
    if (!Migrations::migrate(source, &migrationError) || !Migrations::migrate(target, &migrationError))
        return fail(migrationError);
    for (const QString &table : { QStringLiteral("orders"), QStringLiteral("desk_settings") }) {
        if (count(target, table) != 0)
            return fail(tr("The target database already holds an order book (its %1 table is not empty). "
                           "A move goes into an empty database only.")
                            .arg(table));
    }

    QList<Table> tables;
    QHash<QString, QStringList> columnsByTable;
    {
        Transaction transaction(target);
        if (!transaction.isActive())
            return fail(target.lastError());
        for (const QString &table : BookMigration::tables()) {
            const QStringList columns = columnsOf(source, table);
            const qint64 total = count(source, table);
            if (columns.isEmpty() || total < 0)
                return fail(tr("Cannot read the table %1: %2").arg(table, source.lastError()));
            // Many rows per INSERT: a round trip per row would make a large book slow to move.
            const int perInsert = std::max(1, int(30000 / columns.size()));
            QString row = QStringLiteral("(") + QStringList(columns.size(), QStringLiteral("?")).join(u',') + u')';
            QSqlQuery read;
            if (!source.exec(read, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
                return fail(source.lastError());
            QVariantList values;
            qint64 done = 0;
            const auto flush = [&]() {
                const int rows = int(values.size() / columns.size());
                if (rows == 0)
                    return true;
                QStringList placeholders(rows, row);
                if (!target.exec(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                     .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(u',')),
                        values))
                    return false;
                done += rows;
                values.clear();
                if (progress)
                    progress(table, done, total);
                return true;
            };
            while (read.next()) {
                for (int i = 0; i < columns.size(); ++i)
                    values << read.value(i);
                if (values.size() / columns.size() >= perInsert && !flush())
                    return fail(tr("Cannot copy %1: %2").arg(table, target.lastError()));
            }
            if (!flush())
                return fail(tr("Cannot copy %1: %2").arg(table, target.lastError()));
            if (columns.contains(QStringLiteral("id")) && table != QLatin1String("orders")
                && !target.exec(QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                               "COALESCE((SELECT MAX(id) FROM %1), 0) + 1, false)")
                                    .arg(table)))
                return fail(target.lastError()); // new rows continue after the moved ones
            tables.append({ table, total, 0, {}, {} });
            columnsByTable.insert(table, columns);
        }
        // The proof, read back inside the same transaction before it commits.
        for (Table &t : tables) {
            const QStringList columns = columnsByTable.value(t.name);
            QString digestError;
            t.sourceDigest = digest(source, t.name, columns, &t.sourceRows, &digestError);
            t.targetDigest = digest(target, t.name, columns, &t.targetRows, &digestError);
            if (!digestError.isEmpty())
                return fail(digestError);
        }
        if (report)
            *report = tables;
        for (const Table &t : tables) {
            if (!t.matches())
                return fail(tr("The copy of %1 does not match (%2 rows here, %3 there): nothing was moved.")
                                .arg(t.name)
                                .arg(t.sourceRows)
                                .arg(t.targetRows));
        }
        if (!transaction.commit())
            return fail(target.lastError());
    }
    return true;
}

} // namespace pd
