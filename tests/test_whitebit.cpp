#include "WhiteBitFake.h"
#include "contract/CurrencyRegistry.h"
#include "contract/NonceCounter.h"
#include "whitebit/WhiteBitProvider.h"
#include "whitebit/WhiteBitSigner.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace pd;
using pd::fakes::WhiteBitFake;
using State = PayoutStatus::State;

// The WhiteBIT adapter against WhiteBitFake on 127.0.0.1: signing and nonces as WhiteBIT checks
// them, the withdrawal's 201 [] and duplicate-uniqueId 400, statuses from the history, card
// payouts on VISAMASTER, errors in the staff's words, and signed webhooks.
class TestWhiteBit : public QObject {
    Q_OBJECT

    const CurrencyRegistry m_currencies = CurrencyRegistry::builtIn();
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    std::unique_ptr<WhiteBitFake> m_fake;
    std::unique_ptr<WhiteBitProvider> m_provider;
    int m_reference = 0;

    static ProviderReply *wait(ProviderReply *reply)
    {
        if (!reply->isFinished())
            QSignalSpy(reply, &ProviderReply::finished).wait(15000);
        return reply;
    }

    ProviderConfig config() const
    {
        ProviderConfig c;
        c.values = m_fake->config();
        c.values.insert(m_fake->secrets());
        c.timeoutSeconds = 5;
        c.stateDir = m_dir.path();
        return c;
    }

    PayoutRequest usdt(const QString &amount)
    {
        PayoutRequest r;
        r.reference = QStringLiteral("pd-65f0000000000000000000aa-%1").arg(++m_reference);
        r.amount = *Money::parse(amount);
        r.currency = *m_currencies.byXml(u"USDTTRC20");
        r.recipient = m_fake->recipient();
        return r;
    }

    PayoutRequest card(const QString &amount, const QString &number)
    {
        PayoutRequest r;
        r.reference = QStringLiteral("pd-65f0000000000000000000bb-%1").arg(++m_reference);
        r.amount = *Money::parse(amount);
        r.currency = *m_currencies.byXml(u"CARDUAH");
        r.recipient = { { QStringLiteral("card"), number }, { QStringLiteral("firstName"), QStringLiteral("Olena") },
            { QStringLiteral("lastName"), QStringLiteral("Kovalenko") } };
        return r;
    }

