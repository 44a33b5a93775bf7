// CurrencyRegistry: XML code → currency, kind, network, precision.
#include "contract/CurrencyRegistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

using pd::Currency;
using pd::CurrencyKind;
using pd::CurrencyRegistry;

namespace {

QJsonObject entry(const QString &xml, const QString &kind = QStringLiteral("crypto"),
    const QString &network = QStringLiteral("BTC"), int precision = 8)
{
    return QJsonObject { { QStringLiteral("xml"), xml }, { QStringLiteral("currency"), xml },
        { QStringLiteral("kind"), kind }, { QStringLiteral("network"), network },
        { QStringLiteral("precision"), precision },
        { QStringLiteral("name"), QString(xml + QStringLiteral(" coin")) } };
}

QByteArray document(const QJsonArray &currencies)
{
    return QJsonDocument(QJsonObject { { QStringLiteral("sources"), QJsonArray { QStringLiteral("a test") } },
                             { QStringLiteral("currencies"), currencies } })
        .toJson();
}

} // namespace

class TestCurrencies : public QObject {
    Q_OBJECT

private slots:
    void builtInLoads()
    {
        const CurrencyRegistry registry = CurrencyRegistry::builtIn();
        QVERIFY2(registry.all().size() >= 80, qPrintable(QString::number(registry.all().size())));
        QVERIFY(!registry.sources().isEmpty());
        for (const QString &source : registry.sources())
            QVERIFY(!source.trimmed().isEmpty());
    }

    void builtInEntriesAreSane()
    {
        const CurrencyRegistry registry = CurrencyRegistry::builtIn();
        QSet<QString> seen;
        for (const Currency &currency : registry.all()) {
            const QByteArray what = currency.xml.toUtf8();
            QVERIFY2(!seen.contains(currency.xml.toUpper()), what.constData());
            seen.insert(currency.xml.toUpper());
            QVERIFY2(currency.xml == currency.xml.toUpper(), what.constData());
            QVERIFY2(!currency.currency.isEmpty() && !currency.name.isEmpty(), what.constData());
            QVERIFY2(currency.precision >= 0 && currency.precision <= 18, what.constData());
            QVERIFY2((currency.kind == CurrencyKind::Crypto) == !currency.network.isEmpty(), what.constData());
            // Every code resolves to itself.
            QVERIFY2(registry.byXml(currency.xml) == currency, what.constData());
        }
    }

    void knownCodes_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::addColumn<QString>("currency");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("network");
        QTest::addColumn<int>("precision");

