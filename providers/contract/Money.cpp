#include "contract/Money.h"

#include <QCoreApplication>

#include <algorithm>
#include <string>
#include <utility>

namespace pd {

namespace {

// Amounts arrive from the network (IPN bodies, provider replies). Nothing real
// comes near this length; the cap keeps a hostile body from handing GMP
// megabytes of digits.
constexpr qsizetype kMaxTextLength = 256;

mpz_class pow10(int exponent)
{
    mpz_class result;
    mpz_ui_pow_ui(result.get_mpz_t(), 10, static_cast<unsigned long>(exponent));
    return result;
}

// The mantissa of `units × 10^-from` written at scale `to` (to ≥ from).
mpz_class widened(const mpz_class &units, int from, int to)
{
    return to == from ? units : mpz_class(units * pow10(to - from));
}

QString describe(QChar c)
{
    if (c.isPrint() && !c.isSpace())
        return QStringLiteral("“%1”").arg(c);
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

} // namespace

Money::Money(mpz_class units, int scale)
    : m_units(std::move(units))
    , m_scale(scale)
{
}

std::optional<Money> Money::parse(QStringView text, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<Money> {
        if (error)
            *error = why;
        return std::nullopt;
    };

    if (text.isEmpty())
        return fail(QCoreApplication::translate("Money", "The amount is empty."));
    if (text.size() > kMaxTextLength)
        return fail(
            QCoreApplication::translate("Money", "The amount is longer than %1 characters.").arg(kMaxTextLength));

    qsizetype pos = 0;
    bool negative = false;
    if (text.front() == u'-' || text.front() == u'+') {
        negative = text.front() == u'-';
        pos = 1;
    }

    // Only ASCII digits count: QChar::isDigit() would also let through Arabic,
    // Devanagari or full-width digits, which no provider sends and GMP cannot read.
    std::string digits;
    digits.reserve(static_cast<size_t>(text.size()));
    qsizetype integerDigits = 0;
    qsizetype fractionDigits = 0;
    bool seenPoint = false;
    for (qsizetype i = pos; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c >= u'0' && c <= u'9') {
            digits.push_back(static_cast<char>(c.unicode()));
            ++(seenPoint ? fractionDigits : integerDigits);
        } else if (c == u'.') {
            if (seenPoint)
                return fail(QCoreApplication::translate("Money", "The amount has more than one decimal point."));
            seenPoint = true;
        } else {
            return fail(QCoreApplication::translate("Money",
                "Unexpected character %1 at position %2 of the amount; "
                "only digits, one '.' and a leading sign are allowed.")
                            .arg(describe(c))
                            .arg(i + 1));
        }
    }

    if (integerDigits == 0 && fractionDigits == 0)
        return fail(QCoreApplication::translate("Money", "The amount has no digits."));
    // "5." and ".5" are rejected: a truncated field looks exactly like that.
    if (seenPoint && (integerDigits == 0 || fractionDigits == 0))
        return fail(QCoreApplication::translate("Money", "A decimal point needs at least one digit on each side."));

    mpz_class units(digits, 10);
    if (negative)
        units = -units;
    return Money(std::move(units), static_cast<int>(fractionDigits));
}

Money Money::fromMinorUnits(const mpz_class &units, int scale)
{
    // A negative scale is read literally (units × 10^|scale|) so the value stays exact.
    if (scale < 0)
        return Money(units * pow10(-scale), 0);
    return Money(units, scale);
}

std::optional<mpz_class> Money::minorUnits(int scale) const
{
    if (scale >= m_scale)
        return widened(m_units, m_scale, scale);
    const mpz_class divisor = pow10(m_scale - scale);
    if (!mpz_divisible_p(m_units.get_mpz_t(), divisor.get_mpz_t()))
        return std::nullopt;
    mpz_class quotient;
    mpz_divexact(quotient.get_mpz_t(), m_units.get_mpz_t(), divisor.get_mpz_t());
    return quotient;
}

QString Money::toString() const
{
    std::string text = mpz_class(abs(m_units)).get_str(10);
    if (m_scale > 0) {
        const auto scale = static_cast<size_t>(m_scale);
        if (text.size() <= scale)
            text.insert(0, scale + 1 - text.size(), '0');
        text.insert(text.size() - scale, 1, '.');
    }
    // The sign comes from the mantissa, so a zero can never print as "-0".
    if (sgn(m_units) < 0)
        text.insert(0, 1, '-');
    return QString::fromLatin1(text.data(), static_cast<qsizetype>(text.size()));
}

QString Money::toString(int precision) const
{
    return rounded(precision, Rounding::HalfUp).toString();
}

Money Money::operator+(const Money &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    return Money(widened(m_units, m_scale, scale) + widened(other.m_units, other.m_scale, scale), scale);
}

Money Money::operator-(const Money &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    return Money(widened(m_units, m_scale, scale) - widened(other.m_units, other.m_scale, scale), scale);
}

Money Money::operator-() const
{
    return Money(-m_units, m_scale);
}

Money &Money::operator+=(const Money &other)
{
    return *this = *this + other;
}

Money &Money::operator-=(const Money &other)
{
    return *this = *this - other;
}

Money Money::multipliedBy(const Money &other) const
{
    return Money(m_units * other.m_units, m_scale + other.m_scale);
}

Money Money::rounded(int precision, Rounding mode) const
{
    Q_ASSERT(precision >= 0);
    precision = std::max(precision, 0);
    if (precision >= m_scale)
        return Money(widened(m_units, m_scale, precision), precision);

    const mpz_class divisor = pow10(m_scale - precision);
    mpz_class quotient;
    mpz_class remainder;
    // Truncates toward zero; the remainder carries the sign of the amount.
    mpz_tdiv_qr(quotient.get_mpz_t(), remainder.get_mpz_t(), m_units.get_mpz_t(), divisor.get_mpz_t());
    if (sgn(remainder) != 0) {
        // Where the dropped digits stand against one half of the last kept unit.
        const int againstHalf = cmp(mpz_class(2 * abs(remainder)), divisor);
        bool awayFromZero = false;
        switch (mode) {
        case Rounding::Down:
            awayFromZero = false;
            break;
        case Rounding::Up:
            awayFromZero = true;
            break;
        case Rounding::HalfUp:
            awayFromZero = againstHalf >= 0;
            break;
        case Rounding::HalfEven:
            awayFromZero = againstHalf > 0 || (againstHalf == 0 && mpz_odd_p(quotient.get_mpz_t()));
            break;
        }
        if (awayFromZero)
            quotient += sgn(m_units);
    }
    return Money(std::move(quotient), precision);
}

Money Money::normalized() const
{
    mpz_class units = m_units;
    int scale = m_scale;
    if (sgn(units) == 0)
        return Money();
    while (scale > 0 && mpz_divisible_ui_p(units.get_mpz_t(), 10)) {
        mpz_divexact_ui(units.get_mpz_t(), units.get_mpz_t(), 10);
        --scale;
    }
    return Money(std::move(units), scale);
}

bool Money::operator==(const Money &other) const
{
    return (*this <=> other) == std::strong_ordering::equal;
}

std::strong_ordering Money::operator<=>(const Money &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    const int order = cmp(widened(m_units, m_scale, scale), widened(other.m_units, other.m_scale, scale));
    if (order < 0)
        return std::strong_ordering::less;
    if (order > 0)
        return std::strong_ordering::greater;
    return std::strong_ordering::equal;
}

} // namespace pd
