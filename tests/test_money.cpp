// Money: the exact decimal every amount in the desk is held in.
#include "contract/Money.h"

#include <QTest>

using pd::Money;
using Rounding = pd::Money::Rounding;

namespace pd {
// Lets QCOMPARE print both sides when two amounts differ (found by ADL).
char *toString(const Money &money)
{
    return qstrdup(money.toString().toUtf8().constData());
}
} // namespace pd

namespace {

// Test input is always valid; a bad literal in a test is a bug in the test.
Money m(const char *text)
{
    QString error;
    const std::optional<Money> parsed = Money::parse(QString::fromUtf8(text), &error);
    if (!parsed)
        qFatal("test literal \"%s\" does not parse: %s", text, qPrintable(error));
    return *parsed;
}

} // namespace

Q_DECLARE_METATYPE(Money::Rounding)

class TestMoney : public QObject {
    Q_OBJECT

private slots:
    void defaultIsZero()
    {
        const Money zero;
        QVERIFY(zero.isZero());
        QVERIFY(!zero.isNegative());
        QCOMPARE(zero.sign(), 0);
        QCOMPARE(zero.scale(), 0);
        QCOMPARE(zero.toString(), QStringLiteral("0"));
        QCOMPARE(zero, m("0.00"));
    }

    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<int>("scale");

