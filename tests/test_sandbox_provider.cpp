#include "SandboxServer.h"
#include "contract/CurrencyRegistry.h"
#include "sandbox/SandboxProvider.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QImage>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace pd;

// Every operation of the sandbox adapter against the sandbox server on 127.0.0.1, with
// every fault the server can inject, and the server's refusal of a tampered or replayed
// signature.
class TestSandboxProvider : public QObject {
    Q_OBJECT

    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxProvider> m_provider;
    int m_reference = 0;

    static ProviderReply *wait(ProviderReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &ProviderReply::finished);
            if (!spy.wait(15000))
                qWarning() << "provider reply did not finish";
        }
        return reply;
    }

    PayoutRequest usdt(const QString &amount)
    {
        PayoutRequest r;
        r.reference = QStringLiteral("pd-test-%1").arg(++m_reference);
        r.amount = *Money::parse(amount);
        r.currency = *m_currencies.byXml(u"USDTTRC20");
        r.recipient.insert(QStringLiteral("address"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t"));
        return r;
    }

private slots:
    void init()
    {
        m_server = std::make_unique<SandboxServer>(
            SandboxServer::Credentials { QStringLiteral("k1"), QByteArrayLiteral("s3cret") });
        QVERIFY(m_server->listen());
        m_server->setBalance(QStringLiteral("USDT"), *Money::parse(u"1000.00"));
        m_server->setBalance(QStringLiteral("BTC"), *Money::parse(u"0.50000000"));
        m_provider = std::make_unique<SandboxProvider>(&m_network);
        m_provider->configure({ { { QStringLiteral("apiUrl"), m_server->baseUrl().toString() },
                                    { QStringLiteral("apiKey"), QStringLiteral("k1") },
                                    { QStringLiteral("apiSecret"), QStringLiteral("s3cret") } },
            true, 30, {} });
        QVERIFY(m_provider->missingConfig().isEmpty());
    }
    void cleanup()
    {
        m_provider.reset();
        m_server.reset();
    }

    void manifest()
    {
        const Manifest &m = m_provider->manifest();
        QCOMPARE(m.name, QStringLiteral("sandbox"));
        QCOMPARE(m.type, QStringLiteral("payout"));
        QVERIFY(m.serves(u"usdttrc20"));
        QCOMPARE(m.secretKeys(), QStringList { QStringLiteral("apiSecret") });
        QCOMPARE(m.requiredConfig.first().key, QStringLiteral("apiUrl")); // shown keys first, in file order
        QVERIFY(QImage(m.icon).width() >= 150 && QImage(m.icon).height() >= 150);
        QString error;
        QVERIFY(!Manifest::fromJson(R"({"type":"payout","name":"x","title":"X","required_config":{"k":3}})", &error));
        QVERIFY(error.contains(QStringLiteral("required_config.k")));
        QVERIFY(!Manifest::fromJson(R"({"type":"payin","name":"x","title":"X"})", &error));
    }

    void recipientFieldsInFourLanguages()
    {
        const Currency card = *m_currencies.byXml(u"CARDUAH");
        QCOMPARE(m_provider->fields(QStringLiteral("uk"), card).first().name, QStringLiteral("Номер картки"));
        QCOMPARE(m_provider->fields(QStringLiteral("es"), card).first().name, QStringLiteral("Número de tarjeta"));
        QCOMPARE(m_provider->fields(QStringLiteral("ru"), card).first().name, QStringLiteral("Номер карты"));
        QCOMPARE(m_provider->fields(QStringLiteral("xx"), card).first().name, QStringLiteral("Card number"));
        QVERIFY(m_provider
                    ->recipientProblems(QStringLiteral("en"), card,
                        { { QStringLiteral("card"), QStringLiteral("4111 1111 1111 1111") } })
                    .isEmpty());
        QCOMPARE(m_provider
                     ->recipientProblems(QStringLiteral("en"), card,
                         { { QStringLiteral("card"), QStringLiteral("4111 1111 1111 1112") } })
                     .size(),
            1);
        const Currency trc = *m_currencies.byXml(u"USDTTRC20");
        QVERIFY(m_provider
                    ->recipientProblems(QStringLiteral("en"), trc,
                        { { QStringLiteral("address"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") } })
                    .isEmpty());
        QCOMPARE(m_provider
                     ->recipientProblems(QStringLiteral("en"), trc,
                         { { QStringLiteral("address"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6T") } })
                     .size(),
            1);
        QCOMPARE(m_provider->recipientProblems(QStringLiteral("en"), trc, {}).size(), 1); // required
    }

    void balance()
    {
        ProviderReply *reply = wait(m_provider->balance());
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->balances().value(QStringLiteral("USDT")).toString(), QStringLiteral("1000.00"));
        QCOMPARE(reply->balances().value(QStringLiteral("BTC")).toString(), QStringLiteral("0.50000000"));
    }

    void transferPaidAndLookedUp()
    {
        const PayoutRequest request = usdt(QStringLiteral("10.50"));
        ProviderReply *reply = wait(m_provider->transfer(request));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->transfer().ok, 1);
        QCOMPARE(reply->transfer().amount.toString(), QStringLiteral("10.50"));
        QCOMPARE(m_server->ledger().size(), 1);
        QCOMPARE(m_server->balance(QStringLiteral("USDT")), *Money::parse(u"989.50"));

        ProviderReply *byId = wait(m_provider->status(reply->transfer().transaction));
        QCOMPARE(byId->status().state, PayoutStatus::State::Paid);
        QCOMPARE(byId->status().reference, request.reference);
        ProviderReply *byReference = wait(m_provider->statusByReference(request.reference));
        QCOMPARE(byReference->status().transaction, reply->transfer().transaction);
        ProviderReply *unknown = wait(m_provider->statusByReference(QStringLiteral("pd-never-sent")));
        QVERIFY(!unknown->error().isError());
        QCOMPARE(unknown->status().state, PayoutStatus::State::NotFound);
    }

    void refusals()
    {
        ProviderReply *poor = wait(m_provider->transfer(usdt(QStringLiteral("5000"))));
        QCOMPARE(poor->error().kind, ProviderError::Kind::InsufficientBalance);
        QVERIFY(!poor->error().outcomeUnknown());
        const PayoutRequest once = usdt(QStringLiteral("1"));
        QVERIFY(!wait(m_provider->transfer(once))->error().isError());
        ProviderReply *twice = wait(m_provider->transfer(once));
        QCOMPARE(twice->error().code, QStringLiteral("duplicate_reference"));
        QCOMPARE(m_server->ledger().size(), 1);
        QCOMPARE(m_server->duplicateCount(), 1);
    }

    void approvalThenSettled()
    {
        m_server->setApproval(true);
        ProviderReply *reply = wait(m_provider->transfer(usdt(QStringLiteral("2"))));
        QCOMPARE(reply->transfer().ok, 2);
        QCOMPARE(wait(m_provider->status(reply->transfer().transaction))->status().state, PayoutStatus::State::Pending);
        QVERIFY(m_server->settle(reply->transfer().transaction, QStringLiteral("CANCELED")));
        QCOMPARE(wait(m_provider->status(reply->transfer().transaction))->status().state, PayoutStatus::State::Failed);
    }

    void faults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("unknown");
        QTest::addColumn<int>("booked");
        // A 500 may have been half-done by a real provider: it is "unknown", never a clean failure.
        QTest::addRow("http500") << int(SandboxServer::Fault::Http500) << int(ProviderError::Kind::Provider) << true
                                 << 0;
        QTest::addRow("malformed") << int(SandboxServer::Fault::Malformed) << int(ProviderError::Kind::Unparsable)
                                   << true << 1;
        QTest::addRow("timeout") << int(SandboxServer::Fault::Timeout) << int(ProviderError::Kind::Timeout) << true
                                 << 1;
        QTest::addRow("drop") << int(SandboxServer::Fault::DropAfterBooking) << int(ProviderError::Kind::Network)
                              << true << 1;
    }
    // Each fault ends in a typed error; the ones after which the payout may have been booked
    // say "outcome unknown", and the reference finds what the provider did.
    void faults()
    {
        QFETCH(int, fault);
        QFETCH(int, kind);
        QFETCH(bool, unknown);
        QFETCH(int, booked);
        m_server->setFault(SandboxServer::Fault(fault));
        const PayoutRequest request = usdt(QStringLiteral("3"));
        // A short timeout so that the "timeout" fault ends the call quickly.
        const_cast<ApiClient *>(static_cast<const ApiClient *>(m_provider->findChild<ApiClient *>()))->setTimeout(1500);
        ProviderReply *reply = wait(m_provider->transfer(request));
        QVERIFY2(int(reply->error().kind) == kind, qPrintable(reply->error().code + u' ' + reply->error().message));
        QCOMPARE(reply->error().outcomeUnknown(), unknown);
        QCOMPARE(int(m_server->ledger().size()), booked);
        ProviderReply *lookup = wait(m_provider->statusByReference(request.reference));
        QVERIFY2(!lookup->error().isError(), qPrintable(lookup->error().message));
        QCOMPARE(lookup->status().state, booked ? PayoutStatus::State::Paid : PayoutStatus::State::NotFound);
    }

    void latency()
    {
        m_server->setLatency(300);
        QElapsedTimer t;
        t.start();
        ProviderReply *reply = wait(m_provider->balance());
        QVERIFY(!reply->error().isError());
        QVERIFY(t.elapsed() >= 300);
    }

    void wrongSecretIsRefused()
    {
        auto values = m_provider->config().values;
        values.insert(QStringLiteral("apiSecret"), QStringLiteral("not-the-secret"));
        m_provider->configure({ values, false, 30, {} });
        ProviderReply *reply = wait(m_provider->transfer(usdt(QStringLiteral("1"))));
        QCOMPARE(reply->error().kind, ProviderError::Kind::Provider);
        QCOMPARE(reply->error().code, QStringLiteral("bad_signature"));
        QCOMPARE(m_server->ledger().size(), 0);
    }

    // Requests signed once and then changed or sent again, as an attacker on the wire would.
    void tamperedOrReplayedSignatures()
    {
        const auto send
            = [this](const QByteArray &path, const QByteArray &body, qint64 ts, const QByteArray &signature) {
                  QNetworkRequest request(QUrl(m_server->baseUrl().toString() + QString::fromLatin1(path)));
                  request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
                  request.setRawHeader("X-API-KEY", "k1");
                  request.setRawHeader("X-TIMESTAMP", QByteArray::number(ts));
                  request.setRawHeader("X-SIGNATURE", signature);
                  QNetworkReply *reply = m_network.post(request, body);
                  QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
                  reply->deleteLater();
                  return std::pair { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      QJsonDocument::fromJson(reply->readAll())
                          .object()
                          .value(QStringLiteral("error"))
                          .toObject()
                          .value(QStringLiteral("code"))
                          .toString() };
              };
        const QByteArray body
            = R"({"amount":"1","currency":"USDT","to":"TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t","reference":"pd-wire"})";
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const ApiClient::Outgoing signedOnce { "POST", "/transfer", body, now, {} };
        const QByteArray sig = SandboxProvider::signature("s3cret", signedOnce);

        QByteArray tampered = body;
        tampered.replace("\"1\"", "\"9\"");
        QCOMPARE(send("/transfer", tampered, now, sig), std::pair(401, QStringLiteral("bad_signature")));
        QCOMPARE(send("/transfer", body, now, sig), std::pair(200, QString()));
        QCOMPARE(send("/transfer", body, now, sig), std::pair(401, QStringLiteral("replayed_signature")));
        const ApiClient::Outgoing old { "POST", "/transfer", body, now - 3600, {} };
        QCOMPARE(send("/transfer", body, now - 3600, SandboxProvider::signature("s3cret", old)),
            std::pair(401, QStringLiteral("stale_timestamp")));
        QCOMPARE(m_server->ledger().size(), 1);
    }

    // The server's webhook reaches the desk; the adapter checks its signature and names the
    // transaction to re-read. A changed body or a forged signature is refused.
    void webhookVerified()
    {
        QHttpServer desk;
        QList<std::pair<QByteArray, QHash<QByteArray, QByteArray>>> received;
        desk.route(QStringLiteral("/webhook/sandbox"), [&received](const QHttpServerRequest &request) {
            QHash<QByteArray, QByteArray> headers;
            for (const auto &[name, value] : request.headers())
                headers.insert(name.toLower(), value);
            received.append({ request.body(), headers });
            return QHttpServerResponse(QHttpServerResponder::StatusCode::Ok);
        });
        const quint16 port = desk.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port);
        m_server->setApproval(true, 50, QStringLiteral("DONE"));
        PayoutRequest request = usdt(QStringLiteral("4"));
        request.webhookUrl = QStringLiteral("http://127.0.0.1:%1/webhook/sandbox").arg(port);
        ProviderReply *reply = wait(m_provider->transfer(request));
        QTRY_COMPARE_WITH_TIMEOUT(received.size(), 1, 10000);
        QString why;
        QCOMPARE(m_provider->webhookTransaction(received.first().first, received.first().second, &why),
            std::optional<QString>(reply->transfer().transaction));
        // The webhook is only a hint: the desk reads the payout again (spec/000's url_final).
        ProviderReply *again = wait(m_provider->recheck(reply->transfer().transaction));
        QVERIFY2(!again->error().isError(), qPrintable(again->error().message));
        QCOMPARE(again->status().state, PayoutStatus::State::Paid);
        QCOMPARE(again->status().reference, request.reference);
        QByteArray changed = received.first().first;
        changed.replace("DONE", "CANC");
        QVERIFY(!m_provider->webhookTransaction(changed, received.first().second, &why));
        QVERIFY(why.contains(QStringLiteral("signature")));
        auto forged = received.first().second;
        forged.insert("x-signature", QByteArray(64, 'a'));
        QVERIFY(!m_provider->webhookTransaction(received.first().first, forged, &why));
    }
};

QTEST_MAIN(TestSandboxProvider)
#include "test_sandbox_provider.moc"
