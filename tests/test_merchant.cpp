#include "FakeExchangeSite.h"
#include "TestBook.h"
#include "listener/DeskListener.h"
#include "listener/IpnRoute.h"
#include "merchant/IpnDeliveries.h"
#include "merchant/IpnSender.h"
#include "merchant/OrderCreator.h"
#include "secrets/SecretStore.h"
#include "storage/Database.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "workspace/Workspace.h"

#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;

// The merchant protocol end to end against a fake exchange site on 127.0.0.1: the desk creates
// orders through public/exchanger/order/create, the site's IPNs reach the desk's listener, and
// the desk's own status changes go out as IPNs to the order's IPN URL, signed with its secret.
class TestMerchant : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_run = 0;
    const QString m_route = QStringLiteral("64a0000000000000000000aa");
    const QString m_token = QStringLiteral("site-token-123");
    const QString m_deskSecret = QStringLiteral("desk-ipn-secret-0123456789");
    std::unique_ptr<FakeExchangeSite> m_site;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<DeskListener> m_listener;
    std::unique_ptr<IpnRoute> m_ipn;
    QNetworkAccessManager m_network;
    std::unique_ptr<IpnSender> m_sender;
    std::unique_ptr<OrderCreator> m_creator;

    void keep(const QString &owner, const QString &key, const QString &secret)
    {
        SecretJob *job = secret.isEmpty() ? m_secrets->remove(owner, key) : m_secrets->write(owner, key, secret);
        QVERIFY(QSignalSpy(job, &SecretJob::finished).wait(20000));
    }

    ExchangeSiteClient::NewOrder request(const QString &ipnUrl, const QString &ipnSecret)
    {
        ExchangeSiteClient::NewOrder o;
        o.routeId = m_route;
        o.partner = QStringLiteral("desk");
        o.amount = QStringLiteral("0.015");
        o.fromValues = { { QStringLiteral("email"), QStringLiteral("client@example.com") } };
        o.toValues = { { QStringLiteral("address"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") } };
        o.routeValues = { { QStringLiteral("64a0000000000000000000bb"), QStringLiteral("fast") } };
        o.lang = QStringLiteral("en");
        o.agreement = true;
        o.hideOutData = true;
        o.clientCallbackUrl = QStringLiteral("https://shop.example/back");
        o.ipnUrl = ipnUrl;
        o.ipnSecret = ipnSecret;
        return o;
    }

    std::optional<Order> create(const ExchangeSiteClient::NewOrder &o, QString *error)
    {
        std::optional<Order> result;
        bool finished = false;
        m_creator->create(o, QStringLiteral("alice"), [&](std::optional<Order> created, const QString &why) {
            result = created;
            *error = why;
            finished = true;
        });
        if (!QTest::qWaitFor([&finished] { return finished; }, 20000))
            *error = QStringLiteral("no answer within 20 s");
        return result;
    }

    QList<QVariantList> deliveries(const QString &orderId)
    {
        QSqlQuery q;
        m_workspace->database().exec(q,
            QStringLiteral(
                "SELECT status, state, tries, http_status, error FROM ipn_deliveries WHERE order_id = ? ORDER BY id"),
            { orderId });
        QList<QVariantList> rows;
        while (q.next())
            rows << QVariantList { q.value(0), q.value(1), q.value(2), q.value(3), q.value(4) };
        return rows;
    }

private slots:
    void init()
    {
        m_site = std::make_unique<FakeExchangeSite>(m_token);
        m_site->addRoute(
            m_route, { QStringLiteral("BTC"), QStringLiteral("USDTTRC20"), *Money::parse(u"64000.123"), 6 });
        QVERIFY(m_site->listen());
        QString error;
        m_workspace = TestBook::open(m_dir.filePath(QString::number(++m_run)), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        DeskSettings(m_workspace->database())
            .setValue(QString::fromLatin1(ExchangeSiteClient::apiUrlSetting), m_site->baseUrl().toString());
        m_secrets = std::make_unique<SecretStore>(m_workspace->id());
        keep(ExchangeSiteClient::secretOwner(), ExchangeSiteClient::secretKey(), m_token);
        keep(IpnRoute::secretOwner(), IpnRoute::secretKey(), m_deskSecret);
        m_listener = std::make_unique<DeskListener>();
        m_ipn = std::make_unique<IpnRoute>(*m_listener, m_workspace->database(), *m_secrets);
        QVERIFY(m_listener->listen(QHostAddress::LocalHost, 0, &error));
        m_sender = std::make_unique<IpnSender>(m_workspace->database(), *m_secrets, m_network);
        m_creator = std::make_unique<OrderCreator>(m_workspace->database(), *m_secrets, m_network);
    }
    void cleanup()
    {
        m_creator.reset();
        m_sender.reset();
        m_ipn.reset();
        m_listener.reset();
        m_secrets.reset();
        m_workspace.reset();
        m_site.reset();
    }

    // The recipient-integrity issue, point 3, through order creation: what the site answers
    // enters the book by the same rules as an IPN or an import, and what they refuse is not
    // stored (the site's order is named, so staff can cancel it there).
    void siteAnswersWhatTheBookRefuses_data()
    {
        QTest::addColumn<QString>("xmlTo");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("reason");
        QTest::newRow("0.123 of WMZ (2 decimals)")
            << QStringLiteral("WMZ") << QStringLiteral("8.2") << 3 << QStringLiteral("more decimals");
        QTest::newRow("amount 0") << QStringLiteral("WMZ") << QStringLiteral("0") << 2
                                  << QStringLiteral("not positive");
        QTest::newRow("above the book's maximum")
            << QStringLiteral("WMZ") << QStringLiteral("100000000000000") << 2 << QStringLiteral("maximum");
        QTest::newRow("a formula as the currency")
            << QStringLiteral("=HYPERLINK(x)") << QStringLiteral("8.2") << 2 << QStringLiteral("not a known XML code");
    }
    void siteAnswersWhatTheBookRefuses()
    {
        QFETCH(QString, xmlTo);
        QFETCH(QString, rate);
        QFETCH(int, precision);
        QFETCH(QString, reason);
        const QString route = QStringLiteral("64a0000000000000000000cc");
        m_site->addRoute(route, { QStringLiteral("BTC"), xmlTo, *Money::parse(rate), precision });
        ExchangeSiteClient::NewOrder o = request(QString(), QString());
        o.routeId = route;
        QString error;
        QVERIFY(!create(o, &error));
        QVERIFY2(error.contains(QStringLiteral("refuses")) && error.contains(reason), qPrintable(error));
        QCOMPARE(m_site->orders().size(), 1); // the site made it; the desk did not store it
        QCOMPARE(OrderStore(m_workspace->database()).count({}), 0);
    }

    // Every parameter of the specification reaches the site; the order is stored with its UID
    // and secret; then the site's IPN moves it into the payout queue.
    void createThenTheSitesIpnArrives()
    {
        const QString deskIpn = QStringLiteral("http://127.0.0.1:%1/ipn").arg(m_listener->port());
        QString error;
        const auto order = create(request(deskIpn, m_deskSecret), &error);
        QVERIFY2(order, qPrintable(error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(m_site->orders().size(), 1);
        const FakeExchangeSite::SiteOrder sent = m_site->orders().first();
        QCOMPARE(sent.partner, QStringLiteral("desk"));
        QCOMPARE(sent.lang, QStringLiteral("en"));
        QVERIFY(sent.hideOutData);
        QCOMPARE(sent.clientCallbackUrl, QStringLiteral("https://shop.example/back"));
        QCOMPARE(sent.ipnUrl, deskIpn);
        QCOMPARE(sent.ipnSecret, m_deskSecret);
        QCOMPARE(sent.fromValues.first().second, QStringLiteral("client@example.com"));
        QCOMPARE(sent.routeValues.first().second, QStringLiteral("fast"));

        OrderStore orders(m_workspace->database());
        const auto stored = orders.byId(order->id);
        QVERIFY(stored);
        QCOMPARE(stored->uid, sent.order.uid);
        QCOMPARE(stored->secret, sent.order.secret);
        QCOMPARE(stored->ipnUrl, deskIpn);
        QCOMPARE(stored->outAmount.toString(), QStringLiteral("960.001845")); // 0.015 × 64000.123, USDT's 6 decimals
        QCOMPARE(orders.history(order->id).first().actor, QStringLiteral("alice"));

        // As a site moves it: the client is shown the payment page, pays, and the payout is due.
        // (A status the transition table does not allow after the order's own is not applied.)
        for (const QString &status : { QStringLiteral("waitPayment"), QStringLiteral("inProgressPayout") }) {
            int answered = 0;
            m_site->setStatus(stored->uid, status, [&answered](int code) { answered = code; });
            QTRY_COMPARE_WITH_TIMEOUT(answered, 200, 20000);
        }
        QCOMPARE(orders.byId(order->id)->status, OrderStatus::InProgressPayout);
        // The site's IPN is not the desk's change: nothing goes back out.
        QCOMPARE(deliveries(order->id).size(), 0);
    }

    // The desk changes the status of an order created with a merchant's IPN URL: one IPN goes
    // out, signed with that order's secret, and its delivery is on the order.
    void deskChangeGoesOutOnce()
    {
        const QString shop = m_site->baseUrl().toString() + QStringLiteral("/merchant/ipn");
        const QString secret = QStringLiteral("order-secret-abcdef0123");
        QString error;
        const auto order = create(request(shop, secret), &error);
        QVERIFY2(order && error.isEmpty(), qPrintable(error));
        HistoryEntry entry;
        entry.actor = QStringLiteral("alice");
        QCOMPARE(OrderStore(m_workspace->database())
                     .changeStatus(order->id, OrderStatus::New, OrderStatus::Deleted, entry, &error),
            OrderStore::Change::Done);
        QSignalSpy delivered(m_sender.get(), &IpnSender::delivered);
        m_sender->start(60000);
        QVERIFY(delivered.wait(20000));
        QCOMPARE(m_site->received().size(), 1);
        QCOMPARE(m_site->received().first().status, QStringLiteral("deleted"));
        QVERIFY(m_site->received().first().checksumOk);
        const auto rows = IpnDeliveries(m_workspace->database()).forOrder(order->id);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().status, QStringLiteral("deleted"));
        QCOMPARE(rows.first().state, QStringLiteral("delivered"));
        QCOMPARE(rows.first().httpStatus, 200);
        QCOMPARE(rows.first().tries, 1);
        // Kicked again: nothing more is sent.
        m_sender->kick();
        QTest::qWait(300);
        QCOMPARE(m_site->received().size(), 1);
        keep(IpnSender::secretOwner(), order->id, {});
    }

    // The merchant's receiver is down: once, as the specification says (failed, not resent);
    // with ipn.out.retries = 1 it is tried again later.
    void unreachableReceiver()
    {
        QString error;
        const auto order = create(
            request(QStringLiteral("http://127.0.0.1:9/ipn"), QStringLiteral("order-secret-abcdef0123")), &error);
        QVERIFY2(order, qPrintable(error));
        HistoryEntry entry;
        OrderStore orders(m_workspace->database());
        QCOMPARE(orders.changeStatus(order->id, OrderStatus::New, OrderStatus::WaitPayment, entry, &error),
            OrderStore::Change::Done);
        QSignalSpy delivered(m_sender.get(), &IpnSender::delivered);
        m_sender->start(60000);
        QVERIFY(delivered.wait(20000));
        auto rows = deliveries(order->id);
        QCOMPARE(rows.first().at(1).toString(), QStringLiteral("failed"));
        QVERIFY(!rows.first().at(4).toString().isEmpty());

        DeskSettings(m_workspace->database())
            .setValue(QString::fromLatin1(IpnSender::retriesSetting), QStringLiteral("1"));
        QCOMPARE(orders.changeStatus(order->id, OrderStatus::WaitPayment, OrderStatus::Deleted, entry, &error),
            OrderStore::Change::Done);
        m_sender->kick();
        QVERIFY(delivered.wait(20000));
        rows = deliveries(order->id);
        QCOMPARE(rows.last().at(1).toString(), QStringLiteral("pending")); // to be tried again in 30 s
        QCOMPARE(rows.last().at(2).toInt(), 1);
        keep(IpnSender::secretOwner(), order->id, {});
    }

    // payoutdesk-cli: the site's address and token set through it, then an order created.
    void cliCreatesAnOrder()
    {
        QVERIFY2(!qEnvironmentVariable("PAYOUTDESK_CLI").isEmpty(),
            "run it through ctest, which says where payoutdesk-cli is");
        const auto cli = [this](const QStringList &args, const QByteArray &input = {}) {
            QProcess p;
            p.start(qEnvironmentVariable("PAYOUTDESK_CLI"),
                QStringList { QStringLiteral("--workspace"), m_workspace->dir() } + args);
            p.write(input);
            p.closeWriteChannel();
            if (!QTest::qWaitFor([&p] { return p.state() == QProcess::NotRunning; }, 30000))
                p.kill();
            return QPair<int, QString>(
                p.exitCode(), QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError()));
        };
        QCOMPARE(cli({ QStringLiteral("merchant"), QStringLiteral("site"), m_site->baseUrl().toString() }).first, 0);
        QCOMPARE(cli({ QStringLiteral("merchant"), QStringLiteral("secret"), QStringLiteral("token") },
                     m_token.toUtf8() + "\n")
                     .first,
            0);
        const QStringList create = { QStringLiteral("orders"), QStringLiteral("create"), QStringLiteral("--route"),
            m_route, QStringLiteral("--amount"), QStringLiteral("0.5"), QStringLiteral("--to"),
            QStringLiteral("address=TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"), QStringLiteral("--partner"),
            QStringLiteral("p1") };
        // Without the client's agreement nothing is sent.
        const auto refused = cli(create);
        QCOMPARE(refused.first, 4);
        QVERIFY2(refused.second.contains(QStringLiteral("terms")), qPrintable(refused.second));
        QCOMPARE(m_site->orders().size(), 0);
        const auto made = cli(create + QStringList { QStringLiteral("--agree") });
        QVERIFY2(made.first == 0, qPrintable(made.second));
        QCOMPARE(m_site->orders().size(), 1);
        QVERIFY2(made.second.contains(QStringLiteral("UID %1").arg(m_site->orders().first().order.uid)),
            qPrintable(made.second));
        QCOMPARE(OrderStore(m_workspace->database()).byUid(m_site->orders().first().order.uid)->secret,
            m_site->orders().first().order.secret);
        QCOMPARE(m_site->orders().first().partner, QStringLiteral("p1"));
    }

    // Refused by the site or invalid before sending: a clear error, nothing stored.
    void refusedCreationStoresNothing()
    {
        QString error;
        auto bad = request({}, {});
        bad.agreement = false;
        QVERIFY(!create(bad, &error));
        QVERIFY(error.contains(QStringLiteral("terms")));
        QCOMPARE(m_site->orders().size(), 0);

        keep(ExchangeSiteClient::secretOwner(), ExchangeSiteClient::secretKey(), QStringLiteral("wrong-token"));
        QVERIFY(!create(request({}, {}), &error));
        QVERIFY2(error.contains(QStringLiteral("401")), qPrintable(error));
        QCOMPARE(OrderStore(m_workspace->database()).count({}), 0);
    }
};

QTEST_GUILESS_MAIN(TestMerchant)
#include "test_merchant.moc"
