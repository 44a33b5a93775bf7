#include "CryptomusFake.h"
#include "ProviderRegistry.h"
#include "contract/CurrencyRegistry.h"
#include "contract/ProviderProblem.h"
#include "cryptomus/CryptomusProvider.h"
#include "cryptomus/CryptomusSigner.h"
#include "listener/DeskListener.h"
#include "listener/WebhookRoute.h"
#include "payouts/PayoutEngine.h"
#include "providerhub/ProviderHub.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "storage/AttemptStore.h"
#include "storage/DeskSettings.h"
#include "storage/OrderStore.h"
#include "storage/ProviderSettings.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using pd::fakes::CryptomusFake;
using State = PayoutStatus::State;

Q_DECLARE_METATYPE(PayoutStatus::State)

namespace {

const QString tron = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
const QString ton = QStringLiteral("UQBvW8Z5huBkMJYdnfAEM5JqTNkuWX3diqYENkWsIL0XggGG");

struct HttpAnswer {
    int status = 0;
    QJsonObject json;
};

} // namespace

// The Cryptomus adapter against CryptomusFake (the API as documented), and Cryptomus's
// webhooks through the desk's listener end to end (issue 7, point 4).
class TestCryptomus : public QObject {
    Q_OBJECT

    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();
    QNetworkAccessManager m_network;
    std::unique_ptr<CryptomusFake> m_fake;
    std::unique_ptr<CryptomusProvider> m_provider;

    // The desk, for the end-to-end case only.
    QTemporaryDir m_dir;
    const ProviderRegistry m_registry = ProviderRegistry::builtIn();
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ProviderHub> m_hub;
    std::unique_ptr<PayoutEngine> m_engine;
    std::unique_ptr<DeskListener> m_listener;
    std::unique_ptr<WebhookRoute> m_route;

    static ProviderReply *wait(ProviderReply *reply)
    {
        if (!reply->isFinished())
            QSignalSpy(reply, &ProviderReply::finished).wait(10000);
        return reply;
    }

    PayoutRequest request(const QString &reference, const QString &amount,
        const QString &xml = QStringLiteral("USDTTRC20"), const QString &address = tron)
    {
        PayoutRequest r;
        r.reference = reference;
        r.amount = *Money::parse(amount);
        r.currency = *m_currencies.byXml(xml);
        r.recipient = { { QStringLiteral("address"), address } };
        return r;
    }

