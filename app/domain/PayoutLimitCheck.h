#pragma once

#include "LimitKind.h"
#include "contract/Money.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace pd {

// The limits' rule (issue 9), without the database: whether one more payout of `amount` stays
// within a provider's limits in a currency, given what was sent so far in the UTC day and month
// (every attempt not failed: money that left or may have left). storage/PayoutLimits reads the
// limits and the attempts inside the claim's transaction and asks this.
class PayoutLimitCheck {
public:
    struct SoFar {
        Money dayTotal;
        Money monthTotal;
        qint64 dayCount = 0;
        qint64 monthCount = 0;
    };

    // Where the UTC day and month of `nowMs` began (unix milliseconds).
    static qint64 dayStart(qint64 nowMs);
    static qint64 monthStart(qint64 nowMs);

    // Why this payout may not go, in the staff's words; nothing when it may. `limits` are the
    // provider's in the currency, as stored (kind, value).
    static std::optional<QString> refusal(const QList<std::pair<LimitKind, QString>> &limits, const QString &provider,
        const QString &currency, const Money &amount, const SoFar &soFar);
};

} // namespace pd
