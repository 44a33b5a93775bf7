#pragma once

#include "Money.h"
#include "Payout.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace pd {

// One payout in a provider's own books (its withdrawal or payout history), mapped to the
// engine's words: what the reconciler holds against the desk's attempts (docs/DESIGN.md,
// "Reconciliation").
struct StatementRow {
    QString transaction; // the provider's id
    QString reference; // our reference as the provider echoes it; empty where it keeps none
    Money amount; // what the recipient was sent, before the provider's fee
    Money fee;
    QString currency; // the provider's currency code ("USDT")
    QString network; // the provider's network name; may be empty
    QString destination; // address, card token, …
    PayoutStatus::State state = PayoutStatus::State::Pending;
    QString providerStatus; // the provider's own word
    QDateTime time; // when the provider booked it, UTC
};

using Statement = QList<StatementRow>;

} // namespace pd
