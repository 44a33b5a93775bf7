#include "BinanceFake.h"
#include "binance/BinanceProvider.h"
#include "contract/CurrencyRegistry.h"
#include "contract/ProviderProblem.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

using namespace pd;
using pd::fakes::BinanceFake;

// The Binance adapter against BinanceFake (written from Binance's docs): what is signed is
// what is sent, and a changed byte or a stale timestamp books nothing; balances are exact;
// a withdrawal is followed by its id and found by its withdrawOrderId; Binance's refusals
// reach staff in their words; every history status lands in the right state.
class TestBinance : public QObject {
    Q_OBJECT

    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();
    QNetworkAccessManager m_network;
    std::unique_ptr<BinanceFake> m_fake;
    std::unique_ptr<BinanceProvider> m_provider;
    int m_reference = 0;

    static inline const QString tronAddress = QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t");
    static inline const QString withdrawPath = QStringLiteral("/sapi/v1/capital/withdraw/apply");

    static ProviderReply *wait(ProviderReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &ProviderReply::finished);
            if (!spy.wait(15000))
                qWarning() << "provider reply did not finish";
        }
        return reply;
    }

    PayoutRequest payout(const QString &xml, const QString &amount, const QString &address, const QString &memo = {})
    {
        PayoutRequest r;
        r.reference = QStringLiteral("pd-65f000000000000000000001-%1").arg(++m_reference);
        r.amount = *Money::parse(amount);
        r.currency = *m_currencies.byXml(xml);
        r.recipient.insert(QStringLiteral("address"), address);
        if (!memo.isEmpty())
            r.recipient.insert(QStringLiteral("memo"), memo);
        return r;
    }

    // A USDT TRC20 withdrawal booked through the adapter; its Binance id.
    QString booked(const QString &amount = QStringLiteral("12.50"))
    {
        ProviderReply *reply = wait(m_provider->transfer(payout(QStringLiteral("USDTTRC20"), amount, tronAddress)));
        if (reply->error().isError())
            qWarning() << reply->error().message;
        return reply->transfer().transaction;
    }

    PayoutStatus statusOf(const QString &id) { return wait(m_provider->status(id))->status(); }

    // `target` sent as it is, with the key's header, through an ApiClient of the test's own:
    // the fake's answer (HTTP status and body).
    std::pair<int, QJsonObject> sendRaw(const QByteArray &method, const QByteArray &target)
    {
        ApiClient client(&m_network, QStringLiteral("binance-test"));
        client.setBaseUrl(m_fake->baseUrl());
        const QByteArray key = m_fake->config().value(QStringLiteral("apiKey")).toUtf8();
        client.setSigner([key](QNetworkRequest &request, const ApiClient::Outgoing &) {
            request.setRawHeader("X-MBX-APIKEY", key);
        });
        ApiReply *reply = client.send(method, target, {}, QByteArrayLiteral("application/x-www-form-urlencoded"));
        QSignalSpy spy(reply, &ApiReply::finished);
        if (!spy.wait(15000))
            qWarning() << "no answer to" << target;
        return { reply->httpStatus(), reply->json().object() };
    }

    BinanceProvider::Parameters withdrawal(const QString &amount) const
    {
        return { { QByteArrayLiteral("coin"), QStringLiteral("USDT") },
            { QByteArrayLiteral("withdrawOrderId"), QStringLiteral("pd-raw-1") },
            { QByteArrayLiteral("network"), QStringLiteral("TRX") }, { QByteArrayLiteral("address"), tronAddress },
            { QByteArrayLiteral("amount"), amount } };
    }

    // The staff's text for `kind`, without Binance's own words after it.
    static QString told(ProviderProblem::Kind kind)
    {
        return ProviderProblem::describe(kind, {}, QStringLiteral("Binance")).message;
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<BinanceFake>();
        QVERIFY(m_fake->listen());
        m_fake->setBalance(QStringLiteral("USDT"), *Money::parse(u"1000"));
        m_provider = std::make_unique<BinanceProvider>(&m_network);
        QHash<QString, QString> values = m_fake->config();
        values.insert(m_fake->secrets());
        m_provider->configure({ values, false, 10, {} });
        QVERIFY(m_provider->missingConfig().isEmpty());
    }

    void cleanup()
    {
        m_provider.reset();
        m_fake.reset();
    }

    // The adapter's own signed target goes through and books; the same target with one byte of
    // the query changed after signing (the amount 20 → 90) is refused with -1022, and nothing
    // is booked.
    void tamperedByteIsRefused()
    {
        const QByteArray target = m_provider->signedTarget(
            withdrawPath, withdrawal(QStringLiteral("20")), QDateTime::currentMSecsSinceEpoch());
        QByteArray tampered = target;
        tampered.replace("amount=20", "amount=90");
        QVERIFY(tampered != target);
        const auto [status, body] = sendRaw(QByteArrayLiteral("POST"), tampered);
        QCOMPARE(status, 400);
        QCOMPARE(body.value(QStringLiteral("code")).toInt(), -1022);
        QCOMPARE(m_fake->withdrawals().size(), 0);
        QCOMPARE(m_fake->balance(QStringLiteral("USDT")), *Money::parse(u"1000"));
        QCOMPARE(m_fake->refusedSignatures(), 1);

        const auto [okStatus, okBody] = sendRaw(QByteArrayLiteral("POST"), target);
        QCOMPARE(okStatus, 200);
        QCOMPARE(m_fake->withdrawals().size(), 1);
        QCOMPARE(okBody.value(QStringLiteral("id")).toString(), m_fake->withdrawals().first().id);
        QCOMPARE(m_fake->withdrawals().first().amount, *Money::parse(u"20"));
    }

    // Signed correctly, but 10 s old (recvWindow is 5 s) or 2 s ahead of the server: -1021,
    // nothing booked. A desk whose clock is off is told to check it.
    void staleTimestampIsRefused()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const qint64 at : { now - 10000, now + 2000 }) {
            const auto [status, body] = sendRaw(QByteArrayLiteral("POST"),
                m_provider->signedTarget(withdrawPath, withdrawal(QStringLiteral("20")), at));
            QCOMPARE(status, 400);
            QCOMPARE(body.value(QStringLiteral("code")).toInt(), -1021);
        }
        QCOMPARE(m_fake->withdrawals().size(), 0);

        m_fake->setClockOffset(60000);
        ProviderReply *reply
            = wait(m_provider->transfer(payout(QStringLiteral("USDTTRC20"), QStringLiteral("20"), tronAddress)));
        QCOMPARE(reply->error().code, QStringLiteral("-1021"));
        QVERIFY2(reply->error().message.startsWith(told(ProviderProblem::Kind::BadTimestamp)),
            qPrintable(reply->error().message));
        QVERIFY(!reply->error().outcomeUnknown());
        QCOMPARE(m_fake->withdrawals().size(), 0);
    }

    // Amounts beyond a double's 15–16 digits come back exactly.
    void balanceIsExact()
    {
        m_fake->setBalance(QStringLiteral("BTC"), *Money::parse(u"21000000.00000001"));
        m_fake->setBalance(QStringLiteral("USDT"), *Money::parse(u"1234.56789012"));
        ProviderReply *reply = wait(m_provider->balance());
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->balances().value(QStringLiteral("BTC")).toString(8), QStringLiteral("21000000.00000001"));
        QCOMPARE(reply->balances().value(QStringLiteral("USDT")), *Money::parse(u"1234.56789012"));
        QVERIFY(reply->balances().contains(QStringLiteral("ETH")));
        QVERIFY(reply->balances().value(QStringLiteral("ETH")).isZero());
    }

    // What goes on the wire, the answer's id, then Pending (4) until Binance completes it (6).
    void transferIsPendingThenPaid()
    {
        m_fake->setSettling(-1);
        const PayoutRequest request = payout(QStringLiteral("USDTTRC20"), QStringLiteral("12.50"), tronAddress);
        ProviderReply *reply = wait(m_provider->transfer(request));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->transfer().ok, 2);
        QCOMPARE(m_fake->withdrawals().size(), 1);
        const BinanceFake::Withdrawal w = m_fake->withdrawals().first();
        QCOMPARE(reply->transfer().transaction, w.id);
        QCOMPARE(w.withdrawOrderId, request.reference);
        QCOMPARE(w.coin, QStringLiteral("USDT"));
        QCOMPARE(w.network, QStringLiteral("TRX"));
        QCOMPARE(w.address, tronAddress);
        QCOMPARE(w.amount.toString(), QStringLiteral("12.50"));
        QVERIFY(w.addressTag.isEmpty());

        PayoutStatus s = statusOf(w.id);
        QCOMPARE(s.state, PayoutStatus::State::Pending);
        QCOMPARE(s.providerStatus, QStringLiteral("4"));
        QCOMPARE(s.transaction, w.id);
        QVERIFY(m_fake->setStatus(w.id, 6));
        s = statusOf(w.id);
        QCOMPARE(s.state, PayoutStatus::State::Paid);
        QCOMPARE(s.providerStatus, QStringLiteral("6"));
        QVERIFY(!s.message.isEmpty()); // the txId
    }

    // The fake's own timer settles it, as in the fault suite.
    void settlesOnItsOwn()
    {
        m_fake->setSettling(50);
        const QString id = booked();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(id).state, PayoutStatus::State::Paid, 10000);
    }

    void statusByReferenceFindsTheWithdrawal()
    {
        m_fake->setSettling(-1);
        // A reference longer than 32 characters goes as a digest, the same on the look-up.
        for (const QString &reference : { QStringLiteral("pd-65f000000000000000000002-1"),
                 QStringLiteral("pd-65f000000000000000000003-1-with-a-long-tail") }) {
            PayoutRequest request = payout(QStringLiteral("USDTTRC20"), QStringLiteral("15"), tronAddress);
            request.reference = reference;
            ProviderReply *reply = wait(m_provider->transfer(request));
            QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
            const PayoutStatus s = wait(m_provider->statusByReference(reference))->status();
            QCOMPARE(s.state, PayoutStatus::State::Pending);
            QCOMPARE(s.transaction, reply->transfer().transaction);
            QVERIFY(s.reference.size() <= 32);
            QCOMPARE(s.reference, m_fake->withdrawals().last().withdrawOrderId);
        }
        QCOMPARE(m_fake->withdrawals().size(), 2);
        QVERIFY(m_fake->withdrawals().last().withdrawOrderId
            != QStringLiteral("pd-65f000000000000000000003-1-with-a-long-tail"));
        QCOMPARE(wait(m_provider->statusByReference(QStringLiteral("pd-65f0000000000000000000ff-1")))->status().state,
            PayoutStatus::State::NotFound);
        QCOMPARE(statusOf(QStringLiteral("00000000000000000000000000000000")).state, PayoutStatus::State::NotFound);
    }

    // The fake pays a reused withdrawOrderId again (Binance does not say it will not): the
    // look-up then wants a person instead of settling either one.
    void twoWithdrawalsWithOneReferenceNeedAttention()
    {
        m_fake->setSettling(-1);
        const PayoutRequest request = payout(QStringLiteral("USDTTRC20"), QStringLiteral("15"), tronAddress);
        wait(m_provider->transfer(request));
        wait(m_provider->transfer(request));
        QCOMPARE(m_fake->duplicateCreates(), 1);
        const PayoutStatus s = wait(m_provider->statusByReference(request.reference))->status();
        QCOMPARE(s.state, PayoutStatus::State::NeedsAttention);
        QVERIFY(s.message.contains(request.reference));
    }

    void insufficientBalance()
    {
        m_fake->setBalance(QStringLiteral("USDT"), *Money::parse(u"15"));
        ProviderReply *reply
            = wait(m_provider->transfer(payout(QStringLiteral("USDTTRC20"), QStringLiteral("20"), tronAddress)));
        QCOMPARE(reply->error().kind, ProviderError::Kind::InsufficientBalance);
        QCOMPARE(reply->error().code, QStringLiteral("-4026"));
        QVERIFY2(reply->error().message.contains(QStringLiteral("balance")), qPrintable(reply->error().message));
        QVERIFY(reply->error().message.startsWith(told(ProviderProblem::Kind::InsufficientBalance)));
        QVERIFY(!reply->error().outcomeUnknown());
        QCOMPARE(m_fake->withdrawals().size(), 0);
        QCOMPARE(m_fake->balance(QStringLiteral("USDT")), *Money::parse(u"15"));
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("memo");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("0x address on TRC20") << "USDTTRC20"
                                             << "20"
                                             << "0x52908400098527886E0F7030069857D2E4169EE7"
                                             << ""
                                             << "-4033" << int(ProviderProblem::Kind::InvalidAddress);
        QTest::newRow("tag on TRC20") << "USDTTRC20"
                                      << "20" << tronAddress << "12345"
                                      << "-4106" << int(ProviderProblem::Kind::InvalidAddress);
        QTest::newRow("below minimum") << "USDTTRC20"
                                       << "5" << tronAddress << ""
                                       << "-4022" << int(ProviderProblem::Kind::BelowMinimum);
        QTest::newRow("letters in an XRP tag") << "XRP"
                                               << "20"
                                               << "rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh"
                                               << "abc"
                                               << "-4033" << int(ProviderProblem::Kind::InvalidAddress);
    }

    void refusals()
    {
        QFETCH(QString, xml);
        QFETCH(QString, amount);
        QFETCH(QString, address);
        QFETCH(QString, memo);
        QFETCH(QString, code);
        QFETCH(int, kind);
        m_fake->setBalance(QStringLiteral("XRP"), *Money::parse(u"1000"));
        ProviderReply *reply = wait(m_provider->transfer(payout(xml, amount, address, memo)));
        QCOMPARE(reply->error().code, code);
        QCOMPARE(reply->error().httpStatus, 400);
        const QString message = reply->error().message;
        QVERIFY2(message.startsWith(told(ProviderProblem::Kind(kind))), qPrintable(message));
        QVERIFY2(
            message.contains(QStringLiteral("Binance says")), qPrintable(message)); // Binance's words kept for support
        QCOMPARE(m_fake->withdrawals().size(), 0);
    }

    // A tag where the network has tags goes as addressTag.
    void xrpTagIsSent()
    {
        m_fake->setBalance(QStringLiteral("XRP"), *Money::parse(u"1000"));
        ProviderReply *reply = wait(m_provider->transfer(payout(QStringLiteral("XRP"), QStringLiteral("25.5"),
            QStringLiteral("rEb8TK3gBgk5auZkwc6sHnwrGVJH8DuaLh"), QStringLiteral("104326"))));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(m_fake->withdrawals().size(), 1);
        QCOMPARE(m_fake->withdrawals().first().network, QStringLiteral("XRP"));
        QCOMPARE(m_fake->withdrawals().first().addressTag, QStringLiteral("104326"));
    }

    void rateLimitSaysWhenToComeBack()
    {
        m_fake->setFault(BinanceFake::Fault::RateLimited, 1, false);
        ProviderReply *reply = wait(m_provider->balance());
        QCOMPARE(reply->error().httpStatus, 429);
        QCOMPARE(reply->error().retryAfterSeconds, 1);
        QVERIFY(reply->error().isBusy());
        QVERIFY2(reply->error().message.contains(QStringLiteral("1 s")), qPrintable(reply->error().message));
        QVERIFY(!wait(m_provider->balance())->error().isError()); // the fault struck once
    }

    // A 500 to the withdrawal: Binance's outcome is unknown (it "could have been a success").
    void serverErrorIsOutcomeUnknown()
    {
        m_fake->setFault(BinanceFake::Fault::Http500);
        ProviderReply *reply
            = wait(m_provider->transfer(payout(QStringLiteral("USDTTRC20"), QStringLiteral("20"), tronAddress)));
        QCOMPARE(reply->error().httpStatus, 500);
        QCOMPARE(reply->error().code, QStringLiteral("-1000"));
        QVERIFY(reply->error().outcomeUnknown());
    }

    void statusMapping_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("state");
        QTest::newRow("0 email sent") << 0 << int(PayoutStatus::State::Pending);
        QTest::newRow("1 cancelled") << 1 << int(PayoutStatus::State::Failed);
        QTest::newRow("2 awaiting approval") << 2 << int(PayoutStatus::State::Pending);
        QTest::newRow("3 rejected") << 3 << int(PayoutStatus::State::Failed);
        QTest::newRow("4 processing") << 4 << int(PayoutStatus::State::Pending);
        QTest::newRow("5 failure") << 5 << int(PayoutStatus::State::Failed);
        QTest::newRow("6 completed") << 6 << int(PayoutStatus::State::Paid);
        QTest::newRow("7 undocumented") << 7 << int(PayoutStatus::State::NeedsAttention);
    }

    void statusMapping()
    {
        QFETCH(int, code);
        QFETCH(int, state);
        m_fake->setSettling(-1);
        const QString id = booked();
        QVERIFY(m_fake->setStatus(id, code));
        const PayoutStatus s = statusOf(id);
        QCOMPARE(int(s.state), state);
        QCOMPARE(s.providerStatus, QString::number(code));
        if (s.state == PayoutStatus::State::Failed)
            QCOMPARE(
                s.message, QStringLiteral("The address is not valid. Please confirm with the recipient")); // `info`
    }

    void noWebhooks()
    {
        QString why;
        QVERIFY(!m_provider->webhookTransaction(QByteArrayLiteral("{}"), {}, &why));
        QVERIFY(why.contains(QStringLiteral("webhook")));
    }
};

QTEST_GUILESS_MAIN(TestBinance)
#include "test_binance.moc"
