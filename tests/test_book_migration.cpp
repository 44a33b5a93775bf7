#include "TestBook.h"
#include "TestOrders.h"
#include "domain/HistoryEntry.h"
#include "storage/ActivityLog.h"
#include "storage/AttemptStore.h"
#include "storage/BookMigration.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pd;

// Issue 8, acceptance 3: a 100,000-order SQLite workspace moved into an empty PostgreSQL
// database by `payoutdesk-cli book migrate`; every table's rows compared on both sides by
// this test's own reading (sorted rows, one SHA-256), not by the migration's own proof.
class TestBookMigration : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    const QUrl m_server { qEnvironmentVariable("PAYOUTDESK_TEST_POSTGRES") };

    int cli(const QStringList &args, QString *out)
    {
        QProcess p;
        p.start(qEnvironmentVariable("PAYOUTDESK_CLI"), args);
        p.waitForFinished(600000);
        *out = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::CrashExit ? -1 : p.exitCode();
    }

    // Every row of a table as text, sorted, hashed: independent of either engine's order.
    static std::pair<qint64, QByteArray> contents(Database &db, const QString &table, const QStringList &columns)
    {
        QSqlQuery q;
        if (!db.exec(q, QStringLiteral("SELECT %1 FROM %2").arg(columns.join(u','), table)))
            return { -1, {} };
        QList<QByteArray> rows;
        while (q.next()) {
            QByteArray row;
            for (int i = 0; i < columns.size(); ++i)
                row += (q.value(i).isNull() ? QByteArrayLiteral("<null>") : q.value(i).toString().toUtf8()) + '|';
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QByteArray &r : rows)
            hash.addData(QByteArray(r).append('\n'));
        return { rows.size(), hash.result().toHex() };
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_server.isValid() && !m_server.isEmpty(),
            "runs against the test PostgreSQL server (ctest's postgres fixture)");
        QVERIFY(!qEnvironmentVariable("PAYOUTDESK_CLI").isEmpty());
    }

    void hundredThousandOrdersMoveAndMatch()
    {
        const QString dir = m_dir.filePath(QStringLiteral("desk"));
        QString error;
        {
            auto workspace = Workspace::open(dir, &error);
            QVERIFY2(workspace, qPrintable(error));
            OrderStore store(workspace->database());
            const OrderStatus statuses[]
                = { OrderStatus::InProgressPayout, OrderStatus::Done, OrderStatus::New, OrderStatus::Returned };
            for (int batch = 0; batch < 100; ++batch) {
                QList<Order> orders;
                QList<HistoryEntry> history;
                for (int i = 1; i <= 1000; ++i) {
                    const qint64 uid = batch * 1000 + i;
                    Order o = testorders::make(
                        uid, statuses[uid % 4], uid % 3 ? QStringLiteral("USDTTRC20") : QStringLiteral("CARDUAH"));
                    o.outAmount = *Money::parse(
                        QStringLiteral("%1.%2").arg(uid % 9000 + 10).arg(uid % 100, 2, 10, QLatin1Char('0')));
                    orders << o;
                    history << HistoryEntry::arrival(
                        o.id, o.status, QStringLiteral("import"), QStringLiteral("Заявка №%1 / «тест»").arg(uid));
                }
                QVERIFY2(store.add(orders, history, &error), qPrintable(error));
            }
            // Payout attempts, activity, settings: every table has rows.
            AttemptStore attempts(workspace->database());
            for (qint64 uid = 4; uid <= 2000; uid += 4) {
                const QString id = testorders::make(uid).id;
                QVERIFY2(attempts.claim(
                             id, QStringLiteral("sandbox"), QStringLiteral("tester"), QStringLiteral("TQr…"), &error),
                    qPrintable(error));
            }
            ActivityLog log(workspace->database());
            for (int i = 0; i < 300; ++i)
                QVERIFY(log.append(QStringLiteral("tester"), QStringLiteral("test"), QString::number(i),
                    QStringLiteral("entry %1").arg(i)));
            QVERIFY(workspace->database().exec(
                QStringLiteral("INSERT INTO ipn_received (checksum, order_id, status, sent_at, received_at) "
                               "VALUES ('c0ffee', ?, 'done', 1, 2), ('beef', ?, 'new', 3, 4)"),
                { testorders::make(1).id, testorders::make(2).id }));
            QVERIFY(workspace->database().exec(
                QStringLiteral("INSERT INTO ipn_deliveries (order_id, status, sent_at, state, updated_at) "
                               "VALUES (?, 'done', 5, 'delivered', 6)"),
                { testorders::make(3).id }));
            QVERIFY(workspace->database().exec(
                QStringLiteral("INSERT INTO blocked_recipients (value, reason, added_by, added_at) "
                               "VALUES ('4111111111111111', 'chargebacks', 'admin', 8)")));
            QVERIFY(workspace->database().exec(
                QStringLiteral("INSERT INTO payout_limits (provider, currency, kind, value, updated_at) "
                               "VALUES ('sandbox', 'USDTTRC20', 'day_total', '1000.00', 7), "
                               "('*', 'USDTTRC20', 'four_eyes', '100', 9)")));
            // Two people's approvals of one large payout, given on this desk by two OS users:
            // moved as they are (the target's owner may write approvals in others' names).
            QVERIFY(workspace->database().exec(
                QStringLiteral("INSERT INTO approvals (order_id, attempt_no, amount, recipient, approver, at) "
                               "VALUES (?, 2, '317.420001', '[]', 'ann', 10), (?, 2, '317.420001', '[]', 'ben', 11)"),
                { testorders::make(4).id, testorders::make(4).id }));
            QVERIFY(workspace->database().exec(
                QStringLiteral("INSERT INTO provider_settings (provider, key, value, updated_at) VALUES "
                               "('sandbox', 'apiUrl', 'http://127.0.0.1:8899', 1), ('sandbox', 'enabled', '1', 2)")));
            QVERIFY(workspace->database().exec(
                QStringLiteral("INSERT INTO webhook_nonces (provider, nonce, received_at) VALUES "
                               "('whitebit', 1764800000001, 12), ('whitebit', 1764800000002, 13)")));
            // A reconciliation run and its mismatch, one open and one resolved.
            QVERIFY(workspace->database().exec(
                QStringLiteral("INSERT INTO reconciliation_runs (id, provider, period_from, period_to, ran_at, actor, "
                               "rows_read, matched, mismatched, settled) VALUES (1, 'sandbox', 0, 86399999, 14, "
                               "'ann', 6, 5, 2, 0)")));
            QVERIFY(workspace->database().exec(
                QStringLiteral("INSERT INTO reconciliation_mismatches (run_id, provider, kind, mkey, order_id, "
                               "attempt_id, desk_side, provider_side, found_at, resolved_at, resolved_by, comment) "
                               "VALUES (1, 'sandbox', 'not_in_desk', 'tx_9', '', 0, '', '7.77 USDT to T…', 15, 0, "
                               "'', ''), (1, 'sandbox', 'not_at_provider', 'pd-x-1', 'x', 1, '12.50 …', '', 15, 16, "
                               "'ben', 'booked again by the provider')")));
        }

        const QUrl target = TestBook::freshDatabase();
        QString out;
        QElapsedTimer timer;
        timer.start();
        const int code = cli({ QStringLiteral("book"), QStringLiteral("migrate"), target.toString(),
                                 QStringLiteral("--workspace"), dir },
            &out);
        QVERIFY2(code == 0, qPrintable(out));
        qInfo().noquote() << "moved in" << timer.elapsed() << "ms:\n" << out;
        QCOMPARE(out.count(QStringLiteral("\tmatch")), BookMigration::tables().size());
        QCOMPARE(Workspace::bookUrl(dir), target);

        // Our own comparison, table by table.
        auto sqlite
            = Database::openSqlite(dir + QStringLiteral("/payoutdesk.sqlite"), QStringLiteral("check-sqlite"), &error);
        auto postgres = Database::openPostgres(target, QString(), QStringLiteral("check-pg"), &error);
        QVERIFY2(sqlite && postgres, qPrintable(error));
        for (const QString &table : BookMigration::tables()) {
            QStringList columns;
            const QSqlRecord record = sqlite->connection().record(table);
            for (int i = 0; i < record.count(); ++i)
                columns << record.fieldName(i);
            const auto here = contents(*sqlite, table, columns);
            const auto there = contents(*postgres, table, columns);
            QVERIFY2(here.first > 0, qPrintable(table + QStringLiteral(" is empty: the test should fill it")));
            QCOMPARE(there.first, here.first);
            QCOMPARE(there.second, here.second);
        }
        postgres.reset();
        sqlite.reset();

        // The workspace now opens on PostgreSQL, and new rows continue after the moved ones.
        auto moved = Workspace::open(dir, &error);
        QVERIFY2(moved, qPrintable(error));
        QCOMPARE(moved->database().dialect().kind(), SqlDialect::Kind::PostgreSQL);
        OrderStore store(moved->database());
        const Order extra = testorders::make(100001);
        QVERIFY2(store.add({ extra }, { HistoryEntry::arrival(extra.id, extra.status, QStringLiteral("t"), QString()) },
                     &error),
            qPrintable(error));
        QSqlQuery q;
        QVERIFY(moved->database().exec(q, QStringLiteral("SELECT COUNT(*) FROM orders")) && q.next());
        QCOMPARE(q.value(0).toLongLong(), 100001);
        moved.reset();

        // One way, into an empty database only: a second move into it is refused, nothing written.
        const QString other = m_dir.filePath(QStringLiteral("other"));
        {
            auto second = Workspace::open(other, &error);
            QVERIFY(second);
            const Order o = testorders::make(5);
            QVERIFY(OrderStore(second->database())
                        .add({ o }, { HistoryEntry::arrival(o.id, o.status, QStringLiteral("t"), QString()) }, &error));
        }
        QCOMPARE(cli({ QStringLiteral("book"), QStringLiteral("migrate"), target.toString(),
                         QStringLiteral("--workspace"), other },
                     &out),
            1);
        QVERIFY2(out.contains(QStringLiteral("not empty")), qPrintable(out));
        QVERIFY(Workspace::bookUrl(other).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBookMigration)
#include "test_book_migration.moc"
