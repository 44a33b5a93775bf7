#include "binance/BinanceSigner.h"
#include "cryptomus/CryptomusSigner.h"
#include "whitebit/WhiteBitSigner.h"

#include <QCryptographicHash>
#include <QTest>

using namespace pd;

// Every signature example published for the providers (binance-spot-api-docs `rest-api.md`,
// WhiteBIT's authentication.mdx and JKorf/WhiteBit.Net's CheckSignatureExample1,
// itsjoniur/go-cryptomus `sign_test.go`; each recomputed with openssl), signed by the adapters'
// signers; and a tampered byte that no longer verifies.
class TestProviderSigning : public QObject {
    Q_OBJECT

    static inline const QByteArray binanceSecret
        = QByteArrayLiteral("NhqPtmdSJYdKjVHjA7PZj4Mge3R5YNiP1e3UZjInClVN65XAbvqqM6A7H5fATj0j");

private slots:
    void binance_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("B1 query") << QByteArrayLiteral("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC&quantity=1&"
                                                       "price=0.1&recvWindow=5000&timestamp=1499827319559")
                                  << QByteArray()
                                  << QByteArrayLiteral(
                                         "c8db56825ae71d6d79447849e617115f4a920fa2acdcab2b053c4b2838bd6b71");
        QTest::newRow("B2 non-ASCII") << QByteArrayLiteral(
            "symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&timeInForce=GTC&"
            "quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559")
                                      << QByteArray()
                                      << QByteArrayLiteral(
                                             "e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3");
        QTest::newRow("B3 query and body")
            << QByteArrayLiteral("symbol=LTCBTC&side=BUY&type=LIMIT&timeInForce=GTC")
            << QByteArrayLiteral("quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559")
            << QByteArrayLiteral("0fd168b8ddb4876a0358a8d14d0c9f3da0e9b20c5d52b2a00fcf7d1c602f9a77");
    }

    void binance()
    {
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        QCOMPARE(BinanceSigner::signature(query, body, binanceSecret), signature);
        QByteArray tampered = query;
        tampered[tampered.size() - 1] = tampered.at(tampered.size() - 1) == '9' ? '8' : '9';
        QVERIFY(BinanceSigner::signature(tampered, body, binanceSecret) != signature);
    }

    // B2's payload is what encode() makes of the full-width "１２３４５６": non-ASCII is
    // percent-encoded before signing, and the signed text is the text sent.
    void binanceEncodesWhatItSigns()
    {
        const QByteArray query
            = BinanceSigner::encode({ { "symbol", QStringLiteral("１２３４５６") }, { "side", QStringLiteral("BUY") },
                { "type", QStringLiteral("LIMIT") }, { "timeInForce", QStringLiteral("GTC") },
                { "quantity", QStringLiteral("1") }, { "price", QStringLiteral("0.1") },
                { "recvWindow", QStringLiteral("5000") }, { "timestamp", QStringLiteral("1499827319559") } });
        QCOMPARE(query,
            QByteArrayLiteral("symbol=%EF%BC%91%EF%BC%92%EF%BC%93%EF%BC%94%EF%BC%95%EF%BC%96&side=BUY&type=LIMIT&"
                              "timeInForce=GTC&quantity=1&price=0.1&recvWindow=5000&timestamp=1499827319559"));
        QCOMPARE(BinanceSigner::signature(query, {}, binanceSecret),
            QByteArrayLiteral("e1353ec6b14d888f1164ae9af8228a3dbd508bc82eb867db8ab6046442f33ef3"));
    }

    void whitebit()
    {
        const QByteArray body = QByteArrayLiteral(
            R"({"market":"ETH_USDT","request":"/api/v3/order","nonce":"1499827319559","nonceWindow":false})");
        const auto signed_ = WhiteBitSigner::sign(body, QByteArrayLiteral("XXX"));
        QCOMPARE(signed_.payload,
            QByteArrayLiteral("eyJtYXJrZXQiOiJFVEhfVVNEVCIsInJlcXVlc3QiOiIvYXBpL3YzL29yZGVyIiwibm9uY2UiOiIxNDk5ODI3MzE5"
                              "NTU5Iiwibm9uY2VXaW5kb3ciOmZhbHNlfQ=="));
        QCOMPARE(signed_.signature,
            QByteArrayLiteral("e164832d38f40692420d44786f8dbc98a46af816ed6c30dbc5d6178e71e63f491a4b6dbfea93c887f50c570d"
                              "4b403dd61fe2432908754f49f904d06c51c84680"));
        QVERIFY(WhiteBitSigner::verify(body, signed_.payload, signed_.signature, QByteArrayLiteral("XXX")));
        // One byte of the body changed, or the signature, or the secret: refused.
        QByteArray tampered = body;
        tampered.replace("ETH_USDT", "ETH_USDC");
        QVERIFY(!WhiteBitSigner::verify(tampered, signed_.payload, signed_.signature, QByteArrayLiteral("XXX")));
        QVERIFY(!WhiteBitSigner::verify(tampered, WhiteBitSigner::sign(tampered, QByteArrayLiteral("XXX")).payload,
            signed_.signature, QByteArrayLiteral("XXX")));
        QByteArray badSignature = signed_.signature;
        badSignature[0] = 'f';
        QVERIFY(!WhiteBitSigner::verify(body, signed_.payload, badSignature, QByteArrayLiteral("XXX")));
        QVERIFY(!WhiteBitSigner::verify(body, signed_.payload, signed_.signature, QByteArrayLiteral("XXY")));
    }

    void cryptomus()
    {
        const QByteArray body = QByteArrayLiteral(R"({"amount":10,"currency":"usd","order_id":"OrDeRiD"})");
        QCOMPARE(CryptomusSigner::sign(body, QByteArrayLiteral("bcda")),
            QByteArrayLiteral("0f66e9e002a45d4285cc77a227dadfeb"));
        // One byte of the body changed: another signature.
        QVERIFY(CryptomusSigner::sign(QByteArrayLiteral(R"({"amount":10,"currency":"usd","order_id":"OrDeRiE"})"),
                    QByteArrayLiteral("bcda"))
            != QByteArrayLiteral("0f66e9e002a45d4285cc77a227dadfeb"));
        // No body: md5 of the key alone, as the documentation says.
        QCOMPARE(CryptomusSigner::sign(QByteArray(), QByteArrayLiteral("bcda")),
            QCryptographicHash::hash(QByteArrayLiteral("bcda"), QCryptographicHash::Md5).toHex());
    }
};

QTEST_GUILESS_MAIN(TestProviderSigning)
#include "test_provider_signing.moc"
