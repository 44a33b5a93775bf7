#include "contract/CurrencyRegistry.h"
#include "domain/Order.h"
#include "payouts/Reconciler.h"

#include <QJsonDocument>
#include <QTest>

using namespace pd;
using State = PayoutAttempt::State;
using Row = PayoutStatus::State;
using Kind = Mismatch::Kind;

// The reconciler's comparison (Reconciler::compare) on its own, case by case: what matches,
// what each kind of mismatch is, and what is not one.
class TestReconcileRules : public QObject {
    Q_OBJECT

    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();
    const QDateTime m_from = QDateTime(QDate(2026, 12, 3), QTime(0, 0), Qt::UTC);
    const QDateTime m_to = QDateTime(QDate(2026, 12, 3), QTime(23, 59, 59, 999), Qt::UTC);
    const QString m_address = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");

    PayoutAttempt attempt(int n, const char *amount, State state = State::Paid) const
    {
        PayoutAttempt a;
        a.id = n;
        a.orderId = QStringLiteral("65f0000000000000000000%1").arg(n, 2, 10, QLatin1Char('0'));
        a.number = 1;
        a.key = PayoutAttempt::keyFor(a.orderId, 1);
        a.provider = QStringLiteral("sandbox");
        a.state = state;
        a.amount = *Money::parse(QString::fromLatin1(amount));
        a.currency = QStringLiteral("USDTTRC20");
        a.recipient = QString::fromUtf8(QJsonDocument(
            Order::valuesToJson({ { QStringLiteral("address"), QStringLiteral("Wallet"),
                m_address } })).toJson(QJsonDocument::Compact));
        a.createdAt = m_from.addSecs(3600 * n);
        return a;
    }

    StatementRow row(const PayoutAttempt &a, Row state = Row::Paid) const
    {
        StatementRow r;
        r.transaction = QStringLiteral("tx_%1").arg(a.id);
        r.reference = a.key;
        r.amount = a.amount;
        r.currency = QStringLiteral("USDT");
        r.destination = m_address;
        r.state = state;
        r.providerStatus = state == Row::Paid ? QStringLiteral("DONE") : QStringLiteral("CANCELED");
        r.time = a.createdAt.addSecs(5);
        return r;
    }

    QList<Kind> kinds(const Reconciler::Comparison &c) const
    {
        QList<Kind> list;
        for (const Mismatch &m : c.mismatches)
            list << m.kind;
        return list;
    }

private slots:
    void sameOnBothSidesMatches()
    {
        const PayoutAttempt a = attempt(1, "10.50");
        const auto c = Reconciler::compare({ row(a) }, { a }, m_from, m_to, m_currencies);
        QCOMPARE(c.matched, 1);
        QVERIFY(c.mismatches.isEmpty());
    }

    // Each field that differs is its own mismatch, keyed by the attempt.
    void otherAmountCurrencyDestination()
    {
        const PayoutAttempt a = attempt(1, "10.50"), b = attempt(2, "11.50"), d = attempt(3, "12.50");
        StatementRow ra = row(a), rb = row(b), rd = row(d);
        ra.amount = *Money::parse(u"10.49");
        rb.currency = QStringLiteral("BTC");
        rd.destination = QStringLiteral("TJRabPrwbZy45sbavfcjinPJC18kjpRTv8");
        const auto c = Reconciler::compare({ ra, rb, rd }, { a, b, d }, m_from, m_to, m_currencies);
        QCOMPARE(c.matched, 0);
        QCOMPARE(kinds(c), QList<Kind>({ Kind::Amount, Kind::Currency, Kind::Destination }));
        QCOMPARE(c.mismatches.at(0).key, a.key);
        QVERIFY(c.mismatches.at(0).deskSide.contains(QStringLiteral("10.50")));
        QVERIFY(c.mismatches.at(0).providerSide.contains(QStringLiteral("10.49")));
    }

    // Paid on one side and failed on the other, either way round.
    void outcomesThatDisagree()
    {
        const PayoutAttempt paid = attempt(1, "10.50"), failed = attempt(2, "11.50", State::Failed);
        const auto c = Reconciler::compare(
            { row(paid, Row::Failed), row(failed, Row::Paid) }, { paid, failed }, m_from, m_to, m_currencies);
        QCOMPARE(kinds(c), QList<Kind>({ Kind::Status, Kind::Status }));
    }

    // Unknown or pending in the desk and final at the provider: settled through the engine, no mismatch.
    void openAttemptsAreHandedToTheEngine()
    {
        const PayoutAttempt unknown = attempt(1, "10.50", State::Unknown),
                            pending = attempt(2, "11.50", State::Pending);
        const auto c = Reconciler::compare(
            { row(unknown), row(pending, Row::Failed) }, { unknown, pending }, m_from, m_to, m_currencies);
        QVERIFY(c.mismatches.isEmpty());
        QCOMPARE(c.toSettle.size(), 2);
    }

    // Where the provider keeps no reference: matched by amount, currency, address and time;
    // one more of the same is a second payout of that order.
    void withoutReferences()
    {
        const PayoutAttempt a = attempt(1, "10.50"), b = attempt(2, "11.50");
        StatementRow ra = row(a), rb = row(b), twice = row(b);
        ra.reference.clear();
        rb.reference.clear();
        twice.reference.clear();
        twice.transaction = QStringLiteral("tx_99");
        const auto c = Reconciler::compare({ ra, rb, twice }, { a, b }, m_from, m_to, m_currencies);
        QCOMPARE(c.matched, 2);
        QCOMPARE(kinds(c), QList<Kind>({ Kind::MoreThanOne }));
        QCOMPARE(c.mismatches.first().orderId, b.orderId);
        // Too far apart in time to be the same payout: made outside the desk.
        StatementRow late = ra;
        late.time = a.createdAt.addSecs(3 * 3600);
        const auto apart = Reconciler::compare({ late }, { a }, m_from, m_to, m_currencies);
        QCOMPARE(kinds(apart), QList<Kind>({ Kind::NotInDesk, Kind::NotAtProvider }));
    }

    // What left nothing, and what belongs to the next or last period, is not reported here.
    void notMismatches()
    {
        const PayoutAttempt a = attempt(1, "10.50");
        StatementRow canceled = row(a, Row::Failed);
        canceled.reference.clear();
        canceled.amount = *Money::parse(u"3.00");
        StatementRow yesterday = row(a);
        yesterday.reference.clear();
        yesterday.transaction = QStringLiteral("tx_old");
        yesterday.amount = *Money::parse(u"4.00");
        yesterday.time = m_from.addSecs(-600);
        const PayoutAttempt failed = attempt(2, "11.50", State::Failed);
        const auto c = Reconciler::compare({ row(a), canceled, yesterday }, { a, failed }, m_from, m_to, m_currencies);
        QCOMPARE(c.matched, 1);
        QVERIFY2(c.mismatches.isEmpty(), qPrintable(c.mismatches.value(0).providerSide));
    }
};

QTEST_GUILESS_MAIN(TestReconcileRules)
#include "test_reconcile_rules.moc"
