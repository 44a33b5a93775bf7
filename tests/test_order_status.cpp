#include "contract/CurrencyRegistry.h"
#include "domain/Order.h"
#include "domain/OrderStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace pd;
using S = OrderStatus;

// The transition table as docs/DESIGN.md writes it down. The test holds its own copy so that a
// change to the code's table is a visible, deliberate change here too.
static const QHash<QString, QStringList> designTable = {
    { QStringLiteral("new"),
        { QStringLiteral("waitPayment"), QStringLiteral("inProgress"), QStringLiteral("errorPayment"),
            QStringLiteral("hold"), QStringLiteral("deleted") } },
    { QStringLiteral("waitPayment"),
        { QStringLiteral("inProgress"), QStringLiteral("inProgressPayout"), QStringLiteral("errorPayment"),
            QStringLiteral("hold"), QStringLiteral("deleted") } },
    { QStringLiteral("errorPayment"),
        { QStringLiteral("waitPayment"), QStringLiteral("inProgress"), QStringLiteral("hold"),
            QStringLiteral("returned"), QStringLiteral("deleted") } },
    { QStringLiteral("inProgress"),
        { QStringLiteral("inProgressPayout"), QStringLiteral("errorPayment"), QStringLiteral("hold"),
            QStringLiteral("done"), QStringLiteral("returned"), QStringLiteral("deleted") } },
    { QStringLiteral("inProgressPayout"),
        { QStringLiteral("done"), QStringLiteral("errorPayout"), QStringLiteral("hold"), QStringLiteral("returned") } },
    { QStringLiteral("errorPayout"),
        { QStringLiteral("inProgressPayout"), QStringLiteral("done"), QStringLiteral("hold"),
            QStringLiteral("returned") } },
    { QStringLiteral("hold"),
        { QStringLiteral("inProgress"), QStringLiteral("inProgressPayout"), QStringLiteral("errorPayout"),
            QStringLiteral("done"), QStringLiteral("returned"), QStringLiteral("deleted") } },
    { QStringLiteral("done"), {} },
    { QStringLiteral("returned"), {} },
    { QStringLiteral("deleted"), {} },
};

class TestOrderStatus : public QObject {
    Q_OBJECT
private slots:
    void tenStatusesWithSpecCodes()
    {
        const QStringList spec = { QStringLiteral("new"), QStringLiteral("waitPayment"), QStringLiteral("errorPayment"),
            QStringLiteral("inProgress"), QStringLiteral("inProgressPayout"), QStringLiteral("errorPayout"),
            QStringLiteral("hold"), QStringLiteral("done"), QStringLiteral("returned"), QStringLiteral("deleted") };
        QCOMPARE(OrderStatuses::all().size(), 10);
        QStringList codes;
        for (S s : OrderStatuses::all()) {
            codes << OrderStatuses::code(s);
            QCOMPARE(OrderStatuses::fromCode(OrderStatuses::code(s)), std::optional<S>(s));
            QVERIFY(!OrderStatuses::title(s).isEmpty());
        }
        QCOMPARE(codes, spec);
        QVERIFY(!OrderStatuses::fromCode(u"inprogress"));
        QVERIFY(!OrderStatuses::fromCode(u""));
        QVERIFY(!OrderStatuses::fromCode(u"paid"));
    }

