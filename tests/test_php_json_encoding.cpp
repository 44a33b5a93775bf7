#include "cryptomus/CryptomusProvider.h"
#include "cryptomus/CryptomusSigner.h"
#include "cryptomus/PhpJsonEncoding.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTest>

using namespace pd;

namespace {

const QByteArray key = QByteArrayLiteral("payout-key-for-webhooks");

// The body `data` with "sign" added as the last member, computed over `signedText`: what
// Cryptomus sends when it is `data` itself, what a wrong re-encoding would accept otherwise.
QByteArray signedBody(const QByteArray &data, const QByteArray &signedText)
{
    return data.chopped(1) + ",\"sign\":\"" + CryptomusSigner::sign(signedText, key) + "\"}";
}

QByteArray signedBody(const QByteArray &data)
{
    return signedBody(data, data);
}

// The official example (ja page) with a txid holding a '/', as TON's base64 hashes do.
const QByteArray phpData = QByteArrayLiteral(
    R"({"type":"payout","uuid":"2b852d86-3cf1-43fb-b1bb-36f0b7d12151","order_id":"129359","amount":"207.00000000",)"
    R"("merchant_amount":"207.30000000","commission":"0.30000000","is_final":true,"status":"paid",)"
    R"("txid":"te6cc\/EBAQ+A","currency":"USDT","network":"TON"})");

} // namespace

// Cryptomus's webhooks are signed over PHP's json_encode of their data (doc.cryptomus.com/payouts/webhook):
// PhpJsonEncoding writes that text again, and CryptomusProvider checks webhooks with it.
class TestPhpJsonEncoding : public QObject {
    Q_OBJECT

    QNetworkAccessManager m_network;

    std::optional<QString> check(const QByteArray &body, QString *why = nullptr)
    {
        CryptomusProvider provider(&m_network);
        provider.configure({ { { QStringLiteral("apiUrl"), QStringLiteral("http://127.0.0.1:9") },
                                 { QStringLiteral("merchantId"), QStringLiteral("m") },
                                 { QStringLiteral("payoutApiKey"), QString::fromLatin1(key) } },
            false, 30, {} });
        return provider.webhookTransaction(body, {}, why);
    }

private slots:
    // https://github.com/itsjoniur/go-cryptomus sign_test.go, its body encoded again unchanged.
    void publishedVector()
    {
        const QByteArray body = QByteArrayLiteral(R"({"amount":10,"currency":"usd","order_id":"OrDeRiD"})");
        QCOMPARE(PhpJsonEncoding::reencode(body).value_or(QByteArray()), body);
        QCOMPARE(CryptomusSigner::sign(*PhpJsonEncoding::reencode(body), QByteArrayLiteral("bcda")),
            QByteArrayLiteral("0f66e9e002a45d4285cc77a227dadfeb"));
        const auto split = PhpJsonEncoding::withoutSign(QByteArrayLiteral(
            R"({"amount":10,"currency":"usd","order_id":"OrDeRiD","sign":"0f66e9e002a45d4285cc77a227dadfeb"})"));
        QVERIFY(split);
        QCOMPARE(split->data, body);
        QCOMPARE(split->sign, QByteArrayLiteral("0f66e9e002a45d4285cc77a227dadfeb"));
    }

