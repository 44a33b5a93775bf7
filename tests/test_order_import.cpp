#include "TestOrders.h"
#include "contract/CurrencyRegistry.h"
#include "export/CsvWriter.h"
#include "import/OrderImporter.h"
#include "import/OrderRecord.h"
#include "storage/ActivityLog.h"
#include "storage/OrderStore.h"
#include "workspace/Workspace.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

class TestOrderImport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;
    std::unique_ptr<Workspace> m_workspace;
    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();

    static QByteArray csvOf(const QList<Order> &orders)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer);
        csv.writeRow(OrderRecord::fieldNames());
        for (const Order &o : orders)
            csv.writeRow(OrderRecord::toFields(o), { 3, 4 });
        return buffer.data();
    }

    static QList<Order> sample(int count)
    {
        QList<Order> list;
        for (int i = 1; i <= count; ++i) {
            Order o = testorders::make(i);
            o.partner = i == 2 ? QStringLiteral("two\nlines") : QStringLiteral("partner, \"quoted\"");
            o.toValues << OrderValue { QStringLiteral("name"), QStringLiteral("Ім'я"),
                i == 2 ? QStringLiteral("Олена Коваленко") : QStringLiteral("=HYPERLINK(\"x\")") };
            list << o;
        }
        return list;
    }

    bool importInto(const QByteArray &data, OrderImporter &importer)
    {
        OrderStore store(m_workspace->database());
        ActivityLog log(m_workspace->database());
        return importer.check(data, QStringLiteral("orders.file"), store)
            && importer.import(store, log, QStringLiteral("tester"), nullptr);
    }

    qint64 count() { return OrderStore(m_workspace->database()).count({}); }

