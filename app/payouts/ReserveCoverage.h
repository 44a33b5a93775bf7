#pragma once

#include "contract/Money.h"
#include "contract/Payout.h"

#include <QString>

namespace pd {

class CurrencyRegistry;
class Database;

// What one provider's reserve in one currency covers of a list of payouts, counted in the
// list's order. The payout queue's line and flags and the confirmation's balance column count
// the same way, with the reserve the claim itself checks (AttemptStore::reserveLeft).
struct ReserveCoverage {
    // The reserve of `provider` in `currency` (e.g. USDT): its balance as just reported,
    // minus what is claimed with it and not yet on its books. `error` is set when the book
    // could not be read.
    static ReserveCoverage read(Database &database, const CurrencyRegistry &currencies, const QString &provider,
        const QString &currency, const Balances &balances);

    // Counts the next payout; true when what is left after the payouts covered before it
    // covers this one too. One that does not fit is skipped, not charged to the next: approved
    // in this order, the claim would refuse just that one and still pay a smaller one after it.
    bool take(const Money &amount);
    bool coversAll() const { return covered == payouts; }

    QString error;
    Money balance;
    Money reserve; // the balance minus the claims
    Money left; // the reserve minus the payouts covered so far
    int payouts = 0;
    int covered = 0;
    Money total;
    Money coveredTotal;
};

} // namespace pd