        QTest::newRow("BTC") << "BTC"
                             << "BTC"
                             << "crypto"
                             << "BTC" << 8;
        QTest::newRow("ETH") << "ETH"
                             << "ETH"
                             << "crypto"
                             << "ETH" << 18;
        QTest::newRow("TRX") << "TRX"
                             << "TRX"
                             << "crypto"
                             << "TRX" << 6;
        QTest::newRow("XRP") << "XRP"
                             << "XRP"
                             << "crypto"
                             << "XRP" << 6;
        QTest::newRow("USDTTRC20") << "USDTTRC20"
                                   << "USDT"
                                   << "crypto"
                                   << "TRC20" << 6;
        QTest::newRow("USDTERC20") << "USDTERC20"
                                   << "USDT"
                                   << "crypto"
                                   << "ERC20" << 6;
        QTest::newRow("USDTBEP20") << "USDTBEP20"
                                   << "USDT"
                                   << "crypto"
                                   << "BEP20" << 18;
        QTest::newRow("BNBBEP20") << "BNBBEP20"
                                  << "BNB"
                                  << "crypto"
                                  << "BEP20" << 18;
        QTest::newRow("CARDUAH") << "CARDUAH"
                                 << "UAH"
                                 << "card"
                                 << "" << 2;
        QTest::newRow("WMZ") << "WMZ"
                             << "USD"
                             << "emoney"
                             << "" << 2;
        QTest::newRow("P24UAH") << "P24UAH"
                                << "UAH"
                                << "bank"
                                << "" << 2;
        QTest::newRow("SEPAEUR") << "SEPAEUR"
                                 << "EUR"
                                 << "bank"
                                 << "" << 2;
        QTest::newRow("CASHUSD") << "CASHUSD"
                                 << "USD"
                                 << "cash"
                                 << "" << 2;
    }

    void knownCodes()
    {
        QFETCH(QString, xml);
        QFETCH(QString, currency);
        QFETCH(QString, kind);
        QFETCH(QString, network);
        QFETCH(int, precision);

        const std::optional<Currency> found = CurrencyRegistry::builtIn().byXml(xml);
        QVERIFY(found);
        QCOMPARE(found->xml, xml);
        QCOMPARE(found->currency, currency);
        QCOMPARE(pd::toString(found->kind), kind);
        QCOMPARE(found->network, network);
        QCOMPARE(found->precision, precision);
        QVERIFY(!found->name.isEmpty());
    }

    void lookupIsCaseInsensitive()
    {
        const CurrencyRegistry registry = CurrencyRegistry::builtIn();
        for (const QString &spelling :
            { QStringLiteral("usdttrc20"), QStringLiteral("UsdtTrc20"), QStringLiteral("USDTtrc20") }) {
            const std::optional<Currency> found = registry.byXml(spelling);
            QVERIFY2(found, qPrintable(spelling));
            QCOMPARE(found->xml, QStringLiteral("USDTTRC20")); // as published, not as asked
        }
        QCOMPARE(registry.byXml(u"cardUAH")->xml, QStringLiteral("CARDUAH"));
    }

    void unknownCodes_data()
    {
        QTest::addColumn<QString>("xml");
        QTest::newRow("made up") << "NOPE";
        QTest::newRow("empty") << "";
        QTest::newRow("trailing space") << "BTC ";
        QTest::newRow("prefix") << "USDT";
        QTest::newRow("prefix of code") << "USDTTRC";
    }

    void unknownCodes()
    {
        QFETCH(QString, xml);
        QVERIFY(!CurrencyRegistry::builtIn().byXml(xml));
    }

    void kindNamesRoundTrip()
    {
        for (CurrencyKind kind :
            { CurrencyKind::Crypto, CurrencyKind::Card, CurrencyKind::EMoney, CurrencyKind::Bank, CurrencyKind::Cash })
            QVERIFY(pd::currencyKindFromString(pd::toString(kind)) == kind);
        QVERIFY(!pd::currencyKindFromString(u"fiat"));
        QVERIFY(!pd::currencyKindFromString(u"Crypto"));
        QVERIFY(!pd::currencyKindFromString(u""));
    }

    void fromJsonKeepsFileOrder()
    {
        QString error;
        const std::optional<CurrencyRegistry> registry
            = CurrencyRegistry::fromJson(document({ entry(QStringLiteral("ZZZ")), entry(QStringLiteral("AAA")),
                                             entry(QStringLiteral("CASHUSD"), QStringLiteral("cash"), QString(), 2) }),
                &error);
        QVERIFY2(registry, qPrintable(error));
        QCOMPARE(registry->all().size(), 3);
        QCOMPARE(registry->all().at(0).xml, QStringLiteral("ZZZ"));
        QCOMPARE(registry->all().at(1).xml, QStringLiteral("AAA"));
        QCOMPARE(registry->all().at(2).xml, QStringLiteral("CASHUSD"));
        QVERIFY(registry->all().at(2).kind == CurrencyKind::Cash);
        QCOMPARE(registry->all().at(2).precision, 2);
        QCOMPARE(registry->sources(), QStringList { QStringLiteral("a test") });
        QCOMPARE(registry->byXml(u"aaa")->name, QStringLiteral("AAA coin"));
    }

    void fromJsonBoundaries()
    {
        QString error;
        QVERIFY2(
            CurrencyRegistry::fromJson(
                document({ entry(QStringLiteral("A"), QStringLiteral("crypto"), QStringLiteral("X"), 0) }), &error),
            qPrintable(error));
        QVERIFY2(
            CurrencyRegistry::fromJson(
                document({ entry(QStringLiteral("A"), QStringLiteral("crypto"), QStringLiteral("X"), 18) }), &error),
            qPrintable(error));
        // City suffixes use '_'.
        QVERIFY2(
            CurrencyRegistry::fromJson(
                document({ entry(QStringLiteral("CASHUSD_C_KIEV"), QStringLiteral("cash"), QString(), 2) }), &error),
            qPrintable(error));
        // No sources is allowed here (builtIn() insists on them), and an empty list is a registry.
        QVERIFY2(CurrencyRegistry::fromJson(R"({"currencies": []})", &error), qPrintable(error));
    }

    void fromJsonRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason"); // a phrase the error must contain

        const auto without = [](const QString &field) {
            QJsonObject e = entry(QStringLiteral("BTC"));
            e.remove(field);
            return document({ e });
        };
        const auto with = [](const QString &field, const QJsonValue &value) {
            QJsonObject e = entry(QStringLiteral("BTC"));
            e.insert(field, value);
            return document({ e });
        };

        QTest::newRow("not json") << QByteArray("{\"currencies\": [") << "not valid JSON";
        QTest::newRow("empty input") << QByteArray() << "not valid JSON";
        QTest::newRow("array root") << QByteArray("[]") << "must be a JSON object";
        QTest::newRow("no currencies") << QByteArray(R"({"sources": ["x"]})") << "“currencies” array";
        QTest::newRow("currencies not array") << QByteArray(R"({"currencies": {}})") << "“currencies” array";
        QTest::newRow("entry not object")
            << QByteArray(R"({"currencies": ["BTC"]})") << "currencies[0] must be an object";
        QTest::newRow("sources not array") << QByteArray(R"({"sources": "x", "currencies": []})") << "“sources”";
        QTest::newRow("source not string") << QByteArray(R"({"sources": [1], "currencies": []})") << "sources[0]";
        QTest::newRow("source empty") << QByteArray(R"({"sources": [" "], "currencies": []})") << "sources[0]";

        QTest::newRow("duplicate") << document(
            { entry(QStringLiteral("BTC")), entry(QStringLiteral("ETH")), entry(QStringLiteral("BTC")) })
                                   << "currencies[2] (BTC): XML code duplicates currencies[0]";
        QTest::newRow("duplicate other case")
            << document({ entry(QStringLiteral("BTC")), entry(QStringLiteral("btc")) }) << "duplicates currencies[0]";

        QTest::newRow("unknown kind") << with(QStringLiteral("kind"), QStringLiteral("fiat")) << "unknown kind “fiat”";
        QTest::newRow("kind wrong case") << with(QStringLiteral("kind"), QStringLiteral("Crypto")) << "unknown kind";

        for (const QString &field : { QStringLiteral("xml"), QStringLiteral("currency"), QStringLiteral("kind"),
                 QStringLiteral("network"), QStringLiteral("precision"), QStringLiteral("name") }) {
            QTest::addRow("missing %s", qPrintable(field))
                << without(field) << QStringLiteral("missing field “%1”").arg(field);
        }
        QTest::newRow("xml not string") << with(QStringLiteral("xml"), 5) << "“xml” must be a string";
        QTest::newRow("xml empty") << with(QStringLiteral("xml"), QString()) << "“xml” is empty";
        QTest::newRow("xml with dash") << with(QStringLiteral("xml"), QStringLiteral("USDT-TRC20")) << "Latin letters";
        QTest::newRow("xml with space") << with(QStringLiteral("xml"), QStringLiteral("BTC ")) << "Latin letters";
        QTest::newRow("name blank") << with(QStringLiteral("name"), QStringLiteral("  ")) << "“name” is empty";
        QTest::newRow("network null") << with(QStringLiteral("network"), QJsonValue::Null)
                                      << "“network” must be a string";

        QTest::newRow("precision 19") << with(QStringLiteral("precision"), 19) << "from 0 to 18";
        QTest::newRow("precision -1") << with(QStringLiteral("precision"), -1) << "from 0 to 18";
        QTest::newRow("precision 2.5") << with(QStringLiteral("precision"), 2.5) << "whole number";
        QTest::newRow("precision text") << with(QStringLiteral("precision"), QStringLiteral("8")) << "whole number";
        QTest::newRow("precision huge") << with(QStringLiteral("precision"), 1e300) << "whole number";

        QTest::newRow("crypto without network") << with(QStringLiteral("network"), QString()) << "needs a network";
        QTest::newRow("card with network")
            << with(QStringLiteral("kind"), QStringLiteral("card")) << "only crypto currencies have a network";
    }

    void fromJsonRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);

        QString error;
        QVERIFY(!CurrencyRegistry::fromJson(json, &error));
        QVERIFY2(error.contains(reason), qPrintable(QStringLiteral("error was: ") + error));
        QVERIFY(!CurrencyRegistry::fromJson(json, nullptr)); // no error string wanted: still fails, no crash
    }

    void registryIsAValue()
    {
        // Copies are independent and cheap; nothing global to reset between tests.
        const CurrencyRegistry a = CurrencyRegistry::builtIn();
        CurrencyRegistry b = a;
        b = *CurrencyRegistry::fromJson(document({ entry(QStringLiteral("ONLY")) }), nullptr);
        QCOMPARE(b.all().size(), 1);
        QVERIFY(a.byXml(u"BTC"));
        QVERIFY(!b.byXml(u"BTC"));
    }
};

QTEST_GUILESS_MAIN(TestCurrencies)
#include "test_currencies.moc"
