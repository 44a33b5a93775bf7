#include "ProviderProblem.h"

namespace pd {

ProviderError ProviderProblem::describe(Kind kind, const ProviderError &raw, const QString &providerTitle)
{
    ProviderError e = raw;
    QString what;
    switch (kind) {
    case Kind::InsufficientBalance:
        e.kind = ProviderError::Kind::InsufficientBalance;
        what = tr("The balance at %1 does not cover this payout. Top it up, then approve again.");
        break;
    case Kind::InvalidAddress:
        what = tr("%1 refuses the recipient's address. Check it with the client before paying again.");
        break;
    case Kind::BelowMinimum:
        what = tr("The amount is below %1's minimum for this currency and network.");
        break;
    case Kind::AboveLimit:
        what = tr("The amount is above %1's limit for this account (per payout, per day or per month).");
        break;
    case Kind::RateLimited:
        what = raw.retryAfterSeconds > 0
            ? tr("%1 is limiting how often the desk may call it; nothing was sent. Try again in %2 s.")
                  .arg(QStringLiteral("%1"), QString::number(raw.retryAfterSeconds))
            : tr("%1 is limiting how often the desk may call it; nothing was sent. Try again in a minute.");
        break;
    case Kind::BadSignature:
        what = tr("%1 refuses the desk's signature: check the API key and secret in Settings → Providers.");
        break;
    case Kind::BadNonce:
        what = tr("%1 refuses the request's nonce (another program may be using the same API key).");
        break;
    case Kind::BadTimestamp:
        what = tr("%1 refuses the request's time: check this computer's clock.");
        break;
    case Kind::VerificationRequired:
        what = tr("%1 requires a verification first (KYC, two-factor authentication, a whitelisted address or "
                  "withdrawal permission for the API key). Finish it in the provider's account.");
        break;
    case Kind::Unavailable:
        what = tr("%1 does not pay out this currency or network now.");
        break;
    }
    what = what.arg(providerTitle);
    e.message = raw.message.isEmpty() ? what : tr("%1 (%2 says: %3)").arg(what, providerTitle, raw.message);
    return e;
}

} // namespace pd