    void keepsOrderEscapesSlashesLeavesUnicode()
    {
        // Pretty-printed, keys out of order, '/' unescaped, Cyrillic and a number and a float string.
        const QByteArray in
            = QByteArrayLiteral("{ \"z\": \"a/b\", \"a\": 10, \"m\": \"207.00000000\", \"name\": \"Оплата №5\", \"f\": "
                                "1.5, \"n\": null, \"t\": [true, {\"y\":1,\"b\":2}] }");
        QCOMPARE(PhpJsonEncoding::reencode(in).value_or(QByteArray()),
            QByteArray(
                R"({"z":"a\/b","a":10,"m":"207.00000000","name":"Оплата №5","f":1.5,"n":null,"t":[true,{"y":1,"b":2}]})"));
        // Members written in the order given; QJsonValue's 10.0 is written as PHP writes the integer 10.
        QCOMPARE(PhpJsonEncoding::encode(
                     { { QStringLiteral("b"), 10 }, { QStringLiteral("a"), QStringLiteral("https://x/y") } }),
            QByteArray(R"({"b":10,"a":"https:\/\/x\/y"})"));
        // What PHP escapes even with JSON_UNESCAPED_UNICODE.
        QCOMPARE(PhpJsonEncoding::reencode(QByteArray("[\"a\xE2\x80\xA8"
                                                      "b\\n\"]"))
                     .value_or(QByteArray()),
            QByteArray(R"(["a\u2028b\n"])"));
        QVERIFY(!PhpJsonEncoding::reencode(QByteArrayLiteral("{\"a\":")));
        QVERIFY(!PhpJsonEncoding::withoutSign(QByteArrayLiteral(R"({"a":1})")));
        QVERIFY(!PhpJsonEncoding::withoutSign(QByteArrayLiteral(R"(["sign"])")));
    }

    void acceptsTheWebhookAsCryptomusSignsIt()
    {
        QString why;
        QCOMPARE(
            check(signedBody(phpData), &why).value_or(why), QStringLiteral("2b852d86-3cf1-43fb-b1bb-36f0b7d12151"));
        // The sign anywhere in the object, not only last.
        QByteArray first = phpData;
        first.insert(1, "\"sign\":\"" + CryptomusSigner::sign(phpData, key) + "\",");
        QCOMPARE(check(first).value_or(QString()), QStringLiteral("2b852d86-3cf1-43fb-b1bb-36f0b7d12151"));
    }

    // The genuine body, its sign computed over another encoding of the same data: accepted
    // only by a check that re-encodes the same wrong way.
    void refusesWhatWasSignedOverOtherText()
    {
        QString why;
        // Sorted keys (what QJsonDocument writes), '/' escaped: only the order differs.
        QByteArray sorted = QJsonDocument::fromJson(phpData).toJson(QJsonDocument::Compact);
        sorted.replace("/", "\\/");
        QVERIFY(sorted != phpData);
        QVERIFY(!check(signedBody(phpData, sorted), &why));
        QVERIFY2(why.contains(QStringLiteral("signature")), qPrintable(why));
        // Original order, '/' left unescaped: only the escaping differs.
        QByteArray slashes = phpData;
        slashes.replace("\\/", "/");
        QVERIFY(slashes != phpData);
        QVERIFY(!check(signedBody(phpData, slashes)));
        QVERIFY(check(signedBody(phpData, phpData)));
        // A byte changed after signing; another key; no sign; not JSON.
        QByteArray tampered = signedBody(phpData);
        tampered.replace("207.00000000", "208.00000000");
        QVERIFY(!check(tampered));
        QVERIFY(
            !check(QByteArray(phpData.chopped(1) + ",\"sign\":\"" + CryptomusSigner::sign(phpData, "other") + "\"}")));
        QVERIFY(!check(phpData));
        QVERIFY(!check(QByteArrayLiteral("not json")));
        // Signed properly, but not about a payout.
        QByteArray payment = phpData;
        payment.replace("\"payout\"", "\"payment\"");
        QVERIFY(!check(signedBody(payment), &why));
        QVERIFY2(why.contains(QStringLiteral("payout")), qPrintable(why));
    }

    void unicodeIsSignedUnescaped()
    {
        QByteArray data = phpData;
        data.replace("\"129359\"", "\"Заказ-5\"");
        QVERIFY(check(signedBody(data)));
        QByteArray escaped = data;
        escaped.replace("Заказ", "\\u0417\\u0430\\u043a\\u0430\\u0437");
        QVERIFY(!check(signedBody(data, escaped))); // signed as PHP without JSON_UNESCAPED_UNICODE writes it
        // The body may carry it escaped: it is the decoded data that is encoded again.
        QVERIFY(check(signedBody(escaped, data)));
    }
};

QTEST_GUILESS_MAIN(TestPhpJsonEncoding)
#include "test_php_json_encoding.moc"
