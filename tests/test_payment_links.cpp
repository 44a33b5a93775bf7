#include "merchant/PaymentLinks.h"

#include <QTest>

using namespace pd;

// The client's links, as spec/001 and spec/002 write them.
class TestPaymentLinks : public QObject {
    Q_OBJECT
private slots:
    void theSpecificationsExample()
    {
        const auto links = PaymentLinks::make(QStringLiteral("https://www.kryptoswap.io"), QStringLiteral("en"), 1409,
            QStringLiteral("dGqwF2M2eBPaSN1G5ljMS1cb"));
        QVERIFY(links);
        QCOMPARE(links->payment.toString(),
            QStringLiteral("https://www.kryptoswap.io/en/payment/1409/dGqwF2M2eBPaSN1G5ljMS1cb"));
        QCOMPARE(links->order.toString(),
            QStringLiteral("https://www.kryptoswap.io/en/order/1409/dGqwF2M2eBPaSN1G5ljMS1cb"));
    }
    void baseWithTrailingSlashOrPath()
    {
        QCOMPARE(PaymentLinks::make(QStringLiteral("https://obmin.me/"), QStringLiteral("uk"), 7, QStringLiteral("s"))
                     ->payment.toString(),
            QStringLiteral("https://obmin.me/uk/payment/7/s"));
        QCOMPARE(PaymentLinks::make(QStringLiteral("https://example.com/shop//"), {}, 7, QStringLiteral("s"))
                     ->order.toString(),
            QStringLiteral("https://example.com/shop/en/order/7/s"));
    }
    void aSecretNeedingEncodingStaysOneSegment()
    {
        const auto links = PaymentLinks::make(
            QStringLiteral("https://x.example"), QStringLiteral("es"), 5, QStringLiteral("a/b?c#d e"));
        QVERIFY(links);
        QCOMPARE(links->payment.toString(QUrl::FullyEncoded),
            QStringLiteral("https://x.example/es/payment/5/a%2Fb%3Fc%23d%20e"));
        QVERIFY(links->payment.query().isEmpty());
        QVERIFY(links->payment.fragment().isEmpty());
    }
    void refusals()
    {
        QString why;
        QVERIFY(!PaymentLinks::make(QStringLiteral("https://x.example"), {}, 5, QString(), &why));
        QVERIFY(why.contains(QStringLiteral("secret")));
        QVERIFY(!PaymentLinks::make(QString(), {}, 5, QStringLiteral("s"), &why));
        QVERIFY(why.contains(QStringLiteral("Settings")));
        QVERIFY(!PaymentLinks::make(QStringLiteral("ftp://x.example"), {}, 5, QStringLiteral("s"), &why));
        QVERIFY(!PaymentLinks::make(QStringLiteral("x.example"), {}, 5, QStringLiteral("s"), &why));
        QVERIFY(!PaymentLinks::make(QStringLiteral("https://x.example"), {}, 0, QStringLiteral("s"), &why));
    }
};

QTEST_GUILESS_MAIN(TestPaymentLinks)
#include "test_payment_links.moc"