    // A raw signed POST, for what the adapter would never send.
    int post(const QString &path, const QByteArray &body, const QByteArray &signedBody)
    {
        QNetworkRequest request(QUrl(m_fake->baseUrl().toString() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const auto headers
            = WhiteBitSigner::sign(signedBody, m_fake->secrets().value(QStringLiteral("apiSecret")).toUtf8());
        request.setRawHeader("X-TXC-APIKEY", m_fake->config().value(QStringLiteral("apiKey")).toUtf8());
        request.setRawHeader("X-TXC-PAYLOAD", headers.payload);
        request.setRawHeader("X-TXC-SIGNATURE", headers.signature);
        QNetworkReply *reply = m_network.post(request, body);
        QSignalSpy(reply, &QNetworkReply::finished).wait(10000);
        reply->deleteLater();
        return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    }

    QByteArray withdrawal(const QString &uniqueId, qint64 nonce, bool window = true)
    {
        QJsonObject o { { QStringLiteral("ticker"), QStringLiteral("USDT") },
            { QStringLiteral("amount"), QStringLiteral("5") },
            { QStringLiteral("address"), QStringLiteral("TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t") },
            { QStringLiteral("network"), QStringLiteral("TRC20") }, { QStringLiteral("uniqueId"), uniqueId },
            { QStringLiteral("request"), QStringLiteral("/api/v4/main-account/withdraw-pay") },
            { QStringLiteral("nonce"), nonce } };
        if (window)
            o.insert(QStringLiteral("nonceWindow"), true);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

private slots:
    void init()
    {
        m_fake = std::make_unique<WhiteBitFake>();
        QVERIFY(m_fake->listen());
        m_fake->fund(*Money::parse(u"1000.000000"));
        m_fake->setBalance(QStringLiteral("UAH"), *Money::parse(u"50000.00"));
        m_provider = std::make_unique<WhiteBitProvider>(&m_network);
        m_provider->configure(config());
        QVERIFY(m_provider->missingConfig().isEmpty());
    }

    void cleanup()
    {
        m_provider.reset();
        m_fake.reset();
    }

    // Acceptance 1: any byte changed after signing is refused, and nothing is booked.
    void tamperedByteIsRefused()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QByteArray good = withdrawal(QStringLiteral("pd-tamper-1"), now);
        QByteArray tampered = good;
        tampered.replace("\"amount\":\"5\"", "\"amount\":\"6\"");
        QVERIFY(tampered != good);
        QCOMPARE(post(QStringLiteral("/api/v4/main-account/withdraw-pay"), tampered, good), 401);
        QByteArray otherPath = withdrawal(QStringLiteral("pd-tamper-2"), now + 1);
        QCOMPARE(post(QStringLiteral("/api/v4/main-account/withdraw"), otherPath, otherPath),
            401); // "request" names another path
        QCOMPARE(m_fake->bookedReferences().size(), 0);
        QCOMPARE(
            post(QStringLiteral("/api/v4/main-account/withdraw-pay"), good, good), 201); // the same, untouched, passes
        QCOMPARE(m_fake->bookedReferences(), QStringList { QStringLiteral("pd-tamper-1") });
        QCOMPARE(m_fake->refusedSignatures(), 2);
    }

    // Without the window, a nonce not above the last one is refused ("Too many requests.").
    void nonceMustIncrease()
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QByteArray first = withdrawal(QStringLiteral("pd-nonce-1"), now, false);
        QCOMPARE(post(QStringLiteral("/api/v4/main-account/withdraw-pay"), first, first), 201);
        const QByteArray again = withdrawal(QStringLiteral("pd-nonce-2"), now, false);
        QCOMPARE(post(QStringLiteral("/api/v4/main-account/withdraw-pay"), again, again), 401);
        const QByteArray stale = withdrawal(QStringLiteral("pd-nonce-3"), now - 60000, true);
        QCOMPARE(
            post(QStringLiteral("/api/v4/main-account/withdraw-pay"), stale, stale), 401); // outside the 5 s window
        QCOMPARE(m_fake->bookedReferences().size(), 1);
    }

    // The counter continues above what the last run (or another process) handed out, even when
    // that is ahead of the clock, and two counters on one file never hand out the same nonce.
    void nonceKeptAcrossRestarts()
    {
        const QString file = m_dir.filePath(QStringLiteral("nonce-test"));
        const qint64 ahead = QDateTime::currentMSecsSinceEpoch() + 3600000;
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::number(ahead));
        }
        NonceCounter first(file);
        QCOMPARE(first.next(), ahead + 1);
        NonceCounter second(file); // a restart, or a second desk process
        QCOMPARE(second.next(), ahead + 2);
        QCOMPARE(first.next(), ahead + 3);
        QCOMPARE(NonceCounter().next() > 0, true);

