#include "PayoutAttempt.h"

namespace pd {

namespace {

const std::pair<PayoutAttempt::State, const char *> codes[] = {
    {PayoutAttempt::State::Prepared, "prepared"}, {PayoutAttempt::State::Sent, "sent"},
    {PayoutAttempt::State::Pending, "pending"},   {PayoutAttempt::State::Paid, "paid"},
    {PayoutAttempt::State::Failed, "failed"},     {PayoutAttempt::State::Unknown, "unknown"},
    {PayoutAttempt::State::NeedsAttention, "needsAttention"},
};

} // namespace

QString PayoutAttempt::code(State state)
{
    for (const auto &[s, c] : codes) {
        if (s == state)
            return QString::fromLatin1(c);
    }
    return {};
}

std::optional<PayoutAttempt::State> PayoutAttempt::fromCode(QStringView code)
{
    for (const auto &[s, c] : codes) {
        if (code == QLatin1String(c))
            return s;
    }
    return std::nullopt;
}

QString PayoutAttempt::keyFor(const QString &orderId, int number)
{
    return QStringLiteral("pd-%1-%2").arg(orderId.toLower()).arg(number);
}

} // namespace pd