    HttpAnswer post(const QUrl &url, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest r(url);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        for (const auto &[name, value] : headers)
            r.setRawHeader(name, value);
        QNetworkReply *reply = m_network.post(r, body);
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(20000);
        reply->deleteLater();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object() };
    }

    HttpAnswer deliver(const QByteArray &webhook)
    {
        QUrl url(QStringLiteral("http://127.0.0.1/webhook/cryptomus"));
        url.setPort(m_listener->port());
        return post(url, webhook);
    }

    void startDesk()
    {
        QString error;
        m_workspace = Workspace::open(m_dir.filePath(QStringLiteral("desk")), &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_secrets = std::make_unique<SecretStore>(m_workspace->id());
        m_hub = std::make_unique<ProviderHub>(m_registry, m_workspace->database(), *m_secrets, &m_network);
        const Manifest manifest = *m_registry.manifest(QStringLiteral("cryptomus"));
        ProviderSettings settings(m_workspace->database());
        QHash<QString, QString> values = m_fake->config();
        values.insert(QStringLiteral("enabled"), QStringLiteral("1"));
        for (auto it = values.begin(); it != values.end(); ++it)
            QVERIFY2(settings.setValue(manifest, it.key(), it.value(), QStringLiteral("t"), &error), qPrintable(error));
        const QHash<QString, QString> secrets = m_fake->secrets();
        for (auto it = secrets.begin(); it != secrets.end(); ++it) {
            SecretJob *job = m_secrets->write(QStringLiteral("cryptomus"), it.key(), it.value());
            QVERIFY(QSignalSpy(job, &SecretJob::finished).wait(20000));
            QVERIFY2(job->ok(), qPrintable(job->error()));
        }
        m_engine = std::make_unique<PayoutEngine>(m_workspace->database(), *m_hub, m_currencies);
        m_listener = std::make_unique<DeskListener>();
        m_route = std::make_unique<WebhookRoute>(*m_listener, m_workspace->database(), *m_hub, *m_engine);
        QVERIFY2(m_listener->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QVERIFY(DeskSettings(m_workspace->database())
                    .setValue(QString::fromLatin1(DeskSettings::listenAddress),
                        QStringLiteral("127.0.0.1:%1").arg(m_listener->port())));
    }

    QString addTonOrder()
    {
        Order o;
        o.uid = 7;
        o.id = QStringLiteral("65c0000000000000000c0007");
        o.status = OrderStatus::InProgressPayout;
        o.inAmount = *Money::parse(u"0.01");
        o.outAmount = *Money::parse(u"25.5");
        o.xmlFrom = QStringLiteral("BTC");
        o.xmlTo = QStringLiteral("TON");
        o.toValues = { { QStringLiteral("address"), QStringLiteral("Wallet"), ton } };
        o.createdAt = o.updatedAt = QDateTime::currentDateTimeUtc();
        QString error;
        if (!OrderStore(m_workspace->database())
                 .add({ o }, { HistoryEntry::arrival(o.id, o.status, QStringLiteral("test"), QString()) }, &error))
            qWarning() << error;
        return o.id;
    }

    int paidRecords(const QString &orderId)
    {
        int n = 0;
        for (const HistoryEntry &e : OrderStore(m_workspace->database()).history(orderId))
            n += e.payoutStatus == QLatin1String("paid");
        return n;
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<CryptomusFake>();
        QVERIFY(m_fake->listen());
        m_fake->setBalance(QStringLiteral("USDT"), *Money::parse(u"1000"));
        m_provider = std::make_unique<CryptomusProvider>(&m_network);
        QHash<QString, QString> values = m_fake->config();
        values.insert(m_fake->secrets());
        m_provider->configure({ values, false, 5, {} });
        QVERIFY(m_provider->missingConfig().isEmpty());
    }

    void cleanup()
    {
        m_route.reset();
        m_listener.reset();
        m_engine.reset();
        m_hub.reset();
        m_secrets.reset();
        m_workspace.reset();
        m_provider.reset();
        m_fake.reset();
    }

    // A signed create with one byte changed on the way is refused and books nothing; the same
    // bytes as signed are booked.
    void tamperedRequestIsRefused()
    {
        const QByteArray body = QByteArrayLiteral(
            R"({"amount":"10","currency":"USDT","network":"TRON","order_id":"pd-tamper-1","address":"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t","is_subtract":"1"})");
        const QByteArray sign
            = CryptomusSigner::sign(body, m_fake->secrets().value(QStringLiteral("payoutApiKey")).toUtf8());
        const QByteArray merchant = m_fake->config().value(QStringLiteral("merchantId")).toUtf8();
        QUrl url = m_fake->baseUrl();
        url.setPath(QStringLiteral("/v1/payout"));
        QByteArray tampered = body;
        tampered.replace("\"10\"", "\"90\"");
        const HttpAnswer refused = post(url, tampered, { { "merchant", merchant }, { "sign", sign } });
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.json.value(QStringLiteral("state")).toInt(), 1);
        QCOMPARE(refused.json.value(QStringLiteral("message")).toString(), QStringLiteral("Invalid Sign"));
        QCOMPARE(post(url, body, { { "merchant", "someone-else" }, { "sign", sign } }).status, 401);
        QVERIFY(m_fake->payouts().isEmpty());
        QCOMPARE(m_fake->balance(QStringLiteral("USDT")), *Money::parse(u"1000"));
        QCOMPARE(m_fake->refusedSignatures(), 2);

        const HttpAnswer booked = post(url, body, { { "merchant", merchant }, { "sign", sign } });
        QCOMPARE(booked.status, 200);
        QCOMPARE(m_fake->payouts().size(), 1);

        // The adapter with another key: told as a signature problem, nothing booked.
        QHash<QString, QString> values = m_provider->config().values;
        values.insert(QStringLiteral("payoutApiKey"), QStringLiteral("not-the-key"));
        m_provider->configure({ values, false, 5, {} });
        ProviderReply *reply
            = wait(m_provider->transfer(request(QStringLiteral("pd-wrongkey-1"), QStringLiteral("10"))));
        QCOMPARE(reply->error().httpStatus, 401);
        QVERIFY2(reply->error().message.contains(QStringLiteral("signature")), qPrintable(reply->error().message));
        QVERIFY(!reply->error().message.contains(QStringLiteral("not-the-key")));
        QCOMPARE(m_fake->payouts().size(), 1);
    }

    void balanceIsExact()
    {
        m_fake->setBalance(QStringLiteral("USDT"), *Money::parse(u"1234.567890123456789"));
        m_fake->setBalance(QStringLiteral("BTC"), *Money::parse(u"0.00000001"));
        ProviderReply *reply = wait(m_provider->balance());
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->balances().size(), 2);
        QCOMPARE(reply->balances().value(QStringLiteral("USDT")), *Money::parse(u"1234.567890123456789"));
        QCOMPARE(reply->balances().value(QStringLiteral("BTC")), *Money::parse(u"0.00000001"));
    }

    void transferIsPendingThenPaid()
    {
        m_fake->setSettling(-1);
        PayoutRequest r = request(QStringLiteral("pd-65c0000000000000000c0001-1"), QStringLiteral("10.50"));
        r.webhookUrl = QStringLiteral("https://desk.example.com/webhook/cryptomus");
        ProviderReply *reply = wait(m_provider->transfer(r));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->transfer().ok, 2);
        QCOMPARE(m_fake->payouts().size(), 1);
        const CryptomusFake::Payout p = m_fake->payouts().first();
        QCOMPARE(reply->transfer().transaction, p.uuid);
        QCOMPARE(p.orderId, r.reference);
        QCOMPARE(p.network, QStringLiteral("TRON"));
        QCOMPARE(p.address, tron);
        QCOMPARE(p.callbackUrl, r.webhookUrl);
        // is_subtract: the client gets the whole amount, the fee (1 USDT) comes from the balance.
        QCOMPARE(p.amount, *Money::parse(u"10.50"));
        QCOMPARE(m_fake->balance(QStringLiteral("USDT")), *Money::parse(u"988.5"));

        reply = wait(m_provider->status(p.uuid));
        QCOMPARE(reply->status().state, State::Pending);
        QCOMPARE(reply->status().providerStatus, QStringLiteral("process"));
        QVERIFY(m_fake->setStatus(p.uuid, QStringLiteral("paid"), true));
        reply = wait(m_provider->status(p.uuid));
        QCOMPARE(reply->status().state, State::Paid);
        QCOMPARE(reply->status().transaction, p.uuid);
        QCOMPARE(reply->status().message, m_fake->payouts().first().txid);
    }

    void settlesOnItsOwn()
    {
        ProviderReply *reply = wait(m_provider->transfer(request(QStringLiteral("pd-settle-1"), QStringLiteral("5"))));
        QCOMPARE(reply->transfer().ok, 2);
        const QString uuid = reply->transfer().transaction;
        QTRY_COMPARE(wait(m_provider->status(uuid))->status().state, State::Paid);
    }

    void statusByOrderIdAndNotFound()
    {
        m_fake->setSettling(-1);
        const QString reference = QStringLiteral("pd-65c0000000000000000c0002-1");
        ProviderReply *reply = wait(m_provider->transfer(request(reference, QStringLiteral("3"))));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        reply = wait(m_provider->statusByReference(reference));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->status().state, State::Pending);
        QCOMPARE(reply->status().transaction, m_fake->payouts().first().uuid);
        QCOMPARE(reply->status().reference, reference);

        reply = wait(m_provider->statusByReference(QStringLiteral("pd-65c0000000000000000c0002-2")));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->status().state, State::NotFound);
        reply = wait(m_provider->status(QStringLiteral("00000000-0000-4000-8000-000000000000")));
        QCOMPARE(reply->status().state, State::NotFound);

        // A reference longer than Cryptomus takes: the same fitted order_id on create and look-up.
        const QString longReference = QStringLiteral("pd-%1-1").arg(QString(40, u'a'));
        reply = wait(m_provider->transfer(request(longReference, QStringLiteral("3"))));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QVERIFY(m_fake->payouts().last().orderId.size() <= CryptomusProvider::orderIdLength);
        reply = wait(m_provider->statusByReference(longReference));
        QCOMPARE(reply->status().transaction, m_fake->payouts().last().uuid);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<bool>("isFinal");
        QTest::addColumn<PayoutStatus::State>("expected");
        QTest::newRow("fail, not final") << QStringLiteral("fail") << false << State::NeedsAttention;
        QTest::newRow("system_fail, not final") << QStringLiteral("system_fail") << false << State::NeedsAttention;
        QTest::newRow("fail, final") << QStringLiteral("fail") << true << State::Failed;
        QTest::newRow("system_fail, final") << QStringLiteral("system_fail") << true << State::Failed;
        QTest::newRow("cancel") << QStringLiteral("cancel") << true << State::Failed;
        QTest::newRow("check") << QStringLiteral("check") << false << State::Pending;
    }

    void failures()
    {
        QFETCH(QString, status);
        QFETCH(bool, isFinal);
        QFETCH(PayoutStatus::State, expected);
        m_fake->setSettling(-1);
        ProviderReply *reply = wait(m_provider->transfer(request(QStringLiteral("pd-fail-1"), QStringLiteral("4"))));
        const QString uuid = reply->transfer().transaction;
        QVERIFY(m_fake->setStatus(uuid, status, isFinal));
        reply = wait(m_provider->status(uuid));
        QCOMPARE(reply->status().state, expected);
        QCOMPARE(reply->status().providerStatus, status);
        if (expected == State::NeedsAttention)
            QVERIFY2(reply->status().message.contains(QStringLiteral("support")), qPrintable(reply->status().message));
    }

    void insufficientBalance()
    {
        m_fake->setBalance(QStringLiteral("USDT"), *Money::parse(u"10.5"));
        ProviderReply *reply = wait(m_provider->transfer(request(QStringLiteral("pd-poor-1"), QStringLiteral("10"))));
        QCOMPARE(reply->error().kind, ProviderError::Kind::InsufficientBalance); // 10 + 1 fee > 10.5
        QVERIFY(!reply->error().outcomeUnknown());
        QVERIFY2(
            reply->error().message.contains(QStringLiteral("Not enough funds")), qPrintable(reply->error().message));
        QVERIFY(m_fake->payouts().isEmpty());
    }

    void refusalsInStaffWords()
    {
        const QString invalidAddress
            = ProviderProblem::describe(ProviderProblem::Kind::InvalidAddress, {}, QStringLiteral("Cryptomus")).message;
        ProviderReply *reply = wait(m_provider->transfer(request(QStringLiteral("pd-addr-1"), QStringLiteral("10"),
            QStringLiteral("USDTTRC20"), QStringLiteral("0x52908400098527886E0F7030069857D2E4169EE7"))));
        QCOMPARE(reply->error().httpStatus, 422);
        QCOMPARE(reply->error().code, QStringLiteral("address"));
        QVERIFY2(reply->error().message.startsWith(invalidAddress), qPrintable(reply->error().message));
        QVERIFY2(
            reply->error().message.contains(QStringLiteral("Invalid address")), qPrintable(reply->error().message));

        const QString belowMinimum
            = ProviderProblem::describe(ProviderProblem::Kind::BelowMinimum, {}, QStringLiteral("Cryptomus")).message;
        reply = wait(m_provider->transfer(request(QStringLiteral("pd-min-1"), QStringLiteral("0.5"))));
        QVERIFY2(reply->error().message.startsWith(belowMinimum), qPrintable(reply->error().message));

        // A rate limit: nothing booked, and when to ask again.
        m_fake->setFault(CryptomusFake::Fault::RateLimited);
        reply = wait(m_provider->transfer(request(QStringLiteral("pd-busy-1"), QStringLiteral("10"))));
        QCOMPARE(reply->error().httpStatus, 429);
        QCOMPARE(reply->error().retryAfterSeconds, 1);
        QVERIFY(m_fake->payouts().isEmpty());
    }

    // Cryptomus answers a create with a taken order_id with the payout it has: nothing new is booked.
    void existingOrderIdReturnsThePayout()
    {
        const PayoutRequest r = request(QStringLiteral("pd-twice-1"), QStringLiteral("2"));
        const QString first = wait(m_provider->transfer(r))->transfer().transaction;
        const QString second = wait(m_provider->transfer(r))->transfer().transaction;
        QVERIFY(!first.isEmpty());
        QCOMPARE(second, first);
        QCOMPARE(m_fake->payouts().size(), 1);
        QCOMPARE(m_fake->duplicateCreates(), 1);
    }

    // Issue 7, point 4: webhooks re-encoded wrongly are refused and change nothing; the one
    // signed as Cryptomus signs settles the order once, however often it comes.
    void webhookSettlesTheOrderOnce()
    {
        startDesk();
        m_fake->setBalance(QStringLiteral("TON"), *Money::parse(u"100"));
        m_fake->setSettling(-1);
        const QString orderId = addTonOrder();
        PayoutRun *run = m_engine->approve({ { orderId, QStringLiteral("cryptomus") } }, QStringLiteral("tester"));
        if (run->done() < run->total())
            QVERIFY(QSignalSpy(run, &PayoutRun::finished).wait(20000));
        const auto attempts = AttemptStore(m_workspace->database()).forOrder(orderId);
        QCOMPARE(attempts.size(), 1);
        const PayoutAttempt attempt = attempts.first();
        QCOMPARE(attempt.state, PayoutAttempt::State::Pending);
        QCOMPARE(m_fake->payouts().size(), 1);
        QCOMPARE(attempt.transaction, m_fake->payouts().first().uuid);
        // No public URL is set: the desk's own listener is no address for Cryptomus to call.
        QVERIFY(DeskSettings(m_workspace->database()).webhookUrl(QStringLiteral("cryptomus")).contains(u"127.0.0.1"));
        QCOMPARE(m_fake->payouts().first().callbackUrl, QString());

        // Paid, with a TON transaction hash in base64: a '/' for json_encode to escape.
        QVERIFY(m_fake->setStatus(
            attempt.transaction, QStringLiteral("paid"), true, QStringLiteral("kX0r/2vNq+Tg8sWb1cE=")));
        const PhpJsonEncoding::Members data = m_fake->webhookData(attempt.transaction);
        QJsonObject object;
        for (const auto &[key, value] : data)
            object.insert(key, value);
        // The genuine body, signed over the data encoded wrongly: a check that encodes the same
        // wrong way would take it.
        QByteArray sortedKeys = QJsonDocument(object).toJson(QJsonDocument::Compact);
        sortedKeys.replace("/", "\\/"); // only the order is wrong
        QByteArray slashes = PhpJsonEncoding::encode(data);
        QVERIFY(slashes.contains("\\/"));
        slashes.replace("\\/", "/"); // only the escaping is wrong
        const qsizetype entries = OrderStore(m_workspace->database()).history(orderId).size();
        for (const QByteArray &wrong : { sortedKeys, slashes }) {
            const HttpAnswer refused = deliver(m_fake->webhookSignedOver(attempt.transaction, wrong));
            QCOMPARE(refused.status, 400);
            QVERIFY2(refused.json.value(QStringLiteral("error")).toString().contains(QStringLiteral("signature")),
                qPrintable(refused.json.value(QStringLiteral("error")).toString()));
            QCOMPARE(AttemptStore(m_workspace->database()).byId(attempt.id)->state, PayoutAttempt::State::Pending);
            QCOMPARE(OrderStore(m_workspace->database()).byId(orderId)->status, OrderStatus::InProgressPayout);
            QCOMPARE(OrderStore(m_workspace->database()).history(orderId).size(), entries);
        }

        const QByteArray genuine = m_fake->webhook(attempt.transaction);
        QVERIFY(genuine.contains(R"("txid":"kX0r\/2vNq+Tg8sWb1cE=")"));
        QVERIFY(genuine.endsWith("\"}") && genuine.contains(",\"sign\":\""));
        const HttpAnswer first = deliver(genuine);
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("state")).toString(), QStringLiteral("paid"));
        for (int again = 0; again < 2; ++again) {
            const HttpAnswer replay = deliver(genuine);
            QCOMPARE(replay.status, 200);
            QCOMPARE(replay.json.value(QStringLiteral("ignored")).toString(), QStringLiteral("already recorded"));
        }
        QCOMPARE(OrderStore(m_workspace->database()).byId(orderId)->status, OrderStatus::Done);
        QCOMPARE(AttemptStore(m_workspace->database()).byId(attempt.id)->state, PayoutAttempt::State::Paid);
        QCOMPARE(m_fake->payouts().size(), 1);
        QCOMPARE(m_fake->duplicateCreates(), 0);
        QCOMPARE(paidRecords(orderId), 1);
    }
};

QTEST_GUILESS_MAIN(TestCryptomus)
#include "test_cryptomus.moc"
