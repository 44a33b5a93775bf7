#include "PayoutAttempt.h"

#include "CodeTable.h"

namespace pd {

namespace {

const std::pair<PayoutAttempt::State, const char *> codes[] = {
    { PayoutAttempt::State::Prepared, "prepared" },
    { PayoutAttempt::State::Sent, "sent" },
    { PayoutAttempt::State::Pending, "pending" },
    { PayoutAttempt::State::Paid, "paid" },
    { PayoutAttempt::State::Failed, "failed" },
    { PayoutAttempt::State::Unknown, "unknown" },
    { PayoutAttempt::State::NeedsAttention, "needsAttention" },
};

} // namespace

QString PayoutAttempt::code(State state)
{
    return codeIn(codes, state);
}

std::optional<PayoutAttempt::State> PayoutAttempt::fromCode(QStringView code)
{
    return valueIn(codes, code);
}

QString PayoutAttempt::keyFor(const QString &orderId, int number)
{
    return QStringLiteral("pd-%1-%2").arg(orderId.toLower()).arg(number);
}

} // namespace pd