        QTest::newRow("zero") << "0"
                              << "0" << 0;
        QTest::newRow("integer") << "12"
                                 << "12" << 0;
        QTest::newRow("scale kept") << "2.50"
                                    << "2.50" << 2;
        QTest::newRow("trailing zero") << "0.30"
                                       << "0.30" << 2;
        QTest::newRow("negative") << "-0.5"
                                  << "-0.5" << 1;
        QTest::newRow("plus sign") << "+5"
                                   << "5" << 0;
        QTest::newRow("negative zero") << "-0.00"
                                       << "0.00" << 2;
        QTest::newRow("minus zero integer") << "-0"
                                            << "0" << 0;
        QTest::newRow("leading zeros") << "007.5"
                                       << "7.5" << 1;
        QTest::newRow("eth 18 decimals") << "1.000000000000000001"
                                         << "1.000000000000000001" << 18;
        QTest::newRow("wei") << "0.000000000000000001"
                             << "0.000000000000000001" << 18;
        QTest::newRow("10^15 uah") << "1000000000000000.00"
                                   << "1000000000000000.00" << 2;
        QTest::newRow("beyond 64 bits") << "-123456789012345678901234567890.123456789"
                                        << "-123456789012345678901234567890.123456789" << 9;
    }

    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(int, scale);

        QString error = QStringLiteral("untouched");
        const std::optional<Money> parsed = Money::parse(text, &error);
        QVERIFY2(parsed, qPrintable(error));
        QCOMPARE(parsed->toString(), canonical);
        QCOMPARE(parsed->scale(), scale);
        // Round trip: the canonical text parses back to the same text.
        QCOMPARE(Money::parse(canonical)->toString(), canonical);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason"); // a word the error must contain

        QTest::newRow("empty") << ""
                               << "empty";
        QTest::newRow("space") << " "
                               << "U+0020";
        QTest::newRow("leading space") << " 1"
                                       << "position 1";
        QTest::newRow("trailing space") << "1 "
                                        << "position 2";
        QTest::newRow("newline") << "1\n"
                                 << "U+000A";
        QTest::newRow("comma decimal") << "1,5"
                                       << "“,”";
        QTest::newRow("thousands comma") << "1,000.00"
                                         << "“,”";
        QTest::newRow("underscore") << "1_000"
                                    << "“_”";
        QTest::newRow("exponent") << "1e5"
                                  << "“e”";
        QTest::newRow("exponent upper") << "1.5E-3"
                                        << "“E”";
        QTest::newRow("NaN") << "NaN"
                             << "“N”";
        QTest::newRow("inf") << "inf"
                             << "“i”";
        QTest::newRow("-inf") << "-inf"
                              << "“i”";
        QTest::newRow("Infinity") << "Infinity"
                                  << "“I”";
        QTest::newRow("two points") << "1.2.3"
                                    << "more than one decimal point";
        QTest::newRow("double minus") << "--1"
                                      << "position 2";
        QTest::newRow("plus minus") << "+-1"
                                    << "position 2";
        QTest::newRow("inner minus") << "1-2"
                                     << "position 2";
        QTest::newRow("sign only") << "-"
                                   << "no digits";
        QTest::newRow("plus only") << "+"
                                   << "no digits";
        QTest::newRow("point only") << "."
                                    << "no digits";
        QTest::newRow("trailing point") << "5."
                                        << "each side";
        QTest::newRow("leading point") << ".5"
                                       << "each side";
        QTest::newRow("negative leading point") << "-.5"
                                                << "each side";
        QTest::newRow("hex") << "0x10"
                             << "“x”";
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0661\u0662") << "position 1";
        QTest::newRow("fullwidth digits") << QString::fromUtf8("\uFF11\uFF12") << "position 1";
        QTest::newRow("superscript two") << QString::fromUtf8("1\u00B2") << "position 2";
        QTest::newRow("currency sign") << "$5"
                                       << "“$”";
        QTest::newRow("too long") << QString(300, u'1') << "longer than";
    }

    void parseInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);

        QString error;
        QVERIFY(!Money::parse(text, &error));
        QVERIFY2(error.contains(reason), qPrintable(QStringLiteral("error was: ") + error));
        // Without an error string it still just fails.
        QVERIFY(!Money::parse(text));
    }

    void tenthPlusTwoTenthsIsExact()
    {
        const Money sum = m("0.1") + m("0.2");
        QCOMPARE(sum, m("0.3"));
        QCOMPARE(sum.toString(), QStringLiteral("0.3"));
        QVERIFY(sum == m("0.30"));
    }

    void addition_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("sum");
        QTest::addColumn<QString>("difference");

        QTest::newRow("eth wei") << "1.000000000000000001"
                                 << "0.000000000000000001"
                                 << "1.000000000000000002"
                                 << "1.000000000000000000";
        QTest::newRow("10^15 uah") << "1000000000000000.00"
                                   << "0.01"
                                   << "1000000000000000.01"
                                   << "999999999999999.99";
        QTest::newRow("mixed scales") << "2.5"
                                      << "0.125"
                                      << "2.625"
                                      << "2.375";
        QTest::newRow("negative plus positive") << "-1.5"
                                                << "0.25"
                                                << "-1.25"
                                                << "-1.75";
        QTest::newRow("both negative") << "-1.5"
                                       << "-2.5"
                                       << "-4.0"
                                       << "1.0";
        QTest::newRow("subtraction to negative") << "0.1"
                                                 << "0.3"
                                                 << "0.4"
                                                 << "-0.2";
        QTest::newRow("to zero keeps no sign") << "-0.50"
                                               << "0.5"
                                               << "0.00"
                                               << "-1.00";
        QTest::newRow("integers") << "7"
                                  << "-7"
                                  << "0"
                                  << "14";
    }

    void addition()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, sum);
        QFETCH(QString, difference);

        const Money x = *Money::parse(a);
        const Money y = *Money::parse(b);
        QCOMPARE((x + y).toString(), sum);
        QCOMPARE((x - y).toString(), difference);
        QCOMPARE((y + x).toString(), sum); // commutes, scale included

        Money accumulated = x;
        accumulated += y;
        QCOMPARE(accumulated.toString(), sum);
        accumulated -= y;
        QCOMPARE(accumulated, x);
        QCOMPARE(accumulated.scale(), std::max(x.scale(), y.scale()));
    }

    void negation()
    {
        QCOMPARE((-m("1.50")).toString(), QStringLiteral("-1.50"));
        QCOMPARE((-m("-1.50")).toString(), QStringLiteral("1.50"));
        QCOMPARE((-m("0.00")).toString(), QStringLiteral("0.00"));
        QVERIFY(m("-0.01").isNegative());
        QCOMPARE(m("-0.01").sign(), -1);
        QCOMPARE(m("0.01").sign(), 1);
        QVERIFY(!m("-0.00").isNegative());
        QVERIFY(m("-0.00").isZero());
    }

    void rounding_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("precision");
        QTest::addColumn<Rounding>("mode");
        QTest::addColumn<QString>("expected");

        // Halves, both signs, every mode.
        QTest::newRow("2.5 half-up") << "2.5" << 0 << Rounding::HalfUp << "3";
        QTest::newRow("-2.5 half-up") << "-2.5" << 0 << Rounding::HalfUp << "-3";
        QTest::newRow("2.5 half-even") << "2.5" << 0 << Rounding::HalfEven << "2";
        QTest::newRow("3.5 half-even") << "3.5" << 0 << Rounding::HalfEven << "4";
        QTest::newRow("-2.5 half-even") << "-2.5" << 0 << Rounding::HalfEven << "-2";
        QTest::newRow("-3.5 half-even") << "-3.5" << 0 << Rounding::HalfEven << "-4";
        QTest::newRow("2.5 down") << "2.5" << 0 << Rounding::Down << "2";
        QTest::newRow("-2.5 down") << "-2.5" << 0 << Rounding::Down << "-2";
        QTest::newRow("2.5 up") << "2.5" << 0 << Rounding::Up << "3";
        QTest::newRow("-2.5 up") << "-2.5" << 0 << Rounding::Up << "-3";
        // Off the half.
        QTest::newRow("2.4 half-up") << "2.4" << 0 << Rounding::HalfUp << "2";
        QTest::newRow("-2.4 half-up") << "-2.4" << 0 << Rounding::HalfUp << "-2";
        QTest::newRow("2.51 half-even") << "2.51" << 0 << Rounding::HalfEven << "3";
        QTest::newRow("2.49 half-even") << "2.49" << 0 << Rounding::HalfEven << "2";
        QTest::newRow("2.9 down") << "2.9" << 0 << Rounding::Down << "2";
        QTest::newRow("-2.9 down") << "-2.9" << 0 << Rounding::Down << "-2";
        QTest::newRow("2.1 up") << "2.1" << 0 << Rounding::Up << "3";
        QTest::newRow("-2.1 up") << "-2.1" << 0 << Rounding::Up << "-3";
        QTest::newRow("exact stays, up") << "2.000" << 0 << Rounding::Up << "2";
        QTest::newRow("exact stays, half-up") << "-7.00" << 1 << Rounding::HalfUp << "-7.0";
        // Cents.
        QTest::newRow("1.005 half-up") << "1.005" << 2 << Rounding::HalfUp << "1.01";
        QTest::newRow("1.005 half-even") << "1.005" << 2 << Rounding::HalfEven << "1.00";
        QTest::newRow("1.015 half-even") << "1.015" << 2 << Rounding::HalfEven << "1.02";
        QTest::newRow("-0.005 half-up") << "-0.005" << 2 << Rounding::HalfUp << "-0.01";
        QTest::newRow("-0.004 half-up is not -0") << "-0.004" << 2 << Rounding::HalfUp << "0.00";
        QTest::newRow("-0.009 down is not -0") << "-0.009" << 2 << Rounding::Down << "0.00";
        QTest::newRow("9.995 half-up carries") << "9.995" << 2 << Rounding::HalfUp << "10.00";
        QTest::newRow("-9.999 up carries") << "-9.999" << 1 << Rounding::Up << "-10.0";
        // Wei to satoshi-sized precision.
        QTest::newRow("1 wei up to 8") << "0.000000000000000001" << 8 << Rounding::Up << "0.00000001";
        QTest::newRow("1 wei half-up to 8") << "0.000000000000000001" << 8 << Rounding::HalfUp << "0.00000000";
        QTest::newRow("eth to 6 down") << "1.234567891234567891" << 6 << Rounding::Down << "1.234567";
        // Padding.
        QTest::newRow("pad") << "1.5" << 3 << Rounding::HalfUp << "1.500";
        QTest::newRow("pad integer") << "-12" << 2 << Rounding::Down << "-12.00";
        QTest::newRow("same scale") << "0.30" << 2 << Rounding::Up << "0.30";
    }

    void rounding()
    {
        QFETCH(QString, value);
        QFETCH(int, precision);
        QFETCH(Rounding, mode);
        QFETCH(QString, expected);

        const Money rounded = Money::parse(value)->rounded(precision, mode);
        QCOMPARE(rounded.toString(), expected);
        QCOMPARE(rounded.scale(), precision);
    }

    void roundingDefaultsToHalfUp()
    {
        QCOMPARE(m("0.125").rounded(2).toString(), QStringLiteral("0.13"));
        QCOMPARE(m("-0.125").rounded(2).toString(), QStringLiteral("-0.13"));
    }

    void toStringWithPrecision()
    {
        QCOMPARE(m("2.345").toString(2), QStringLiteral("2.35"));
        QCOMPARE(m("-2.345").toString(2), QStringLiteral("-2.35"));
        QCOMPARE(m("2").toString(2), QStringLiteral("2.00"));
        QCOMPARE(m("0.30").toString(0), QStringLiteral("0"));
        QCOMPARE(m("317.42").toString(8), QStringLiteral("317.42000000"));
        QCOMPARE(m("1.000000000000000001").toString(18), QStringLiteral("1.000000000000000001"));
    }

    void comparison_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("order"); // -1 a < b, 0 equal, 1 a > b

        QTest::newRow("1.0 == 1.00") << "1.0"
                                     << "1.00" << 0;
        QTest::newRow("1 == 1.000") << "1"
                                    << "1.000" << 0;
        QTest::newRow("0 == -0.00") << "0"
                                    << "-0.00" << 0;
        QTest::newRow("-1.10 == -1.1") << "-1.10"
                                       << "-1.1" << 0;
        QTest::newRow("1.0 < 1.01") << "1.0"
                                    << "1.01" << -1;
        QTest::newRow("2 > 1.999") << "2"
                                   << "1.999" << 1;
        QTest::newRow("-1 < 0.5") << "-1"
                                  << "0.5" << -1;
        QTest::newRow("-1.5 < -1.49") << "-1.5"
                                      << "-1.49" << -1;
        QTest::newRow("wei matters") << "1.000000000000000001"
                                     << "1" << 1;
        QTest::newRow("10^15") << "1000000000000000.00"
                               << "999999999999999.99" << 1;
    }

    void comparison()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, order);

        const Money x = *Money::parse(a);
        const Money y = *Money::parse(b);
        const std::strong_ordering expected = order < 0 ? std::strong_ordering::less
            : order > 0                                 ? std::strong_ordering::greater
                                                        : std::strong_ordering::equal;
        QVERIFY((x <=> y) == expected);
        QVERIFY((y <=> x) == (0 <=> order)); // the mirror image
        QCOMPARE(x == y, order == 0);
        QCOMPARE(x != y, order != 0);
        QCOMPARE(x < y, order < 0);
        QCOMPARE(x <= y, order <= 0);
        QCOMPARE(x > y, order > 0);
        QCOMPARE(x >= y, order >= 0);
    }

    void normalized_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");

        QTest::newRow("trailing zeros") << "2.500"
                                        << "2.5";
        QTest::newRow("all zeros") << "0.00"
                                   << "0";
        QTest::newRow("to integer") << "-3.000"
                                    << "-3";
        QTest::newRow("integer tens kept") << "100"
                                           << "100";
        QTest::newRow("integer tens with fraction") << "100.0"
                                                    << "100";
        QTest::newRow("nothing to strip") << "0.001"
                                          << "0.001";
        QTest::newRow("negative") << "-1.10"
                                  << "-1.1";
    }

    void normalized()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);

        const Money money = *Money::parse(value);
        QCOMPARE(money.normalized().toString(), expected);
        QCOMPARE(money.normalized(), money);
    }

    void multiplication()
    {
        QCOMPARE(m("1.5").multipliedBy(m("0.25")).toString(), QStringLiteral("0.375"));
        QCOMPARE(m("-2").multipliedBy(m("0.5")).toString(), QStringLiteral("-1.0"));
        QCOMPARE(m("-2").multipliedBy(m("-0.5")).toString(), QStringLiteral("1.0"));
        QCOMPARE(m("317.42").multipliedBy(m("0")).toString(), QStringLiteral("0.00"));
        // A rate times an 18-decimal amount stays exact.
        QCOMPARE(
            m("1.000000000000000001").multipliedBy(m("41.25")).toString(), QStringLiteral("41.25000000000000004125"));
        QCOMPARE(m("1000000000000000.00").multipliedBy(m("1000")).toString(), QStringLiteral("1000000000000000000.00"));
    }

    void minorUnits()
    {
        // The minor units as text, or "none" when they would lose digits.
        const auto units = [](const char *value, int scale) {
            const std::optional<mpz_class> result = m(value).minorUnits(scale);
            return result ? QString::fromStdString(result->get_str()) : QStringLiteral("none");
        };
        QCOMPARE(units("2.50", 2), QStringLiteral("250"));
        QCOMPARE(units("2.5", 2), QStringLiteral("250"));
        QCOMPARE(units("2.50", 8), QStringLiteral("250000000"));
        QCOMPARE(units("1.20", 1), QStringLiteral("12"));
        QCOMPARE(units("-0.07", 2), QStringLiteral("-7"));
        QCOMPARE(units("12", 0), QStringLiteral("12"));
        QCOMPARE(units("1", 18), QStringLiteral("1000000000000000000"));
        QCOMPARE(units("1000000000000000.01", 2), QStringLiteral("100000000000000001"));
        // Would lose digits.
        QCOMPARE(units("1.25", 1), QStringLiteral("none"));
        QCOMPARE(units("0.000000000000000001", 8), QStringLiteral("none"));
        QCOMPARE(units("-0.5", 0), QStringLiteral("none"));
    }

    void fromMinorUnits()
    {
        QCOMPARE(Money::fromMinorUnits(250, 2).toString(), QStringLiteral("2.50"));
        QCOMPARE(Money::fromMinorUnits(250, 2).scale(), 2);
        QCOMPARE(Money::fromMinorUnits(-1, 18).toString(), QStringLiteral("-0.000000000000000001"));
        QCOMPARE(Money::fromMinorUnits(0, 8).toString(), QStringLiteral("0.00000000"));
        QCOMPARE(Money::fromMinorUnits(mpz_class("100000000000000001"), 2).toString(),
            QStringLiteral("1000000000000000.01"));
        QCOMPARE(Money::fromMinorUnits(42, 0).toString(), QStringLiteral("42"));
        // Round trip through minor units.
        const Money amount = m("317.42");
        QCOMPARE(Money::fromMinorUnits(*amount.minorUnits(6), 6), amount);
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "test_money.moc"