private slots:
    void init()
    {
        QString error;
        m_workspace = Workspace::open(m_dir.filePath(QString::number(++m_run)), &error);
        QVERIFY2(m_workspace, qPrintable(error));
    }
    void cleanup() { m_workspace.reset(); }

    // What `orders list --format csv` writes, `orders import` reads back identically:
    // commas, quotes, a newline and Cyrillic inside cells, and the history says where from.
    void csvRoundTrip()
    {
        const QList<Order> orders = sample(5);
        OrderImporter importer(m_currencies);
        QVERIFY(importInto(csvOf(orders), importer));
        QCOMPARE(count(), 5);
        OrderStore store(m_workspace->database());
        for (const Order &o : orders) {
            const auto back = store.byId(o.id);
            QVERIFY(back);
            QCOMPARE(OrderRecord::toFields(*back), OrderRecord::toFields(o));
        }
        QCOMPARE(store.history(orders.first().id).first().comment, QStringLiteral("Imported from orders.file"));
        QCOMPARE(ActivityLog(m_workspace->database()).recent(1).first().kind, QStringLiteral("import"));
    }

    void jsonArrayRoundTrip()
    {
        QJsonArray array;
        for (const Order &o : sample(3))
            array.append(OrderRecord::toJson(o));
        OrderImporter importer(m_currencies);
        QVERIFY(importInto(QJsonDocument(array).toJson(QJsonDocument::Indented), importer));
        QCOMPARE(count(), 3);
    }

    // One bad row at line 500 of 600: nothing is imported, and line 500 is named. A quoted
    // cell spanning two lines earlier in the file must not throw the count off.
    void csvBadRowAtLine500()
    {
        QList<Order> orders = sample(599);
        QByteArray data = csvOf(orders); // header on line 1, order 2 spans lines 3-4
        QList<QByteArray> lines = data.split('\n');
        // Line 500 holds order 498 (1-based lines: header, order 1, order 2 on two lines, ...).
        QVERIFY(lines[499].contains(testorders::make(498).id.toLatin1()));
        lines[499].replace("317.420001", "317,42");
        data = lines.join('\n');
        OrderImporter importer(m_currencies);
        QVERIFY(!importInto(data, importer));
        QCOMPARE(importer.problems().size(), 1);
        QCOMPARE(importer.problems().first().line, 500);
        QCOMPARE(count(), 0);
    }

    void jsonBadElementLines()
    {
        QJsonArray array;
        for (const Order &o : sample(4))
            array.append(OrderRecord::toJson(o));
        QByteArray data = QJsonDocument(array).toJson(QJsonDocument::Indented);
        data.replace("\"status\": \"inProgressPayout\"", "\"status\": \"paid\"");
        OrderImporter importer(m_currencies);
        QVERIFY(!importInto(data, importer));
        QCOMPARE(importer.problems().size(), 4);
        // Each element is an object of 12 fields and a toValues array: their start lines.
        const QList<QByteArray> lines = data.split('\n');
        for (const auto &problem : importer.problems()) {
            QCOMPARE(lines.at(problem.line - 1).trimmed(), QByteArray("{"));
            QVERIFY(problem.message.contains(QStringLiteral("paid")));
        }
        QCOMPARE(count(), 0);
    }

    void jsonLines()
    {
        QByteArray data;
        for (const Order &o : sample(3))
            data += QJsonDocument(OrderRecord::toJson(o)).toJson(QJsonDocument::Compact) + '\n';
        data.replace(QByteArray("\"inAmount\":\"2.5\""), QByteArray("\"inAmount\":2.5"));
        OrderImporter importer(m_currencies);
        QVERIFY(!importInto(data, importer));
        QSet<int> lines;
        for (const auto &problem : importer.problems())
            lines.insert(problem.line);
        QCOMPARE(lines, QSet<int>({ 1, 2, 3 }));
        QVERIFY(importer.problems().first().message.contains(QStringLiteral("exact")));
    }

    void malformedInput_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("line");
        const QByteArray header = OrderRecord::fieldNames().join(u',').toUtf8();
        QTest::addRow("empty") << QByteArray() << 1;
        QTest::addRow("broken json") << QByteArray("[\n{\"id\": 1,\n") << 3;
        QTest::addRow("unterminated quote") << header + "\n\"abc,1\n" << 2;
        QTest::addRow("unknown column") << QByteArray("id,uid,colour\n65a000000000000000000001,1,red\n") << 2;
        QTest::addRow("too few fields") << header + "\na,b\n" << 2;
        QTest::addRow("zone-less time") << header
                + "\n65a000000000000000000001,1,done,1,1,BTC,WMZ,[],,,2026-01-01T10:00:00,\n"
                                        << 2;
    }
    void malformedInput()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, line);
        OrderImporter importer(m_currencies);
        QVERIFY(!importInto(data, importer));
        QVERIFY(!importer.problems().isEmpty());
        QCOMPARE(importer.problems().first().line, line);
        QCOMPARE(count(), 0);
    }

    // The IPN's intake cases, through import: the same rules refuse the same orders, with the
    // reason, and nothing at all is imported.
    void intakeRulesAsForAnIpn_data()
    {
        QTest::addColumn<QString>("outAmount");
        QTest::addColumn<QString>("xmlTo");
        QTest::addColumn<QByteArray>("recipient"); // raw bytes of the wallet in the file
        QTest::addColumn<QString>("reason");
        const QByteArray wallet = "Z123456789012";
        QTest::addRow("amount -1") << QStringLiteral("-1") << QStringLiteral("WMZ") << wallet
                                   << QStringLiteral("not positive");
        QTest::addRow("amount 0") << QStringLiteral("0") << QStringLiteral("WMZ") << wallet
                                  << QStringLiteral("not positive");
        QTest::addRow("amount -0.00") << QStringLiteral("-0.00") << QStringLiteral("WMZ") << wallet
                                      << QStringLiteral("not positive");
        QTest::addRow("40 decimals") << QStringLiteral("1.") + QString(39, u'0') + u'1' << QStringLiteral("WMZ")
                                     << wallet << QString();
        QTest::addRow("0.123 of WMZ") << QStringLiteral("0.123") << QStringLiteral("WMZ") << wallet
                                      << QStringLiteral("more decimals");
        QTest::addRow("above the maximum")
            << QStringLiteral("10000000000") << QStringLiteral("WMZ") << wallet << QStringLiteral("maximum");
        QTest::addRow("a formula as the currency") << QStringLiteral("317.42") << QStringLiteral("=HYPERLINK(x)")
                                                   << wallet << QStringLiteral("not a known XML code");
        QTest::addRow("recipient not UTF-8") << QStringLiteral("317.42") << QStringLiteral("WMZ")
                                             << QByteArray("Z1234\xff\xfe"
                                                           "9012")
                                             << QStringLiteral("UTF-8");
        QTest::addRow("NUL in the recipient") << QStringLiteral("317.42") << QStringLiteral("WMZ")
                                              << QByteArray("Z123\\u0000456") << QStringLiteral("control character");
    }
    void intakeRulesAsForAnIpn()
    {
        QFETCH(QString, outAmount);
        QFETCH(QString, xmlTo);
        QFETCH(QByteArray, recipient);
        QFETCH(QString, reason);
        QByteArray json = "[{\"id\":\"65a000000000000000000001\",\"uid\":\"1\",\"status\":\"inProgressPayout\","
                          "\"inAmount\":\"2\",\"outAmount\":\""
            + outAmount.toUtf8() + "\",\"xml_from\":\"ETH\",\"xml_to\":\"" + xmlTo.toUtf8()
            + "\",\"toValues\":[{\"key\":\"wallet\",\"name\":\"W\",\"value\":\"" + recipient
            + "\"}],\"createdAt\":\"2026-11-01T10:00:00Z\"}]";
        OrderImporter importer(m_currencies);
        QVERIFY(!importInto(json, importer));
        QVERIFY(!importer.problems().isEmpty());
        QString all;
        for (const auto &p : importer.problems())
            all += p.message + u' ';
        QVERIFY2(all.contains(reason), qPrintable(all));
        QCOMPARE(count(), 0);
    }

    void duplicates()
    {
        OrderImporter first(m_currencies);
        QVERIFY(importInto(csvOf(sample(2)), first));
        OrderImporter again(m_currencies);
        QVERIFY(!importInto(csvOf(sample(3)), again));
        QCOMPARE(again.problems().size(), 2); // orders 1 and 2 are already in the book
        QVERIFY(again.problems().first().message.contains(QStringLiteral("already")));
        QCOMPARE(count(), 2);

        QList<Order> twice = { testorders::make(10), testorders::make(10) };
        OrderImporter inFile(m_currencies);
        QVERIFY(!importInto(csvOf(twice), inFile));
        QVERIFY(inFile.problems().first().message.contains(QStringLiteral("twice")));
    }

    void semicolonsAndBom()
    {
        QByteArray data = csvOf(sample(2));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter csv(&buffer, ';');
        csv.writeByteOrderMark();
        csv.writeRow(OrderRecord::fieldNames());
        for (const Order &o : sample(2))
            csv.writeRow(OrderRecord::toFields(o), { 3, 4 });
        OrderImporter importer(m_currencies);
        QVERIFY(importInto(buffer.data(), importer));
        QCOMPARE(count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestOrderImport)
#include "test_order_import.moc"
