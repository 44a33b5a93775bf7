#include "TestOrders.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/OrderStore.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestMigrations : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;

    std::unique_ptr<Database> freshFile()
    {
        QString error;
        ++m_run;
        auto db = Database::openSqlite(
            m_dir.filePath(QStringLiteral("book%1.sqlite").arg(m_run)), QStringLiteral("c%1").arg(m_run), &error);
        if (!db)
            qWarning() << error;
        return db;
    }

    static QStringList tables(Database &db)
    {
        QStringList list = db.connection().tables();
        list.removeAll(QStringLiteral("sqlite_sequence"));
        // FTS5's own tables behind the search index (migration 14).
        for (const QString &shadow : { QStringLiteral("orders_search_config"), QStringLiteral("orders_search_data"),
                 QStringLiteral("orders_search_idx") })
            list.removeAll(shadow);
        list.sort();
        return list;
    }

    static int rows(Database &db, const QString &table)
    {
        QSqlQuery q;
        if (!db.exec(q, QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private slots:
    void stepsAreNumberedInOrder()
    {
        int expected = 1;
        for (const auto &step : Migrations::steps()) {
            QCOMPARE(step.version, expected++);
            QVERIFY(!step.description.isEmpty());
            QVERIFY(!step.statements.isEmpty());
        }
    }

    void fromAnEmptyFile()
    {
        auto db = freshFile();
        QVERIFY(db);
        QString error;
        QCOMPARE(Migrations::currentVersion(*db, &error), 0);
        QVERIFY2(Migrations::migrate(*db, &error), qPrintable(error));
        QCOMPARE(Migrations::currentVersion(*db, &error), Migrations::latestVersion());
        QCOMPARE(tables(*db),
            QStringList({ QStringLiteral("activity_log"), QStringLiteral("approvals"),
                QStringLiteral("blocked_recipients"), QStringLiteral("desk_settings"), QStringLiteral("ipn_deliveries"),
                QStringLiteral("ipn_received"), QStringLiteral("order_history"), QStringLiteral("orders"),
                QStringLiteral("orders_search"), QStringLiteral("payout_attempts"), QStringLiteral("payout_limits"),
                QStringLiteral("provider_settings"), QStringLiteral("reconciliation_mismatches"),
                QStringLiteral("reconciliation_runs"), QStringLiteral("schema_migrations"), QStringLiteral("staff"),
                QStringLiteral("webhook_nonces") }));
        // Running again changes nothing.
        QVERIFY(Migrations::migrate(*db, &error));
        QCOMPARE(rows(*db, QStringLiteral("schema_migrations")), Migrations::latestVersion());
    }

    // A book left at every earlier version, with orders in it, reaches the latest with its
    // orders and history intact.
    void fromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Migrations::latestVersion(); ++v)
            QTest::addRow("v%d", v) << v;
    }
    void fromEveryEarlierVersion()
    {
        QFETCH(int, version);
        auto db = freshFile();
        QString error;
        QVERIFY2(Migrations::migrate(*db, &error, version), qPrintable(error));
        QCOMPARE(Migrations::currentVersion(*db, &error), version);
        // Write rows with plain SQL of that version: the store may need later columns.
        for (int uid = 1; uid <= 3; ++uid) {
            const Order o = testorders::make(uid);
            QVERIFY(
                db->exec(QStringLiteral("INSERT INTO orders (id, uid, status, in_amount, out_amount, xml_from, xml_to, "
                                        "recipient, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
                    { o.id, o.uid, QStringLiteral("inProgressPayout"), QStringLiteral("2.5"),
                        QStringLiteral("0.000000000000000001"), o.xmlFrom, o.xmlTo,
                        QStringLiteral("5168 7420 0000 %1").arg(uid, 4, 10, QChar(u'0')),
                        o.createdAt.toMSecsSinceEpoch(), o.createdAt.toMSecsSinceEpoch() }));
            QVERIFY(db->exec(QStringLiteral("INSERT INTO order_history (order_id, status, actor, at) VALUES (?,?,?,?)"),
                { o.id, QStringLiteral("inProgressPayout"), QStringLiteral("old"), 1 }));
        }
        QVERIFY2(Migrations::migrate(*db, &error), qPrintable(error));
        QCOMPARE(Migrations::currentVersion(*db, &error), Migrations::latestVersion());
        OrderStore store(*db);
        QCOMPARE(store.count({}), 3);
        QCOMPARE(store.byUid(2)->outAmount.toString(), QStringLiteral("0.000000000000000001"));
        QCOMPARE(store.history(testorders::make(2).id).size(), 1);
        QCOMPARE(tables(*db).size(), 17);
        // The orders written before the search index existed are in it.
        OrderFilter card;
        card.search = QStringLiteral("74200000 0002");
        QCOMPARE(store.count(card), 1);
        card.search = QStringLiteral("7420");
        QCOMPARE(store.count(card), 3);
        // Orders from before the merchant protocol have no secret, IPN URL or status time.
        QCOMPARE(store.byUid(2)->secret, QString());
        QCOMPARE(store.byUid(2)->statusAt, 0);
    }

    void refusesANewerBook()
    {
        auto db = freshFile();
        QString error;
        QVERIFY(Migrations::migrate(*db, &error));
        QVERIFY(db->exec(QStringLiteral("INSERT INTO schema_migrations VALUES (?, 'from the future', 0)"),
            { Migrations::latestVersion() + 1 }));
        QVERIFY(!Migrations::migrate(*db, &error));
        QVERIFY2(error.contains(QStringLiteral("newer")), qPrintable(error));
    }

    // Two desks opening one new workspace at the same moment migrate it once.
    void twoDesksStartTogether()
    {
        const QString cli = qEnvironmentVariable("PAYOUTDESK_CLI");
        QVERIFY2(QFile::exists(cli), "PAYOUTDESK_CLI must name payoutdesk-cli (set by CTest)");
        const QString dir = m_dir.filePath(QStringLiteral("together"));
        QList<QProcess *> desks;
        for (int i = 0; i < 4; ++i) {
            auto *p = new QProcess(this);
            p->start(cli,
                { QStringLiteral("--workspace"), dir, QStringLiteral("--create"), QStringLiteral("orders"),
                    QStringLiteral("list") });
            desks << p;
        }
        for (QProcess *p : desks) {
            QVERIFY(p->waitForFinished(60000));
            QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        }
        QString error;
        auto db = Database::openSqlite(dir + QStringLiteral("/payoutdesk.sqlite"), QStringLiteral("together"), &error);
        QCOMPARE(rows(*db, QStringLiteral("schema_migrations")), Migrations::latestVersion());
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "test_migrations.moc"
