#include "TestOrders.h"
#include "dashboard/DashboardFigures.h"
#include "storage/Database.h"
#include "storage/OrderStore.h"
#include "workspace/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The dashboard's figures on a seeded book, against values worked out by hand from the seed:
// days in the desk's zone (not UTC), the period's edges, outcomes per provider, and sums that
// a double would get wrong (0.1 + 0.2 with 18 decimals).
class TestDashboardFigures : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    const QDate today { 2026, 11, 20 };
    const QTimeZone kyiv { 3 * 3600 }; // UTC+3, so that UTC and the desk's days differ
    int m_attempt = 0;

    qint64 at(const QDate &day, int hour, int minute = 0) const
    {
        return QDateTime(day, QTime(hour, minute), Qt::UTC).toMSecsSinceEpoch();
    }

    void attempt(const QString &orderId, const QString &provider, const QString &state, const QString &amount,
        const QString &currency, qint64 when)
    {
        ++m_attempt;
        QVERIFY(m_workspace->database().exec(
            QStringLiteral(
                "INSERT INTO payout_attempts (order_id, attempt_no, idempotency_key, provider, state, amount, "
                "currency, actor, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)"),
            { orderId, m_attempt, QStringLiteral("pd-%1-%2").arg(orderId).arg(m_attempt), provider, state, amount,
                currency, QStringLiteral("tester"), when, when }));
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_workspace = Workspace::open(m_dir.path(), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        QList<Order> orders;
        QList<HistoryEntry> history;
        const QList<OrderStatus> statuses = { OrderStatus::Done, OrderStatus::Done, OrderStatus::Done,
            OrderStatus::InProgressPayout, OrderStatus::InProgressPayout, OrderStatus::ErrorPayout, OrderStatus::New };
        for (int i = 0; i < statuses.size(); ++i) {
            orders << testorders::make(i + 1, statuses.at(i));
            history << HistoryEntry::arrival(orders.last().id, statuses.at(i), QStringLiteral("tester"), QString());
        }
        QVERIFY2(OrderStore(m_workspace->database()).add(orders, history, &error), qPrintable(error));
        const QString a = orders.at(0).id, b = orders.at(1).id, c = orders.at(2).id;
        // Today in Kyiv: 0.1 + 0.2 USDT (18 decimals) and 0.00000001 BTC paid, one failed, one unknown, one sent.
        attempt(a, QStringLiteral("sandbox"), QStringLiteral("paid"), QStringLiteral("0.100000000000000000"),
            QStringLiteral("USDTTRC20"), at(today, 9));
        attempt(b, QStringLiteral("sandbox"), QStringLiteral("paid"), QStringLiteral("0.200000000000000000"),
            QStringLiteral("USDTTRC20"), at(today, 10));
        attempt(c, QStringLiteral("whitebit"), QStringLiteral("paid"), QStringLiteral("0.00000001"),
            QStringLiteral("BTC"), at(today, 11));
        attempt(a, QStringLiteral("sandbox"), QStringLiteral("failed"), QStringLiteral("5"),
            QStringLiteral("USDTTRC20"), at(today, 12));
        attempt(b, QStringLiteral("sandbox"), QStringLiteral("unknown"), QStringLiteral("5"),
            QStringLiteral("USDTTRC20"), at(today, 13));
        attempt(c, QStringLiteral("whitebit"), QStringLiteral("sent"), QStringLiteral("5"), QStringLiteral("BTC"),
            at(today, 14));
        // 22:30 UTC yesterday is 01:30 today in Kyiv: today.
        attempt(a, QStringLiteral("sandbox"), QStringLiteral("paid"), QStringLiteral("1"), QStringLiteral("USDTTRC20"),
            at(today.addDays(-1), 22, 30));
        // 22:30 UTC today is tomorrow in Kyiv: outside the period.
        attempt(b, QStringLiteral("sandbox"), QStringLiteral("paid"), QStringLiteral("7"), QStringLiteral("USDTTRC20"),
            at(today, 22, 30));
        // 29 days ago: the first day of a 30-day period; 30 days ago: outside.
        attempt(c, QStringLiteral("sandbox"), QStringLiteral("paid"), QStringLiteral("2"), QStringLiteral("USDTTRC20"),
            at(today.addDays(-29), 12));
        attempt(c, QStringLiteral("sandbox"), QStringLiteral("paid"), QStringLiteral("3"), QStringLiteral("USDTTRC20"),
            at(today.addDays(-30), 12));
    }

    void periodDaysAndSums()
    {
        QString error;
        const auto f = DashboardFigures::read(m_workspace->database(), today, 30, kyiv, &error);
        QVERIFY2(f, qPrintable(error));
        QCOMPARE(f->from, today.addDays(-29));
        QCOMPARE(f->to, today);

        // Paid in the period: 0.1, 0.2 and 1 (today in Kyiv) and 2 (first day) in USDT; 1e-8 BTC.
        QCOMPARE(f->paidCounts.value(QStringLiteral("USDTTRC20")), 4);
        QCOMPARE(f->paidCounts.value(QStringLiteral("BTC")), 1);
        QCOMPARE(f->paidSums.value(QStringLiteral("USDTTRC20")).toString(), QStringLiteral("3.300000000000000000"));
        QCOMPARE(f->paidSums.value(QStringLiteral("BTC")).toString(), QStringLiteral("0.00000001"));

        const QList<DashboardFigures::Day> byCurrency = {
            { today.addDays(-29), QStringLiteral("USDTTRC20"), 1 },
            { today, QStringLiteral("BTC"), 1 },
            { today, QStringLiteral("USDTTRC20"), 3 },
        };
        QCOMPARE(f->paidByCurrency.size(), byCurrency.size());
        for (int i = 0; i < byCurrency.size(); ++i) {
            QCOMPARE(f->paidByCurrency.at(i).day, byCurrency.at(i).day);
            QCOMPARE(f->paidByCurrency.at(i).key, byCurrency.at(i).key);
            QCOMPARE(f->paidByCurrency.at(i).count, byCurrency.at(i).count);
        }
        QCOMPARE(f->paidByProvider.size(), 3); // sandbox on the first day and today, whitebit today
        QCOMPARE(f->paidByProvider.last().key, QStringLiteral("whitebit"));
        QCOMPARE(f->paidByProvider.at(1).count, 3);
    }

    void outcomesAndStatuses()
    {
        const auto f = DashboardFigures::read(m_workspace->database(), today, 30, kyiv);
        QVERIFY(f);
        const auto sandbox = f->outcomes.value(QStringLiteral("sandbox"));
        QCOMPARE(sandbox.paid, 4);
        QCOMPARE(sandbox.failed, 1);
        QCOMPARE(sandbox.attention, 1);
        QCOMPARE(sandbox.pending, 0);
        const auto whitebit = f->outcomes.value(QStringLiteral("whitebit"));
        QCOMPARE(whitebit.paid, 1);
        QCOMPARE(whitebit.pending, 1);
        QCOMPARE(whitebit.total(), 2);

        QCOMPARE(f->ordersPerStatus.value(OrderStatus::Done), 3);
        QCOMPARE(f->ordersPerStatus.value(OrderStatus::InProgressPayout), 2);
        QCOMPARE(f->ordersPerStatus.value(OrderStatus::ErrorPayout), 1);
        QCOMPARE(f->ordersPerStatus.value(OrderStatus::New), 1);
        QVERIFY(!f->ordersPerStatus.contains(OrderStatus::Hold));
    }

    // A one-day period is today alone.
    void todayOnly()
    {
        const auto f = DashboardFigures::read(m_workspace->database(), today, 1, kyiv);
        QVERIFY(f);
        QCOMPARE(f->paidCounts.value(QStringLiteral("USDTTRC20")), 3);
        QCOMPARE(f->paidSums.value(QStringLiteral("USDTTRC20")).toString(), QStringLiteral("1.300000000000000000"));
    }
};

QTEST_GUILESS_MAIN(TestDashboardFigures)
#include "test_dashboard_figures.moc"
