// Issue 9, items 3 and 4 on PostgreSQL: what a staff member's login may do is PostgreSQL's to
// decide, not the window's. Each test signs in as a real login of the throwaway server and
// types SQL by hand, as a curious operator with psql would; the book must refuse it and stay
// exactly as it was.
#include "TestBook.h"
#include "TestOrders.h"

#include "domain/PayoutAttempt.h"
#include "storage/Approvals.h"
#include "storage/AttemptStore.h"
#include "storage/BookMigration.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/OrderStore.h"
#include "storage/PayoutLimits.h"
#include "storage/Staff.h"
#include "workspace/Workspace.h"

#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace pd;

class TestStaffRoles : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_owner; // the login that made the book: its first admin
    QString m_suffix;
    QString m_password = QStringLiteral("pd-role-test");
    QString m_orderId;

    QString login(const char *who) const { return QString::fromLatin1(who) + m_suffix; }

    // A connection as another login of the same server.
    std::unique_ptr<Database> as(const QString &who)
    {
        QUrl url = m_owner->database().url();
        url.setUserName(who);
        QString error;
        auto db = Database::openPostgres(
            url, m_password, QStringLiteral("as-") + who + QUuid::createUuid().toString(), &error);
        if (!db)
            qWarning() << error;
        return db;
    }

    // Everything an operator must not touch, as one digest per table.
    QMap<QString, QByteArray> guarded()
    {
        QMap<QString, QByteArray> digests;
        const QHash<QString, QStringList> tables = {
            { QStringLiteral("provider_settings"),
                { QStringLiteral("provider"), QStringLiteral("key"), QStringLiteral("value") } },
            { QStringLiteral("payout_limits"),
                { QStringLiteral("provider"), QStringLiteral("currency"), QStringLiteral("kind"),
                    QStringLiteral("value") } },
            { QStringLiteral("staff"), { QStringLiteral("login"), QStringLiteral("name"), QStringLiteral("role") } },
            { QStringLiteral("desk_settings"), { QStringLiteral("key"), QStringLiteral("value") } },
            { QStringLiteral("approvals"),
                { QStringLiteral("order_id"), QStringLiteral("attempt_no"), QStringLiteral("approver") } },
            { QStringLiteral("payout_attempts"),
                { QStringLiteral("id"), QStringLiteral("amount"), QStringLiteral("state") } },
            { QStringLiteral("activity_log"), { QStringLiteral("id"), QStringLiteral("message") } },
        };
        for (auto it = tables.begin(); it != tables.end(); ++it) {
            qint64 rows = 0;
            digests.insert(it.key(),
                BookMigration::digest(m_owner->database(), it.key(), it.value(), &rows, nullptr)
                    + QByteArray::number(rows));
        }
        return digests;
    }

    int count(const QString &sql)
    {
        QSqlQuery q;
        return m_owner->database().exec(q, sql) && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        if (!TestBook::onPostgres())
            QSKIP("PostgreSQL only: run as test_staff_roles under ctest (it starts the server)");
        QString error;
        m_owner = TestBook::open(m_dir.path(), &error);
        QVERIFY2(m_owner, qPrintable(error));
        QCOMPARE(m_owner->member().role, Staff::Role::Admin);
        // Logins are the server's, not the database's: unique names for this run.
        m_suffix = QStringLiteral("_") + m_owner->database().url().path().mid(1);
        Database &db = m_owner->database();
        for (const char *who : { "alice", "bob", "vera", "stranger" })
            QVERIFY2(db.exec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(login(who), m_password)),
                qPrintable(db.lastError()));
        Staff staff(db);
        QVERIFY2(staff.set({ login("alice"), QStringLiteral("Alice"), Staff::Role::Operator }, db.login(), &error),
            qPrintable(error));
        QVERIFY2(staff.set({ login("bob"), QStringLiteral("Bob"), Staff::Role::Operator }, db.login(), &error),
            qPrintable(error));
        QVERIFY2(staff.set({ login("vera"), QStringLiteral("Vera"), Staff::Role::Viewer }, db.login(), &error),
            qPrintable(error));
        QVERIFY(db.exec(QStringLiteral("INSERT INTO provider_settings (provider, key, value, updated_at) VALUES "
                                       "('sandbox', 'base_url', 'http://127.0.0.1:1', 0)")));
        QVERIFY(PayoutLimits(db).set({ QStringLiteral("sandbox"), QStringLiteral("USDTTRC20"),
                                         PayoutLimits::Kind::DayTotal, QStringLiteral("1000") },
            db.login(), &error));
        QVERIFY(PayoutLimits(db).set({ QString::fromLatin1(PayoutLimits::everyProvider), QStringLiteral("USDTTRC20"),
                                         PayoutLimits::Kind::SecondApproval, QStringLiteral("100") },
            db.login(), &error));
        const Order order = testorders::make(1); // 317.420001 USDTTRC20: above the threshold
        m_orderId = order.id;
        QVERIFY2(OrderStore(db).add({ order },
                     { HistoryEntry::arrival(order.id, order.status, QStringLiteral("ipn"), QString()) }, &error),
            qPrintable(error));
    }

    void signingInNeedsAPlaceOnTheStaff()
    {
        QString error;
        auto vera = as(login("vera"));
        QVERIFY(vera);
        const auto member = Staff(*vera).signedIn(&error);
        QVERIFY(member);
        QCOMPARE(member->role, Staff::Role::Viewer);
        QCOMPARE(member->name, QStringLiteral("Vera"));
        auto stranger = as(login("stranger"));
        QVERIFY(stranger);
        QVERIFY(!Staff(*stranger).signedIn(&error));
        QVERIFY2(error.contains(login("stranger")) && error.contains(QStringLiteral("staff")), qPrintable(error));
        // Nor can a stranger read the book: the grants are per staff member.
        QVERIFY(!stranger->exec(QStringLiteral("SELECT COUNT(*) FROM orders")));
    }

    // A book that needs upgrading is upgraded by its owner: a staff member's desk says so and
    // changes nothing.
    void onlyTheOwnerUpgradesTheBook()
    {
        Database &db = m_owner->database();
        // The newest step undone in the record: the book needs upgrading again.
        const QString latest = QString::number(Migrations::latestVersion());
        QVERIFY(
            db.exec(QStringLiteral("CREATE TABLE kept_migration AS SELECT * FROM schema_migrations WHERE version = ")
                + latest));
        QVERIFY(db.exec(QStringLiteral("DELETE FROM schema_migrations WHERE version = ") + latest));
        QString error;
        QVERIFY(!Migrations::migrate(*as(login("alice")), &error));
        QVERIFY2(error.contains(QStringLiteral("owner")) && error.contains(login("alice")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM schema_migrations WHERE version = ") + latest), 0);
        QVERIFY(db.exec(QStringLiteral("INSERT INTO schema_migrations SELECT * FROM kept_migration")));
        QVERIFY(db.exec(QStringLiteral("DROP TABLE kept_migration")));
    }

    // Acceptance 2: hand-written SQL with an operator's login changes no provider setting, limit,
    // staff member or setting, and cannot switch the locks off.
    void operatorCannotChangeWhatIsAdmins()
    {
        auto alice = as(login("alice"));
        QVERIFY(alice);
        const auto before = guarded();
        const QStringList refused = {
            QStringLiteral("UPDATE provider_settings SET value = 'http://evil.example' WHERE provider = 'sandbox'"),
            QStringLiteral("INSERT INTO provider_settings (provider, key, value, updated_at) VALUES ('whitebit', "
                           "'base_url', 'x', 0)"),
            QStringLiteral("DELETE FROM provider_settings"),
            QStringLiteral("UPDATE payout_limits SET value = '1000000000'"),
            QStringLiteral("DELETE FROM payout_limits WHERE kind = 'four_eyes'"),
            QStringLiteral("INSERT INTO payout_limits (provider, currency, kind, value, updated_at) VALUES ('sandbox', "
                           "'BTC', 'max', '99', 0)"),
            QStringLiteral("TRUNCATE payout_limits"),
            QStringLiteral("UPDATE staff SET role = 'admin' WHERE login = '%1'").arg(login("alice")),
            QStringLiteral(
                "INSERT INTO staff (login, name, role, added_by, added_at) VALUES ('%1', '', 'admin', 'x', 0)")
                .arg(login("stranger")),
            QStringLiteral("DELETE FROM staff"),
            QStringLiteral("UPDATE desk_settings SET value = 'x'"),
            QStringLiteral("SELECT payoutdesk_grant('%1', 'admin')").arg(login("alice")),
            QStringLiteral("SELECT payoutdesk_regrant()"),
            QStringLiteral("ALTER TABLE payout_attempts DISABLE TRIGGER payout_attempts_four_eyes"),
            QStringLiteral("DROP TRIGGER approvals_signed ON approvals"),
            QStringLiteral("SET session_replication_role = replica"),
            QStringLiteral("SET ROLE %1").arg(m_owner->database().login()),
            QStringLiteral("CREATE TABLE mine (a int)"),
            QStringLiteral("DELETE FROM activity_log"),
            QStringLiteral("UPDATE activity_log SET message = 'nothing happened'"),
        };
        for (const QString &sql : refused) {
            QVERIFY2(!alice->exec(sql), qPrintable(QStringLiteral("an operator's login ran: ") + sql));
            QVERIFY2(alice->lastError().contains(QStringLiteral("permission denied"))
                    || alice->lastError().contains(QStringLiteral("must be owner"))
                    || alice->lastError().contains(QStringLiteral("must be a member")),
                qPrintable(sql + QStringLiteral(" → ") + alice->lastError()));
        }
        QCOMPARE(guarded(), before);
        // What an operator does is still allowed: the locks are not a wall around everything.
        QVERIFY2(
            alice->exec(
                QStringLiteral(
                    "INSERT INTO activity_log (at, actor, kind, subject, message) VALUES (0, ?, 'note', '', 'looked')"),
                { login("alice") }),
            qPrintable(alice->lastError()));
        QVERIFY2(alice->exec(QStringLiteral("UPDATE orders SET updated_at = updated_at WHERE id = ?"), { m_orderId }),
            qPrintable(alice->lastError()));
    }

    // Acceptance 2, four eyes: nobody approves twice, nor in another's name, and no attempt above
    // the threshold is written without two people, however it is written.
    void oneApprovalPerPersonWhateverTheyType()
    {
        auto alice = as(login("alice"));
        auto bob = as(login("bob"));
        QVERIFY(alice && bob);
        const auto order = OrderStore(m_owner->database()).byId(m_orderId);
        QVERIFY(order);
        const QString recipient = QStringLiteral("[]");
        const QString approve = QStringLiteral(
            "INSERT INTO approvals (order_id, attempt_no, amount, recipient, approver, at) VALUES (?,?,?,?,?,0)");
        const QString attempt = QStringLiteral(
            "INSERT INTO payout_attempts (order_id, attempt_no, idempotency_key, provider, state, amount, "
            "currency, recipient, actor, created_at, updated_at) VALUES (?, 1, ?, 'sandbox', 'prepared', ?, "
            "'USDTTRC20', ?, ?, 0, 0)");
        const QString amount = order->outAmount.toString();
        QVERIFY2(
            alice->exec(approve, { m_orderId, 1, amount, recipient, login("alice") }), qPrintable(alice->lastError()));
        QVERIFY(!alice->exec(approve, { m_orderId, 1, amount, recipient, login("alice") }));
        QVERIFY2(alice->lastError().contains(QStringLiteral("duplicate key")), qPrintable(alice->lastError()));
        QVERIFY(!alice->exec(approve, { m_orderId, 1, amount, recipient, login("bob") }));
        QVERIFY2(alice->lastError().contains(QStringLiteral("signs it")), qPrintable(alice->lastError()));
        QVERIFY(!alice->exec(QStringLiteral("UPDATE approvals SET approver = ?"), { login("bob") }));
        QVERIFY(!alice->exec(QStringLiteral("DELETE FROM approvals")));
        // One approval is not enough for an attempt above the threshold, typed by hand or not.
        QVERIFY(!alice->exec(attempt, { m_orderId, QStringLiteral("hand-1"), amount, recipient, login("alice") }));
        QVERIFY2(alice->lastError().contains(QStringLiteral("four-eyes")), qPrintable(alice->lastError()));
        // Nor is a small attempt grown afterwards: an operator may not touch an attempt's amount.
        QVERIFY(!alice->exec(QStringLiteral("UPDATE payout_attempts SET amount = '1'")));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM approvals")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payout_attempts")), 0);
        // A viewer approves nothing.
        auto vera = as(login("vera"));
        QVERIFY(!vera->exec(approve, { m_orderId, 1, amount, recipient, login("vera") }));
        QVERIFY(!vera->exec(QStringLiteral("UPDATE orders SET status = 'success'")));
        // A second person: now the attempt may be written (and is rolled back here).
        QVERIFY2(bob->exec(approve, { m_orderId, 1, amount, recipient, login("bob") }), qPrintable(bob->lastError()));
        QVERIFY(bob->exec(QStringLiteral("BEGIN")));
        QVERIFY2(bob->exec(attempt, { m_orderId, QStringLiteral("hand-2"), amount, recipient, login("bob") }),
            qPrintable(bob->lastError()));
        QVERIFY(bob->exec(QStringLiteral("ROLLBACK")));
        QVERIFY(m_owner->database().exec(QStringLiteral("DELETE FROM approvals")));
    }

    // The same through the desk's own claim: the first approval waits, the same person again is
    // refused, a second person claims the payout, once.
    void theClaimAsksForASecondPerson()
    {
        auto alice = as(login("alice"));
        auto bob = as(login("bob"));
        QVERIFY(alice && bob);
        QString error;
        bool awaiting = false;
        QVERIFY(!AttemptStore(*alice).claim(m_orderId, QStringLiteral("sandbox"), login("alice"), QStringLiteral("[]"),
            &error, 0, std::nullopt, &awaiting));
        QVERIFY2(awaiting, qPrintable(error));
        awaiting = false;
        QVERIFY(!AttemptStore(*alice).claim(m_orderId, QStringLiteral("sandbox"), login("alice"), QStringLiteral("[]"),
            &error, 0, std::nullopt, &awaiting));
        QVERIFY(!awaiting);
        QVERIFY2(error.contains(QStringLiteral("already")), qPrintable(error));
        QCOMPARE(Approvals(m_owner->database()).waiting().value(m_orderId), QStringList { login("alice") });
        // The automation never gives an approval.
        QVERIFY(!AttemptStore(m_owner->database())
                     .claim(m_orderId, QStringLiteral("sandbox"), AttemptStore::automaticActor(), QStringLiteral("[]"),
                         &error));
        const auto attempt = AttemptStore(*bob).claim(
            m_orderId, QStringLiteral("sandbox"), login("bob"), QStringLiteral("[]"), &error);
        QVERIFY2(attempt, qPrintable(error));
        QVERIFY(!AttemptStore(*bob).claim(
            m_orderId, QStringLiteral("sandbox"), login("bob"), QStringLiteral("[]"), &error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payout_attempts")), 1);
        // Both approvals are in the order's history.
        int first = 0, second = 0;
        for (const HistoryEntry &h : OrderStore(m_owner->database()).history(m_orderId)) {
            first += h.actor == login("alice") && h.comment.contains(QStringLiteral("First approval"));
            second += h.actor == login("bob") && h.comment.contains(login("alice"));
        }
        QCOMPARE(first, 1);
        QCOMPARE(second, 1);
    }

    // The grants follow the staff table, and the book keeps an admin.
    void rolesFollowTheStaffTable()
    {
        Database &db = m_owner->database();
        Staff staff(db);
        QString error;
        auto alice = as(login("alice"));
        QVERIFY(staff.set({ login("alice"), QStringLiteral("Alice"), Staff::Role::Viewer }, db.login(), &error));
        QVERIFY(!alice->exec(QStringLiteral("UPDATE orders SET updated_at = updated_at")));
        QVERIFY(staff.set({ login("alice"), QStringLiteral("Alice"), Staff::Role::Admin }, db.login(), &error));
        QVERIFY2(alice->exec(QStringLiteral("UPDATE desk_settings SET value = value")), qPrintable(alice->lastError()));
        QVERIFY(staff.set({ login("alice"), QStringLiteral("Alice"), Staff::Role::Operator }, db.login(), &error));
        QVERIFY(!alice->exec(QStringLiteral("UPDATE desk_settings SET value = value")));
        // A login the server does not know is refused in its words, and nothing is kept.
        const int staffBefore = count(QStringLiteral("SELECT COUNT(*) FROM staff"));
        QVERIFY(
            !staff.set({ QStringLiteral("nobody") + m_suffix, QString(), Staff::Role::Operator }, db.login(), &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff")), staffBefore);
        // The last admin stays.
        QVERIFY(!staff.remove(db.login(), db.login(), &error));
        QVERIFY2(error.contains(QStringLiteral("admin")), qPrintable(error));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = 'admin'")), 1);
    }

    // The same staff from the command line, as an admin's script would keep it.
    void staffFromTheCommandLine()
    {
        const QString cli = qEnvironmentVariable("PAYOUTDESK_CLI");
        QVERIFY2(!cli.isEmpty(), "PAYOUTDESK_CLI is set by ctest");
        const QString book = m_owner->database().url().toString();
        const auto run = [&](const QStringList &words, QString *out) {
            QProcess p;
            p.start(cli,
                QStringList { QStringLiteral("--workspace"), m_dir.filePath(QStringLiteral("cli")),
                    QStringLiteral("--database"), book }
                    + words);
            p.waitForFinished(30000);
            *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
            return p.exitCode();
        };
        QString out;
        QCOMPARE(run({ QStringLiteral("staff"), QStringLiteral("set"), login("vera"), QStringLiteral("operator"),
                         QStringLiteral("Vera") },
                     &out),
            0);
        QCOMPARE(run({ QStringLiteral("staff"), QStringLiteral("list") }, &out), 0);
        QVERIFY2(out.contains(login("vera") + QStringLiteral("\toperator\tVera")), qPrintable(out));
        QVERIFY(run({ QStringLiteral("staff"), QStringLiteral("set"), QStringLiteral("ghost") + m_suffix,
                        QStringLiteral("admin") },
                    &out)
            != 0);
        QVERIFY2(out.contains(QStringLiteral("does not exist")), qPrintable(out));
        QVERIFY(
            run({ QStringLiteral("staff"), QStringLiteral("set"), login("vera"), QStringLiteral("boss") }, &out) != 0);
        QCOMPARE(run({ QStringLiteral("staff"), QStringLiteral("set"), login("vera"), QStringLiteral("viewer"),
                         QStringLiteral("Vera") },
                     &out),
            0);
    }

    void cleanupTestCase()
    {
        if (!m_owner)
            return;
        // The logins are the server's: drop them with what was granted to them.
        Database &db = m_owner->database();
        for (const char *who : { "alice", "bob", "vera", "stranger" }) {
            db.exec(QStringLiteral("DROP OWNED BY %1").arg(login(who)));
            db.exec(QStringLiteral("DROP ROLE %1").arg(login(who)));
        }
    }

    // The recipient-integrity issue, acceptance 5: what an operator's own login types by hand in
    // psql changes orders and payouts only as the desk would, and writes their history.
    void handTypedSqlFollowsTheDesksRules()
    {
        Database &db = m_owner->database();
        QString error;
        // A waiting order, a paid one with its paid attempt (written as the desk does).
        Order waiting = testorders::make(20, OrderStatus::InProgressPayout);
        waiting.outAmount = *Money::parse(u"1.03");
        Order paid = testorders::make(21, OrderStatus::Done);
        QVERIFY2(OrderStore(db).add({ waiting, paid },
                     { HistoryEntry::arrival(waiting.id, waiting.status, QStringLiteral("ipn"), QString()),
                         HistoryEntry::arrival(paid.id, paid.status, QStringLiteral("ipn"), QString()) },
                     &error),
            qPrintable(error));
        QVERIFY2(db.exec(QStringLiteral("INSERT INTO payout_attempts (order_id, attempt_no, idempotency_key, provider, "
                                        "state, amount, currency, recipient, actor, transaction_id, created_at, "
                                        "updated_at) VALUES (?, 1, ?, 'sandbox', 'paid', '50.00', 'USDTTRC20', "
                                        "'[]', 'ann', 'tx-real', 0, 0)"),
                     { paid.id, PayoutAttempt::keyFor(paid.id, 1) }),
            qPrintable(db.lastError()));
        const auto book = [&] {
            QSqlQuery q;
            QStringList rows;
            db.exec(q,
                QStringLiteral(
                    "SELECT o.id, o.status, o.out_amount, o.to_values, (SELECT COUNT(*) FROM order_history h "
                    "WHERE h.order_id = o.id) FROM orders o WHERE o.id IN (?, ?) ORDER BY o.id"),
                { waiting.id, paid.id });
            while (q.next())
                rows << q.value(0).toString() + u'|' + q.value(1).toString() + u'|' + q.value(2).toString() + u'|'
                        + q.value(3).toString() + u'|' + q.value(4).toString();
            db.exec(
                q, QStringLiteral("SELECT state, transaction_id FROM payout_attempts WHERE order_id = ?"), { paid.id });
            while (q.next())
                rows << q.value(0).toString() + u'|' + q.value(1).toString();
            return rows;
        };
        const QStringList before = book();
        auto alice = as(login("alice"));
        QVERIFY(alice);
        const QStringList refused = {
            // the recipient of an order waiting in the queue
            QStringLiteral("UPDATE orders SET to_values = '[{\"key\":\"address\",\"name\":\"W\",\"value\":"
                           "\"TEvil\"}]' WHERE id = '%1'")
                .arg(waiting.id),
            // its amount, and its status, without a word in its history
            QStringLiteral("UPDATE orders SET out_amount = '99999' WHERE id = '%1'").arg(waiting.id),
            QStringLiteral("UPDATE orders SET status = 'done' WHERE id = '%1'").arg(waiting.id),
            // a paid order back in the queue, even with a history row
            QStringLiteral("UPDATE orders SET status = 'inProgressPayout' WHERE id = '%1'").arg(paid.id),
            // a paid payout made unknown, or given a made-up reference
            QStringLiteral("UPDATE payout_attempts SET state = 'unknown' WHERE order_id = '%1'").arg(paid.id),
            QStringLiteral("UPDATE payout_attempts SET transaction_id = 'made-up' WHERE order_id = '%1'").arg(paid.id),
            // what a paid order paid
            QStringLiteral("UPDATE orders SET out_amount = '1.00' WHERE id = '%1'").arg(paid.id),
        };
        for (const QString &sql : refused) {
            QVERIFY2(!alice->exec(sql), qPrintable(QStringLiteral("an operator's login ran: ") + sql));
            QVERIFY2(alice->lastError().contains(QStringLiteral("history"))
                    || alice->lastError().contains(QStringLiteral("cannot move"))
                    || alice->lastError().contains(QStringLiteral("pinned"))
                    || alice->lastError().contains(QStringLiteral("final"))
                    || alice->lastError().contains(QStringLiteral("on its way or made")),
                qPrintable(sql + QStringLiteral(" → ") + alice->lastError()));
        }
        // Even with a history row the paid order does not go back.
        QVERIFY(alice->exec(QStringLiteral("BEGIN")));
        QVERIFY(alice->exec(QStringLiteral("INSERT INTO order_history (order_id, old_status, status, actor, at) "
                                           "VALUES (?, 'done', 'inProgressPayout', ?, 0)"),
            { paid.id, login("alice") }));
        QVERIFY(
            !alice->exec(QStringLiteral("UPDATE orders SET status = 'inProgressPayout' WHERE id = ?"), { paid.id }));
        alice->exec(QStringLiteral("ROLLBACK"));
        QCOMPARE(book(), before);

        // Where the desk allows a change, it goes through with its history, in one transaction.
        QVERIFY(alice->exec(QStringLiteral("BEGIN")));
        QVERIFY2(alice->exec(QStringLiteral("UPDATE orders SET status = 'hold' WHERE id = ?"), { waiting.id }),
            qPrintable(alice->lastError()));
        QVERIFY(alice->exec(QStringLiteral("INSERT INTO order_history (order_id, old_status, status, actor, comment, "
                                           "at) VALUES (?, 'inProgressPayout', 'hold', ?, 'checking', 0)"),
            { waiting.id, login("alice") }));
        QVERIFY2(alice->exec(QStringLiteral("COMMIT")), qPrintable(alice->lastError()));
        QCOMPARE(OrderStore(db).byId(waiting.id)->status, OrderStatus::Hold);
        // Not even the book's owner changes an order without its history.
        QVERIFY(!db.exec(QStringLiteral("UPDATE orders SET proposed_to_values = '[]', proposed_at = 1 WHERE id = ?"),
            { waiting.id }));
    }
};

QTEST_GUILESS_MAIN(TestStaffRoles)
#include "test_staff_roles.moc"