    // Every one of the 100 (from, to) pairs: legal exactly when the design's table says so.
    void everyTransition_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<bool>("legal");
        for (S from : OrderStatuses::all()) {
            for (S to : OrderStatuses::all()) {
                const bool legal = designTable.value(OrderStatuses::code(from)).contains(OrderStatuses::code(to));
                QTest::addRow("%s->%s", qPrintable(OrderStatuses::code(from)), qPrintable(OrderStatuses::code(to)))
                    << int(from) << int(to) << legal;
            }
        }
    }
    void everyTransition()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(bool, legal);
        QCOMPARE(OrderStatuses::canMove(S(from), S(to)), legal);
        QCOMPARE(OrderStatuses::nextStatuses(S(from)).contains(S(to)), legal);
    }

    void finalStatuses()
    {
        for (S s : OrderStatuses::all())
            QCOMPARE(OrderStatuses::isFinal(s), s == S::Done || s == S::Returned || s == S::Deleted);
        for (S s : OrderStatuses::all())
            QVERIFY2(!OrderStatuses::canMove(s, s), "a status never follows itself");
    }

    void objectIds()
    {
        QVERIFY(Order::isObjectId(u"5d8e6002b80b7b4cd75a6424"));
        QVERIFY(Order::isObjectId(u"5D8E6002B80B7B4CD75A6424"));
        QVERIFY(!Order::isObjectId(u"5d8e6002b80b7b4cd75a642"));
        QVERIFY(!Order::isObjectId(u"5d8e6002b80b7b4cd75a6424a"));
        QVERIFY(!Order::isObjectId(u"5d8e6002b80b7b4cd75a642g"));
        const QDateTime at = QDateTime::fromSecsSinceEpoch(1571328406, Qt::UTC);
        const QString id = Order::newObjectId(at);
        QVERIFY(Order::isObjectId(id));
        QVERIFY(id.startsWith(QStringLiteral("5da89196")));
        QVERIFY(Order::newObjectId(at) != id);
    }

    void orderProblems()
    {
        const CurrencyRegistry currencies = CurrencyRegistry::builtIn();
        Order o;
        o.id = QStringLiteral("5d8e6002b80b7b4cd75a6424");
        o.uid = 42;
        o.inAmount = *Money::parse(u"2");
        o.outAmount = *Money::parse(u"317.42");
        o.xmlFrom = QStringLiteral("ETH");
        o.xmlTo = QStringLiteral("WMZ");
        o.createdAt = QDateTime::currentDateTimeUtc();
        QCOMPARE(o.problems(currencies), QStringList());

        Order bad = o;
        bad.outAmount = *Money::parse(u"317.421"); // WMZ has two decimals
        QCOMPARE(bad.problems(currencies).size(), 1);
        bad = o;
        bad.xmlTo = QStringLiteral("NOPE");
        QVERIFY(bad.problems(currencies).first().contains(QStringLiteral("NOPE")));
        bad = o;
        bad.id = QStringLiteral("xyz");
        bad.uid = 0;
        bad.inAmount = *Money::parse(u"-1");
        QCOMPARE(bad.problems(currencies).size(), 3);
    }

    void recipient()
    {
        Order o;
        o.toValues = { { QStringLiteral("name"), QStringLiteral("Name"), QStringLiteral("Олена") },
            { QStringLiteral("card"), QStringLiteral("Card number"), QStringLiteral("4111111111111111") } };
        QCOMPARE(o.recipient(), QStringLiteral("4111111111111111"));
        o.toValues = { { QStringLiteral("memo"), QStringLiteral("Memo"), QStringLiteral("123") } };
        QCOMPARE(o.recipient(), QStringLiteral("123"));
        QCOMPARE(Order::valuesFromJson(Order::valuesToJson(o.toValues)), o.toValues);
    }

    // A site that sends a number where a text is meant: its digits, all of them.
    void detailsSentAsJsonNumbers()
    {
        const auto values = Order::valuesFromJson(QJsonDocument::fromJson(
            R"([{"key":"card","name":"Card","value":4111111111111111},{"key":"phone","name":"Phone","value":380501234567},
                {"key":"tag","name":"Tag","value":1.5},{"key":"ok","name":"Ok","value":true},{"key":"none","name":"None","value":null}])")
                                                      .array());
        QCOMPARE(values.size(), 5);
        QCOMPARE(values.at(0).value, QStringLiteral("4111111111111111"));
        QCOMPARE(values.at(1).value, QStringLiteral("380501234567"));
        QCOMPARE(values.at(2).value, QStringLiteral("1.5"));
        QCOMPARE(values.at(3).value, QStringLiteral("true"));
        QCOMPARE(values.at(4).value, QString());
    }
};

QTEST_GUILESS_MAIN(TestOrderStatus)
#include "test_order_status.moc"
