#include "TestBook.h"
#include "TestOrders.h"
#include "storage/ActivityLog.h"
#include "storage/DatabaseThread.h"
#include "storage/DeskSettings.h"
#include "storage/OrderQuery.h"
#include "storage/OrderStore.h"
#include "storage/Transaction.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace pd;
using S = OrderStatus;

class TestStorage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    int m_run = 0;

    OrderStore store() { return OrderStore(m_workspace->database()); }

    QList<HistoryEntry> arrivals(const QList<Order> &orders)
    {
        QList<HistoryEntry> list;
        for (const Order &o : orders)
            list << HistoryEntry::arrival(o.id, o.status, QStringLiteral("test"), QStringLiteral("arrived"));
        return list;
    }

    QList<qint64> uids(const QList<Order> &orders)
    {
        QList<qint64> list;
        for (const Order &o : orders)
            list << o.uid;
        return list;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_workspace = TestBook::open(m_dir.path() + QStringLiteral("/ws") + QString::number(++m_run), &error);
        QVERIFY2(m_workspace, qPrintable(error));
    }
    void cleanup() { m_workspace.reset(); }

    void walModeAndForeignKeys()
    {
        QSqlQuery q;
        // Whatever the engine: a history entry of an order that does not exist is refused.
        QVERIFY(!m_workspace->database().exec(QStringLiteral("INSERT INTO order_history (order_id, status, actor, at) "
                                                             "VALUES ('no-such-order', 'new', 'test', 0)")));
        if (m_workspace->database().dialect().kind() == SqlDialect::Kind::PostgreSQL)
            return; // PostgreSQL: no journal mode to choose, foreign keys always on (checked above)
        QVERIFY(m_workspace->database().exec(q, QStringLiteral("PRAGMA journal_mode")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(m_workspace->database().exec(q, QStringLiteral("PRAGMA foreign_keys")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void addReadBack()
    {
        OrderStore orders = store();
        const Order o = testorders::make(1);
        QString error;
        QVERIFY2(orders.add({ o }, arrivals({ o }), &error), qPrintable(error));
        const auto byId = orders.byId(o.id.toUpper());
        QVERIFY(byId);
        QCOMPARE(byId->uid, 1);
        QCOMPARE(byId->outAmount.toString(), QStringLiteral("317.420001"));
        QCOMPARE(byId->inAmount.toString(), QStringLiteral("2.5"));
        QCOMPARE(byId->toValues, o.toValues);
        QCOMPARE(byId->createdAt, o.createdAt);
        QCOMPARE(orders.find(QStringLiteral("1"))->id, o.id);
        QCOMPARE(orders.find(o.id)->uid, 1);
        QVERIFY(!orders.find(QStringLiteral("999")));
        const auto history = orders.history(o.id);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().actor, QStringLiteral("test"));
        QVERIFY(!history.first().oldStatus);
    }

    // A batch with one order that cannot be stored leaves the book as it was.
    void addIsAllOrNothing()
    {
        OrderStore orders = store();
        QVERIFY(orders.add({ testorders::make(1) }, arrivals({ testorders::make(1) }), nullptr));
        const QList<Order> batch = { testorders::make(2), testorders::make(3), testorders::make(1) };
        QString error;
        QVERIFY(!orders.add(batch, arrivals(batch), &error));
        QVERIFY(error.contains(QStringLiteral("UID 1")));
        QCOMPARE(orders.count({}), 1);
        QSqlQuery q;
        QVERIFY(m_workspace->database().exec(q, QStringLiteral("SELECT COUNT(*) FROM order_history")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void changeStatusLegalIllegalStale()
    {
        OrderStore orders = store();
        const Order o = testorders::make(7, S::InProgressPayout);
        QVERIFY(orders.add({ o }, arrivals({ o }), nullptr));
        HistoryEntry note;
        note.actor = QStringLiteral("olena");
        note.comment = QStringLiteral("paid by hand");
        QString error;
        QCOMPARE(orders.changeStatus(o.id, S::InProgressPayout, S::Done, note, &error), OrderStore::Change::Done);
        QCOMPARE(orders.byId(o.id)->status, S::Done);
        // The second desk still thinks the order is waiting: it loses, and nothing changes.
        QCOMPARE(
            orders.changeStatus(o.id, S::InProgressPayout, S::ErrorPayout, note, &error), OrderStore::Change::Stale);
        QCOMPARE(orders.byId(o.id)->status, S::Done);
        // done is final: the table refuses before the database is touched.
        QCOMPARE(orders.changeStatus(o.id, S::Done, S::InProgress, note, &error), OrderStore::Change::NotAllowed);
        QVERIFY(!error.isEmpty());
        const auto history = orders.history(o.id);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().oldStatus, std::optional<S>(S::InProgressPayout));
        QCOMPARE(history.last().status, S::Done);
        QCOMPARE(history.last().actor, QStringLiteral("olena"));
        QCOMPARE(history.last().comment, QStringLiteral("paid by hand"));
    }

    // The counts the orders page shows (on PostgreSQL kept per status by the book's triggers)
    // follow every add and status change exactly.
    void countsFollowEveryChange()
    {
        OrderStore orders = store();
        QList<Order> batch;
        for (int uid = 300; uid < 340; ++uid)
            batch << testorders::make(uid, uid % 2 ? S::InProgressPayout : S::New);
        QString error;
        QVERIFY2(orders.add(batch, arrivals(batch), &error), qPrintable(error));
        HistoryEntry note;
        note.actor = QStringLiteral("t");
        for (int i = 1; i < 20; i += 2)
            QCOMPARE(orders.changeStatus(batch.at(i).id, S::InProgressPayout, S::Done, note, &error),
                OrderStore::Change::Done);
        const auto counted = [this](const OrderFilter &filter) {
            const OrderQuery query(m_workspace->database().dialect(), filter);
            QSqlQuery q;
            return m_workspace->database().exec(q, query.countSql(), query.values()) && q.next()
                ? q.value(0).toLongLong()
                : -1;
        };
        const auto truth = [this](const QString &where) {
            QSqlQuery q;
            return m_workspace->database().exec(q, QStringLiteral("SELECT COUNT(*) FROM orders") + where) && q.next()
                ? q.value(0).toLongLong()
                : -2;
        };
        QCOMPARE(counted({}), truth(QString()));
        QCOMPARE(counted({}), 40);
        for (const S status : { S::New, S::InProgressPayout, S::Done }) {
            OrderFilter f;
            f.statuses = { status };
            QCOMPARE(counted(f), truth(QStringLiteral(" WHERE status = '%1'").arg(OrderStatuses::code(status))));
        }
        OrderFilter two;
        two.statuses = { S::New, S::Done };
        QCOMPARE(counted(two), 30);
    }

    void filters()
    {
        OrderStore orders = store();
        QList<Order> batch;
        for (int i = 1; i <= 30; ++i)
            batch << testorders::make(i, i % 3 == 0 ? S::Done : S::InProgressPayout,
                i % 2 ? QStringLiteral("USDTTRC20") : QStringLiteral("CARDUAH"));
        batch[4].toValues
            = { { QStringLiteral("card"), QStringLiteral("Card"), QStringLiteral("4149 6090 1234 5678") } };
        QVERIFY(orders.add(batch, arrivals(batch), nullptr));

        OrderFilter f;
        QCOMPARE(orders.count(f), 30);
        f.statuses = { S::Done };
        QCOMPARE(orders.count(f), 10);
        f.currency = QStringLiteral("CARDUAH");
        QCOMPARE(orders.count(f), 5); // 6, 12, 18, 24, 30
        f = {};
        f.currency = QStringLiteral("ETH");
        QCOMPARE(orders.count(f), 30); // xml_from side
        f = {};
        f.from = testorders::make(10).createdAt;
        f.to = testorders::make(20).createdAt;
        QCOMPARE(orders.count(f), 10); // [10, 20)
        f = {};
        f.search = QStringLiteral("17");
        QCOMPARE(uids(*orders.page(f, {}, 100, 0)), QList<qint64>({ 17 })); // a UID, and the end of a recipient
        f.search = QStringLiteral("6090 1234");
        QCOMPARE(uids(*orders.page(f, {}, 100, 0)), QList<qint64>({ 5 }));
        f.search = testorders::make(3).id.left(23).toUpper();
        QCOMPARE(orders.count(f), 15); // the ids of UIDs 1..15 (0x01..0x0f) start so, in any case
        f.search = QStringLiteral("100%_");
        QCOMPARE(orders.count(f), 0); // LIKE wildcards are taken literally
    }

    // The search's index of recipients (FTS5 trigrams on SQLite, pg_trgm on PostgreSQL) follows
    // every write of the book, and finds a card however its spaces and dashes were typed.
    void searchFollowsTheBook()
    {
        OrderStore orders = store();
        QList<Order> batch;
        for (int i = 1; i <= 3; ++i)
            batch << testorders::make(i);
        const auto recipient = [](const QString &value) {
            return QList<OrderValue> { { QStringLiteral("account"), QStringLiteral("Account"), value } };
        };
        batch[0].toValues = recipient(QStringLiteral("4149 6090 1234 5678"));
        batch[1].toValues = recipient(QStringLiteral("TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE"));
        batch[2].toValues = recipient(QStringLiteral("4149-7000-5555-0001"));
        QVERIFY(orders.add(batch, arrivals(batch), nullptr));
        const auto found = [this, &orders](const QString &search) {
            OrderFilter f;
            f.search = search;
            return uids(*orders.page(f, { OrderSortKey::Uid, false }, 100, 0));
        };
        QCOMPARE(found(QStringLiteral("6090 1234")), QList<qint64>({ 1 }));
        QCOMPARE(found(QStringLiteral("6090-1234")), QList<qint64>({ 1 }));
        QCOMPARE(found(QStringLiteral("60901234")), QList<qint64>({ 1 }));
        QCOMPARE(found(QStringLiteral("4149 7000 5555")), QList<qint64>({ 3 }));
        QCOMPARE(found(QStringLiteral("4149")), QList<qint64>({ 1, 3 }));
        QCOMPARE(found(QStringLiteral("khesljw1ch")), QList<qint64>({ 2 })); // in any case
        QCOMPARE(found(QStringLiteral("\"quoted\"")), QList<qint64>());

        // An update of the recipient, by whatever writes it: the index follows in the same statement.
        QVERIFY(m_workspace->database().exec(
            QStringLiteral("UPDATE orders SET recipient = ? WHERE uid = 2"), { QStringLiteral("TNewAddressOf2") }));
        QCOMPARE(found(QStringLiteral("khesljw1ch")), QList<qint64>());
        QCOMPARE(found(QStringLiteral("newaddressof")), QList<qint64>({ 2 }));
        QCOMPARE(orders.count([] {
            OrderFilter f;
            f.search = QStringLiteral("4149");
            return f;
        }()),
            2);
    }

    // Keyset pages and offset pages walk the same sequence, for every sort key and direction.
    void pagination_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<bool>("descending");
        for (int key = 0; key <= int(OrderSortKey::XmlTo); ++key) {
            QTest::addRow("key%d-desc", key) << key << true;
            QTest::addRow("key%d-asc", key) << key << false;
        }
    }
    void pagination()
    {
        QFETCH(int, key);
        QFETCH(bool, descending);
        OrderStore orders = store();
        QList<Order> batch;
        for (int i = 1; i <= 53; ++i) {
            // Many equal created_at / status values, so ties are broken by the id.
            Order o = testorders::make(i, OrderStatuses::all().at(i % 10),
                i % 2 ? QStringLiteral("BTC") : QStringLiteral("WMZ"), 1700000000000 - (i % 4) * 1000 - i * 1000);
            o.updatedAt = o.createdAt.addSecs(i % 5);
            batch << o;
        }
        QVERIFY(orders.add(batch, arrivals(batch), nullptr));
        const OrderSort sort { OrderSortKey(key), descending };
        const auto all = orders.page({}, sort, 1000, 0);
        QCOMPARE(all->size(), 53);
        QList<qint64> walked;
        std::optional<Order> last;
        for (;;) {
            const auto page = last ? orders.pageAfter({}, sort, *last, 7) : orders.page({}, sort, 7, 0);
            QVERIFY(page);
            walked << uids(*page);
            if (page->size() < 7)
                break;
            last = page->constLast();
        }
        QCOMPARE(walked, uids(*all));
        QCOMPARE(uids(*orders.page({}, sort, 5, 20)), uids(*all).mid(20, 5));
    }

    void activityLog()
    {
        ActivityLog log(m_workspace->database());
        QVERIFY(log.append(
            QStringLiteral("olena"), QStringLiteral("import"), QStringLiteral("a.csv"), QStringLiteral("3 orders")));
        QVERIFY(log.append(QStringLiteral("maksym"), QStringLiteral("settings"), QString(), QStringLiteral("changed")));
        const auto recent = log.recent(10);
        QCOMPARE(recent.size(), 2);
        QCOMPARE(recent.first().actor, QStringLiteral("maksym"));
        QCOMPARE(recent.last().subject, QStringLiteral("a.csv"));
    }

    // A Transaction inside another is a savepoint: the inner writes stand or fall with the outer.
    // The services' way in (DatabaseThread::ask): the work runs on the book's thread, the reply
    // finishes once, queued on the asking thread, with the value or the error; a reply deleted
    // while its work runs is never answered (nothing is posted to it).
    void bookThreadAsk()
    {
        DatabaseThread &thread = m_workspace->bookThread();
        QObject owner;
        auto *answer = thread.ask<QThread *>(DatabaseThread::Urgency::Later, &owner, [](Database &db, QString *error) {
            QSqlQuery q;
            if (!db.exec(q, QStringLiteral("SELECT COUNT(*) FROM orders")) || !q.next())
                *error = db.lastError();
            return QThread::currentThread();
        });
        auto *refused = thread.ask<int>(DatabaseThread::Urgency::Later, &owner, [](Database &db, QString *error) {
            if (!db.exec(QStringLiteral("SELECT * FROM no_such_table")))
                *error = db.lastError();
            return 7;
        });
        QVERIFY(!answer->isFinished() && !refused->isFinished()); // never from inside the call
        QSignalSpy answered(answer, &BookReply::finished), refusedAnswered(refused, &BookReply::finished);
        QTRY_COMPARE(refusedAnswered.size(), 1);
        QCOMPARE(answered.size(), 1); // in the order asked
        QVERIFY2(answer->ok(), qPrintable(answer->error()));
        QVERIFY(answer->value() != QThread::currentThread());
        QVERIFY(!refused->ok());
        QVERIFY2(refused->error().contains(QStringLiteral("no_such_table")), qPrintable(refused->error()));
        QCOMPARE(refused->value(), 7);

        for (int i = 0; i < 400; ++i) {
            auto *gone = thread.ask<int>(DatabaseThread::Urgency::Later, &owner, [](Database &, QString *) {
                QThread::usleep(20);
                return 1;
            });
            QThread::usleep(i % 40); // deleted before, while or after its work runs
            delete gone;
            if (i % 10 == 0)
                QCoreApplication::processEvents();
        }
        auto *last = thread.ask<int>(DatabaseThread::Urgency::Later, &owner, [](Database &, QString *) { return 2; });
        QSignalSpy lastAnswered(last, &BookReply::finished);
        QVERIFY(lastAnswered.wait(10000));
        QCOMPARE(last->value(), 2);
        QCoreApplication::processEvents(); // whatever else was posted is delivered now
    }

    // A thread whose connection cannot be opened (here: the book's folder was moved away, so
    // SQLite cannot open the file again) does not make its maker wait, and its work is done on
    // the maker's thread with the maker's connection, in the order asked.
    void bookThreadThatCannotOpenWorksOnTheCallersThread()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("book")));
        QString error;
        auto db
            = Database::openSqlite(dir.filePath(QStringLiteral("book/book.sqlite")), QStringLiteral("moved"), &error);
        QVERIFY2(db, qPrintable(error));
        QVERIFY(db->exec(QStringLiteral("CREATE TABLE t (n INTEGER)")));
        QVERIFY(QDir(dir.path()).rename(QStringLiteral("book"), QStringLiteral("moved")));
        {
            DatabaseThread thread(*db, QStringLiteral("cannot-open"));
            QObject owner;
            QList<BookAnswer<QThread *> *> answers;
            for (int n = 1; n <= 3; ++n) {
                answers << thread.ask<QThread *>(
                    DatabaseThread::Urgency::Later, &owner, [n](Database &db, QString *error) {
                        if (!db.exec(QStringLiteral("INSERT INTO t (n) VALUES (?)"), { n }))
                            *error = db.lastError();
                        return QThread::currentThread();
                    });
            }
            QSignalSpy last(answers.last(), &BookReply::finished);
            QVERIFY(last.wait(10000));
            for (auto *answer : answers) {
                QVERIFY2(answer->ok(), qPrintable(answer->error()));
                QCOMPARE(answer->value(), QThread::currentThread());
            }
            QVERIFY(!thread.failed().isEmpty());
        }
        QSqlQuery q;
        QVERIFY(db->exec(q, QStringLiteral("SELECT group_concat(n) FROM t")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1,2,3"));
    }

    void nestedTransactions()
    {
        Database &db = m_workspace->database();
        DeskSettings desk(db);
        ActivityLog log(db);
        {
            Transaction outer(db);
            QVERIFY(outer.isActive());
            QVERIFY(desk.setValue(QStringLiteral("test.a"), QStringLiteral("1"))); // its own Transaction, nested
            QVERIFY(log.append(
                QStringLiteral("olena"), QStringLiteral("settings"), QStringLiteral("test.a"), QStringLiteral("1")));
            QCOMPARE(db.transactionDepth(), 1);
        } // not committed: both roll back
        QCOMPARE(db.transactionDepth(), 0);
        QCOMPARE(desk.value(QStringLiteral("test.a"), QStringLiteral("none")), QStringLiteral("none"));
        QVERIFY(log.recent(10).isEmpty());
        {
            Transaction outer(db);
            QVERIFY(desk.setValue(QStringLiteral("test.a"), QStringLiteral("2")));
            {
                Transaction inner(db);
                QVERIFY(inner.isActive());
                QVERIFY(db.exec(QStringLiteral("INSERT INTO desk_settings (key, value) VALUES ('test.b', 'x')")));
            } // the inner one rolls back alone
            QVERIFY(outer.commit());
        }
        QCOMPARE(db.transactionDepth(), 0);
        QCOMPARE(desk.value(QStringLiteral("test.a")), QStringLiteral("2"));
        QCOMPARE(desk.value(QStringLiteral("test.b"), QStringLiteral("none")), QStringLiteral("none"));
        // And an ordinary transaction still works afterwards.
        QVERIFY(desk.setValue(QStringLiteral("test.a"), QStringLiteral("3")));
        QCOMPARE(desk.value(QStringLiteral("test.a")), QStringLiteral("3"));
    }

    // Two desk processes write to one workspace at once, one transaction per order, while
    // this process changes statuses: nothing is lost, nothing corrupted.
    void twoProcessesOneWorkspace()
    {
        const QString dir = m_workspace->dir();
        QProcess a, b;
        const QString self = QCoreApplication::applicationFilePath();
        a.start(self, { QStringLiteral("--writer"), dir, QStringLiteral("1000"), QStringLiteral("300") });
        b.start(self, { QStringLiteral("--writer"), dir, QStringLiteral("5000"), QStringLiteral("300") });
        QVERIFY(a.waitForStarted() && b.waitForStarted());
        QVERIFY(a.waitForFinished(120000) && b.waitForFinished(120000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        OrderStore orders = store();
        QCOMPARE(orders.count({}), 600);
        QSqlQuery q;
        QVERIFY(m_workspace->database().exec(
            q, QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT order_id) FROM order_history")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 900); // arrival + one status change each for 300 of them
        QCOMPARE(q.value(1).toInt(), 600);
        if (m_workspace->database().dialect().kind() == SqlDialect::Kind::SQLite) { // PostgreSQL checks its own pages
            QVERIFY(m_workspace->database().exec(q, QStringLiteral("PRAGMA integrity_check")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
    }
};

// A writer process for twoProcessesOneWorkspace: adds `count` orders from `first`, each in
// its own transaction; the writer starting at 1000 also moves each of its orders on.
static int writer(const QString &dir, int first, int count)
{
    QString error;
    auto workspace = TestBook::open(dir, &error);
    if (!workspace)
        return 10;
    OrderStore orders(workspace->database());
    for (int i = first; i < first + count; ++i) {
        const Order o = testorders::make(i);
        if (!orders.add({ o }, { HistoryEntry::arrival(o.id, o.status, QStringLiteral("w"), QString()) }, &error)) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 11;
        }
        HistoryEntry note;
        note.actor = QStringLiteral("w");
        if (first == 1000
            && orders.changeStatus(o.id, S::InProgressPayout, S::Done, note, &error) != OrderStore::Change::Done) {
            fprintf(stderr, "%s\n", qPrintable(error));
            return 12;
        }
    }
    return 0;
}

int main(int argc, char *argv[])
{
    if (argc == 5 && qstrcmp(argv[1], "--writer") == 0) {
        QCoreApplication app(argc, argv);
        return writer(QString::fromLocal8Bit(argv[2]), atoi(argv[3]), atoi(argv[4]));
    }
    QCoreApplication app(argc, argv);
    TestStorage test;
    return QTest::qExec(&test, argc, argv);
}

#include "test_storage.moc"
