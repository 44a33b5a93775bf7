#pragma once

#include <QString>
#include <QStringView>

#include <gmpxx.h>

#include <compare>
#include <optional>

namespace pd {

// An exact decimal amount: mantissa × 10^-scale.
//
// Payouts move real money, so amounts never pass through double or float: a
// binary fraction cannot hold 0.1, and an 18-decimal ETH amount or a 10^15 UAH
// balance does not fit in 53 bits anyway. The mantissa is an arbitrary-precision
// GMP integer; the scale is kept as written, so "2.50" stays "2.50" on the way
// back out (IPN checksums are computed over the text, not over the value).
class Money {
public:
    enum class Rounding {
        HalfUp, // half away from zero: 2.5 → 3, -2.5 → -3
        HalfEven, // half to the even neighbour: 2.5 → 2, 3.5 → 4 (banker's)
        Down, // toward zero: 2.9 → 2, -2.9 → -2
        Up, // away from zero: 2.1 → 3, -2.1 → -3
    };

    Money() = default; // zero, scale 0

    // Strict: optional sign, ASCII digits, optionally '.' with digits on both
    // sides. Nothing else (no spaces, grouping, exponents, NaN, hex, locale
    // digits). On failure returns nullopt and, if asked, says why in *error.
    static std::optional<Money> parse(QStringView text, QString *error = nullptr);

    // units × 10^-scale, e.g. fromMinorUnits(250, 2) is 2.50. scale must be ≥ 0.
    static Money fromMinorUnits(const mpz_class &units, int scale);

    // The amount as an integer count of 10^-scale units; nullopt if that would
    // drop non-zero digits (1.25 has no whole number of 10^-1 units).
    std::optional<mpz_class> minorUnits(int scale) const;

    // Canonical text at the stored scale: "0.30", "-0.5", "12"; never an
    // exponent, never "-0".
    QString toString() const;
    // Exactly `precision` decimals, rounding half up where digits are dropped.
    QString toString(int precision) const;

    int scale() const { return m_scale; }
    bool isZero() const { return sgn(m_units) == 0; }
    bool isNegative() const { return sgn(m_units) < 0; }
    int sign() const { return sgn(m_units); }

    // Exact; the result's scale is the larger of the two.
    Money operator+(const Money &other) const;
    Money operator-(const Money &other) const;
    Money operator-() const;
    Money &operator+=(const Money &other);
    Money &operator-=(const Money &other);

    // Exact product; scales add (1.5 × 0.25 = 0.375).
    Money multipliedBy(const Money &other) const;

    // Exactly `precision` decimals (≥ 0): digits beyond it are rounded away by
    // `mode`, missing ones are padded with zeros.
    Money rounded(int precision, Rounding mode = Rounding::HalfUp) const;
    // Same value, trailing fractional zeros removed ("2.500" → "2.5", "0.00" → "0").
    Money normalized() const;

    // By value, whatever the scales: 1.0 == 1.00.
    bool operator==(const Money &other) const;
    std::strong_ordering operator<=>(const Money &other) const;

private:
    Money(mpz_class units, int scale);

    mpz_class m_units; // signed mantissa
    int m_scale = 0; // decimal places, ≥ 0
};

} // namespace pd