        // The adapter keeps its counter in the workspace's folder.
        wait(m_provider->balance())->deleteLater();
        QCOMPARE(QDir(m_dir.path()).entryList({ QStringLiteral("whitebit-nonce-*") }, QDir::Files).size(), 1);
    }

    void balanceIsExact()
    {
        ProviderReply *reply = wait(m_provider->balance());
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->balances().value(QStringLiteral("USDT")).toString(), QStringLiteral("1000.000000"));
        QCOMPARE(reply->balances().value(QStringLiteral("UAH")).toString(), QStringLiteral("50000.00"));
    }

    void transferIsPendingThenPaid()
    {
        m_fake->setSettling(-1);
        const PayoutRequest request = usdt(QStringLiteral("12.500000"));
        ProviderReply *reply = wait(m_provider->transfer(request));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        QCOMPARE(reply->transfer().ok, 2);
        QCOMPARE(reply->transfer().transaction, request.reference);
        const auto &booked = m_fake->withdrawals().first();
        QCOMPARE(booked.network, QStringLiteral("TRC20"));
        QCOMPARE(booked.amount.toString(), QStringLiteral("12.500000"));
        QCOMPARE(m_fake->balance(QStringLiteral("USDT")).toString(), QStringLiteral("987.500000"));
        QCOMPARE(wait(m_provider->status(request.reference))->status().state, State::Pending);
        QVERIFY(m_fake->setStatus(request.reference, 3));
        ProviderReply *paid = wait(m_provider->statusByReference(request.reference));
        QCOMPARE(paid->status().state, State::Paid);
        QCOMPARE(paid->status().providerStatus, QStringLiteral("3"));
        QCOMPARE(
            wait(m_provider->statusByReference(QStringLiteral("pd-never-sent-1")))->status().state, State::NotFound);
    }

    // A second create with the same uniqueId is WhiteBIT's 400: nothing new is paid, and the
    // adapter follows the original instead of calling it a failure.
    void duplicateUniqueIdIsFollowed()
    {
        const PayoutRequest request = usdt(QStringLiteral("3"));
        QCOMPARE(wait(m_provider->transfer(request))->transfer().ok, 2);
        ProviderReply *again = wait(m_provider->transfer(request));
        QVERIFY2(!again->error().isError(), qPrintable(again->error().message));
        QCOMPARE(again->transfer().transaction, request.reference);
        QCOMPARE(m_fake->bookedReferences().size(), 1);
        QCOMPARE(m_fake->duplicateCreates(), 1);
    }

    void statesThatNeedAPerson_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("state");
        QTest::newRow("3 successful") << 3 << int(State::Paid);
        QTest::newRow("7 successful") << 7 << int(State::Paid);
        QTest::newRow("4 canceled") << 4 << int(State::Failed);
        QTest::newRow("5 unconfirmed") << 5 << int(State::NeedsAttention);
        QTest::newRow("18 partial") << 18 << int(State::NeedsAttention);
        QTest::newRow("21 AML frozen") << 21 << int(State::NeedsAttention);
        QTest::newRow("15 pending") << 15 << int(State::Pending);
    }
    void statesThatNeedAPerson()
    {
        QFETCH(int, code);
        QFETCH(int, state);
        m_fake->setSettling(-1);
        const PayoutRequest request = usdt(QStringLiteral("20"));
        wait(m_provider->transfer(request))->deleteLater();
        QVERIFY(m_fake->setStatus(request.reference, code));
        const PayoutStatus s = wait(m_provider->status(request.reference))->status();
        QCOMPARE(int(s.state), state);
        if (s.state == State::NeedsAttention)
            QVERIFY2(s.message.contains(QString::number(code)), qPrintable(s.message));
    }

    // Acceptance 3's card half at the adapter: UAH to a card on the VISAMASTER rail.
    void cardPayoutGoesToVisaMaster()
    {
        const PayoutRequest request = card(QStringLiteral("1250.50"), QStringLiteral("4111 1111 1111 1111"));
        ProviderReply *reply = wait(m_provider->transfer(request));
        QVERIFY2(!reply->error().isError(), qPrintable(reply->error().message));
        const auto &booked = m_fake->withdrawals().first();
        QCOMPARE(booked.ticker, QStringLiteral("UAH"));
        QCOMPARE(booked.provider, QStringLiteral("VISAMASTER"));
        QCOMPARE(booked.address, QStringLiteral("4111111111111111"));
        QCOMPARE(booked.beneficiary.value(QStringLiteral("lastName")).toString(), QStringLiteral("Kovalenko"));
        QCOMPARE(booked.amount.toString(), QStringLiteral("1250.50"));
    }

    void recipientFieldsPerCurrency()
    {
        const auto ids = [this](const char *xml) {
            QStringList list;
            for (const RecipientField &f :
                m_provider->fields(QStringLiteral("en"), *m_currencies.byXml(QString::fromLatin1(xml))))
                list << f.id;
            return list;
        };
        QCOMPARE(ids("USDTTRC20"), QStringList { QStringLiteral("address") });
        QCOMPARE(ids("XRP"), (QStringList { QStringLiteral("address"), QStringLiteral("memo") }));
        QCOMPARE(ids("CARDUAH"),
            (QStringList { QStringLiteral("card"), QStringLiteral("firstName"), QStringLiteral("lastName") }));
        const Currency uah = *m_currencies.byXml(u"CARDUAH");
        QVERIFY(!m_provider
                     ->recipientProblems(QStringLiteral("en"), uah,
                         card(QStringLiteral("10"), QStringLiteral("4111 1111 1111 1112")).recipient)
                     .isEmpty());
        QVERIFY(m_provider
                    ->recipientProblems(QStringLiteral("en"), uah,
                        card(QStringLiteral("10"), QStringLiteral("4111 1111 1111 1111")).recipient)
                    .isEmpty());
        auto noName = card(QStringLiteral("10"), QStringLiteral("4111 1111 1111 1111")).recipient;
        noName.remove(QStringLiteral("lastName"));
        QVERIFY(!m_provider->recipientProblems(QStringLiteral("en"), uah, noName).isEmpty());
        // TON's user-friendly addresses are base64url: '-' and '_' belong in them.
        const Currency ton = *m_currencies.byXml(u"TON");
        const auto tonProblems = [&](const QString &address) {
            QHash<QString, QString> recipient { { QStringLiteral("address"), address } };
            return m_provider->recipientProblems(QStringLiteral("en"), ton, recipient);
        };
        QVERIFY(tonProblems(QStringLiteral("EQD4FPq-PRDieyQKkizFTRtSDyucUIqrj0v_zXJmqaDp6_0t")).isEmpty());
        QVERIFY(!tonProblems(QStringLiteral("EQD4FPq+PRDieyQKkizFTRtSDyucUIqrj0v/zXJmqaDp6/0t")).isEmpty());
    }

    void errorsAreToldInStaffWords_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("insufficient balance")
            << "5000"
            << "" << int(ProviderError::Kind::InsufficientBalance) << "does not cover";
        QTest::newRow("invalid address") << "5"
                                         << "0x52908400098527886E0F7030069857D2E4169EE7"
                                         << int(ProviderError::Kind::Provider) << "refuses the recipient's address";
        QTest::newRow("below minimum") << "0.5"
                                       << "" << int(ProviderError::Kind::Provider) << "below WhiteBIT's minimum";
    }
    void errorsAreToldInStaffWords()
    {
        QFETCH(QString, amount);
        QFETCH(QString, address);
        QFETCH(int, kind);
        QFETCH(QString, words);
        PayoutRequest request = usdt(amount);
        if (!address.isEmpty())
            request.recipient.insert(QStringLiteral("address"), address);
        ProviderReply *reply = wait(m_provider->transfer(request));
        QCOMPARE(int(reply->error().kind), kind);
        QVERIFY2(reply->error().message.contains(words), qPrintable(reply->error().message));
        QVERIFY(!reply->error().outcomeUnknown()); // a definite refusal: nothing was paid
        QCOMPARE(m_fake->bookedReferences().size(), 0);
    }

    void rateLimitHonoursRetryAfter()
    {
        m_fake->setFault(WhiteBitFake::Fault::RateLimited, 1, false);
        ProviderReply *reply = wait(m_provider->balance());
        QCOMPARE(reply->error().httpStatus, 429);
        QCOMPARE(reply->error().retryAfterSeconds, 1);
        QVERIFY2(
            reply->error().message.contains(QStringLiteral("Try again in 1 s")), qPrintable(reply->error().message));
    }

    void wrongSecretIsABadSignature()
    {
        ProviderConfig c = config();
        c.values.insert(QStringLiteral("apiSecret"), QStringLiteral("not-the-secret"));
        m_provider->configure(c);
        ProviderReply *reply = wait(m_provider->transfer(usdt(QStringLiteral("5"))));
        QCOMPARE(reply->error().httpStatus, 401);
        QVERIFY2(reply->error().message.contains(QStringLiteral("signature")), qPrintable(reply->error().message));
        QCOMPARE(m_fake->bookedReferences().size(), 0);
    }

    // Webhooks: HMAC-SHA512 over the raw body with the webhook secret, the webhook key, and
    // an increasing nonce; then the engine re-reads the payout by the uniqueId returned.
    void webhookIsVerified()
    {
        const PayoutRequest request = usdt(QStringLiteral("7"));
        wait(m_provider->transfer(request))->deleteLater();
        const auto [body, headers] = m_fake->webhook(request.reference, QStringLiteral("withdraw.successful"));
        QString why;
        QCOMPARE(m_provider->webhookTransaction(body, headers, &why).value_or(QString()), request.reference);
        // Its nonce, for the desk's replay check, which keeps the last one in the book
        // (test_webhooks whiteBitReplayIsRefusedByTheBook): an adapter is made anew per webhook.
        QVERIFY(m_provider->webhookNonce(body).value_or(0) > 0);

        auto [next, nextHeaders] = m_fake->webhook(request.reference, QStringLiteral("withdraw.successful"));
        QByteArray tampered = next;
        tampered.replace("withdraw.successful", "withdraw.canceled!!");
        QVERIFY(!m_provider->webhookTransaction(tampered, nextHeaders, &why));
        auto wrongKey = nextHeaders;
        wrongKey.insert("x-txc-apikey", "someone-else");
        QVERIFY(!m_provider->webhookTransaction(next, wrongKey, &why));
        QVERIFY(m_provider->webhookTransaction(next, nextHeaders, &why));
    }
};

QTEST_GUILESS_MAIN(TestWhiteBit)
#include "test_whitebit.moc"
