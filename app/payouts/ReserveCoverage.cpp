#include "ReserveCoverage.h"

#include "contract/CurrencyRegistry.h"
#include "storage/AttemptStore.h"

#include <algorithm>

namespace pd {

ReserveCoverage ReserveCoverage::read(Database &database, const CurrencyRegistry &currencies, const QString &provider,
    const QString &currency, const Balances &balances)
{
    ReserveCoverage c;
    // A currency missing from the answer is one the provider holds none of.
    c.balance = balances.value(currency);
    c.reserve
        = AttemptStore(database).reserveLeft(provider, { c.balance, currency, currencies.xmlsIn(currency) }, &c.error);
    c.left = c.reserve;
    return c;
}

bool ReserveCoverage::take(const Money &amount)
{
    ++payouts;
    total += amount;
    if (left < amount) {
        // Nothing added, but with the payouts' decimals: "0.00 of 40.00", not "0 of 40.00".
        coveredTotal = coveredTotal.rounded(std::max(coveredTotal.scale(), amount.scale()));
        return false;
    }
    left -= amount;
    ++covered;
    coveredTotal += amount;
    return true;
}

} // namespace pd
