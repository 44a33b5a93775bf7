#pragma once

#include "ProviderError.h"

#include <QCoreApplication>

namespace pd {

// The refusals every provider has in its own words (WhiteBIT's 422 code 5, Binance's -4026,
// …), told to staff the same way in their language, with the provider's own text kept after
// it for support. Adapters map their codes to these; anything else keeps the provider's text.
class ProviderProblem {
    Q_DECLARE_TR_FUNCTIONS(pd::ProviderProblem)
public:
    enum class Kind {
        InsufficientBalance,
        InvalidAddress,
        BelowMinimum,
        AboveLimit,
        RateLimited,
        BadSignature,
        BadNonce,
        BadTimestamp,
        VerificationRequired, // KYC, 2FA, an address not whitelisted, withdrawals turned off for the key
        Unavailable, // the currency or network cannot be withdrawn now
    };

    // `raw` is the error as the API client read it; the result keeps its HTTP status, code,
    // Retry-After and "may have been sent" facts and says what it means.
    static ProviderError describe(Kind kind, const ProviderError &raw, const QString &providerTitle);
};

} // namespace pd
